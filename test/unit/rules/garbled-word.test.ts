/**
 * ocr/garbled: lists of valid texts (names of many origins, brands, both
 * spellings, contractions, acronyms, ordinals, units) that must give no
 * finding, and damaged texts whose words must be flagged and corrected.
 */
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../../src/core/engine/check.js';
import { lexiconAvailable, setDefaultLexicon } from '../../../src/core/lexicon/default.js';
import { CONFIDENT, UNSURE, garbledMessage, garbledWordRule } from '../../../src/core/rules/garbled-word.js';
import { runTogetherRule } from '../../../src/core/rules/run-together.js';
import { plainDocument } from '../helpers/block.js';
import { BUILD_TIMEOUT_MS, testLexicon } from '../lexicon/lexicon-file.js';

beforeAll(() => {
  testLexicon(); // builds dist/lexicon.bin when missing
}, BUILD_TIMEOUT_MS);

const run = (text: string) => check(text, 'plaintext', { rules: [garbledWordRule, runTogetherRule] });
const garbled = (text: string) => run(text).findings.filter((f) => f.rule === 'ocr/garbled');

/** Clean prose: no OCR finding of either kind. */
const VALID = [
  'Chancellor Olaf Scholz met Narendra Modi, Cyril Ramaphosa and Luiz Inácio Lula da Silva in Brasília.',
  'Volodymyr Zelensky thanked Jens Stoltenberg, Ursula von der Leyen and Recep Tayyip Erdoğan.',
  'Xi Jinping and Kim Jong-un exchanged letters; Shinzo Abe’s widow Akie attended.',
  'The reporter, Siobhán Ní Bhriain, spoke to Nguyen Van Thieu’s grandson and to Aleksandr Lukashenko’s aide.',
  'Ngozi Okonjo-Iweala, Tedros Adhanom Ghebreyesus and Mohammed bin Salman arrived in Riyadh on Tuesday.',
  'Bartholomew Kowalczyk and Zbigniew Brzezinski wrote about Szczecin, Wrocław and Ljubljana.',
  'Pyongyang, Vladivostok and Khabarovsk are far from Tbilisi, Yerevan and Ouagadougou.',
  'Rabbi Yitzhak Schwartz and Father Seán Ó Fearghail joined Imam Abdul-Rahman al-Hashimi.',
  'Tshwane, Mnangagwa and Dzhokhar were names in the headlines, as were Qatar and Oman.',
  'Mr. Okafor, Ms. Haugen, Dr. Venkataraman and Prof. Wójcik met in Gdańsk.',
  'Cho Han-sol said Lim and Podesta had met Takahashi near Nagoya.',
  'McDonald’s, MacArthur, O’Brien, DeSantis, LeBron James and DiCaprio all made the news.',
  'She bought an iPhone and an iPad, sold them on eBay, and posted the video on YouTube.',
  'PlayStation sales rose while PowerPoint and JavaScript remained popular at BlackRock and SoftBank.',
  'WhatsApp, LinkedIn, PayPal and FedEx reported results; SpaceX launched again.',
  'The firms behind ChatGPT and OpenAI, the makers of iOS and xAI, and users of MySQL and PowerBI disagreed.',
  'The colour of the organisation’s harbour was grey; the color of the organization’s harbor was gray.',
  'They travelled to the theatre and traveled to the theater to analyse and analyze the programme.',
  'I can’t say it didn’t happen, but it wasn’t what they’d planned and we’re not sure you’ll agree.',
  'The self-defense clause of the tit-for-tat dispute was a well-known, long-term, state-owned matter.',
  'NATO, the UN, the EU, the IMF and UNESCO issued statements; the CEOs and NGOs disagreed.',
  'The 1st, 2nd, 3rd and 21st editions were printed in the 1990s and the ’80s.',
  'The runners covered 5km in 20 minutes at 15 km/h; the truck carried 3.5 tonnes and 120 kg.',
  'It costs $5m or £3bn, rising 2.5% by 10am on 3 June 2024, at 100mph on the M25.',
  'The COVID-19 pandemic, the G7 summit and the F-35 and MiG-29 fighters were discussed in Kyiv.',
  'Her PhD thesis, written at MIT, cited the BBC, CNN, Reuters and the Associated Press.',
  'The Cold War-style propaganda included anti-Western leaflets and multipolar rhetoric.',
  'The shop opened at 9 a.m., closed at 5 p.m., and sold 24 hrs of footage for £12.',
  'The 4x4 drove 12km by 7pm on the 22nd; 3D models and 5G masts followed in the 2020s.',
  'The K9s units guarded the A380, the B2b market grew, and the X5s and Q4s figures were published.',
  'He left at 3am on the 3rd, carried 3kg for 3km, and saw 3D films and 33rpm records.',
  // Capitalised words whose only oddity is letter sequences English lacks, with nothing to correct them to: foreign names.
  // Acronyms with a small letter inside stay acronyms.
  'Leaders of BiH, the CiU and FpV met in Sarajevo.',
  'The delegation visited Bayqazgan, Woqooyti and Kyzylqumtau before meeting Vozdyshnaya officials near Ejyafjordur and Tsqvareli.',
  // A short first name before a surname no dictionary lists is a name, not a capitalised "Was".
  'Wes Streeting said the plan would cut waiting lists. The plan, said Health Secretary Wes Streeting, was costed.',
  // A letter left out and marked with an apostrophe: dialect, not damage.
  'He went down to the ol’ fishing hole, goin’ slow and sayin’ nothin’ at all.',
  // A colon inside a word: orthographies that write vowel length with one.
  'The Mohawk community of Kahnawà:ke lies south of Montreal.',
];

/** Damaged texts: each word, its expected top correction. */
const INVALID: { text: string; errors: { word: string; suggestion: string }[] }[] = [
  { text: 'The govemment said the rnorning session would resume.', errors: [{ word: 'govemment', suggestion: 'government' }, { word: 'rnorning', suggestion: 'morning' }] },
  { text: 'Officials said tbe bridge was closed, and wbich roads would reopen was unclear.', errors: [{ word: 'tbe', suggestion: 'the' }, { word: 'wbich', suggestion: 'which' }] },
  { text: 'Tbe mayor spoke first. Tlie council voted later.', errors: [{ word: 'Tbe', suggestion: 'The' }, { word: 'Tlie', suggestion: 'The' }] },
  { text: 'He spoke of Iiberty and of the rule of Iaw.', errors: [{ word: 'Iiberty', suggestion: 'liberty' }, { word: 'Iaw', suggestion: 'law' }] },
  { text: 'The c0mmittee met the presidcnt in the cvening.', errors: [{ word: 'c0mmittee', suggestion: 'committee' }, { word: 'presidcnt', suggestion: 'president' }, { word: 'cvening', suggestion: 'evening' }] },
  { text: 'The ministry announc3d a new parl1ament building.', errors: [{ word: 'announc3d', suggestion: 'announced' }, { word: 'parl1ament', suggestion: 'parliament' }] },
  // A digit for the first letter, whatever the digit, once the letters are too many for a unit.
  { text: 'Officials 3xp3cted the 3stimates to rise.', errors: [{ word: '3xp3cted', suggestion: 'expected' }, { word: '3stimates', suggestion: 'estimates' }] },
  // A digit after a word's capital, or between a lower-case letter and a capital: no code looks like that.
  { text: 'D3spite the rain, the S3nate met in the Int3Lsat building.', errors: [{ word: 'D3spite', suggestion: 'Despite' }, { word: 'S3nate', suggestion: 'Senate' }, { word: 'Int3Lsat', suggestion: 'Intelsat' }] },
  // 3 read for e as a first letter, and a run of digits between lower-case letters.
  { text: 'The 3arth shook while an engin33r watched.', errors: [{ word: '3arth', suggestion: 'earth' }, { word: 'engin33r', suggestion: 'engineer' }] },
  { text: 'The goveRnment and the agriculturaI sector agreed.', errors: [{ word: 'goveRnment', suggestion: 'government' }, { word: 'agriculturaI', suggestion: 'agricultural' }] },
  { text: 'The negotiatbrs reached an undergtanding after talks.', errors: [{ word: 'negotiatbrs', suggestion: 'negotiators' }, { word: 'undergtanding', suggestion: 'understanding' }] },
  { text: 'They were taken to hospitol with sevebe injuries, pbFice said.', errors: [{ word: 'hospitol', suggestion: 'hospital' }, { word: 'sevebe', suggestion: 'severe' }, { word: 'pbFice', suggestion: 'police' }] },
  { text: 'It was one bf the worst stbrms in yeaxs.', errors: [{ word: 'bf', suggestion: 'of' }, { word: 'stbrms', suggestion: 'storms' }, { word: 'yeaxs', suggestion: 'years' }] },
  { text: 'The firm’s profits fell ond its shares dropped.', errors: [{ word: 'ond', suggestion: 'and' }] },
  { text: 'The spokesman, who deelined to be named, said the deal was signcd.', errors: [{ word: 'deelined', suggestion: 'declined' }, { word: 'signcd', suggestion: 'signed' }] },
  { text: 'She visited the Natiorial Gallery and the Britifh Museum.', errors: [{ word: 'Natiorial', suggestion: 'National' }, { word: 'Britifh', suggestion: 'British' }] },
  { text: 'The team and GeRmany’s coach met.', errors: [{ word: 'GeRmany’s', suggestion: 'Germany’s' }] },
  // Short debris with a capital inside that the corpora hold only in lower case.
  { text: 'The tSo boats sailed past the oId harbour wall.', errors: [{ word: 'tSo', suggestion: 'two' }, { word: 'oId', suggestion: 'old' }] },
  { text: 'They said it went WeFF at the meeting.', errors: [{ word: 'WeFF', suggestion: 'Well' }] },
];

describe('ocr/garbled: valid texts', () => {
  it.each(VALID)('%s', (text) => {
    expect(run(text).findings.map((f) => text.slice(f.start, f.end))).toEqual([]);
  });
});

describe('ocr/garbled: invalid texts', () => {
  it.each(INVALID)('$text', ({ text, errors }) => {
    const got = garbled(text).map((f) => ({ word: text.slice(f.start, f.end), suggestion: f.suggestions?.[0] }));
    expect(got).toEqual(errors);
  });

  it('reports the word alone, with the message, suggestions, data and severity the editor uses', () => {
    const text = 'They signed the “agreernent,” then left.';
    const { findings } = garbledWordRule.run(plainDocument(text), { severity: 'hint' });
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(text.slice(f.start, f.end)).toBe('agreernent');
    expect(f).toMatchObject({ rule: 'ocr/garbled', severity: 'hint', message: garbledMessage('agreernent', 'agreement') });
    expect(f.message).toBe('“agreernent” looks garbled — did you mean “agreement”?');
    expect(f.suggestions?.[0]).toBe('agreement');
    expect(f.suggestions?.length).toBeLessThanOrEqual(3);
    expect(f.data).toMatchObject({ word: 'agreernent', kind: 'garbled' });
    expect(f.data?.confidence).toBeGreaterThanOrEqual(CONFIDENT);
    expect(garbledWordRule.defaultSeverity).toBe('warning');
  });

  it('keeps the case and the possessive of the word', () => {
    const text = 'TBE REPORT said Gbvernment’s plans were late.';
    const got = garbled(text).map((f) => f.suggestions?.[0]);
    expect(got).toEqual(['THE', 'Government’s']);
  });

  it('is less sure when nothing plausible corrects a damaged word', () => {
    const [f] = garbled('The xqzt3vbk was found.');
    expect(f?.message).toMatch(/^“xqzt3vbk” looks garbled/);
    expect(typeof f?.data?.confidence).toBe('number');
    expect(f?.data?.confidence as number).toBeLessThan(CONFIDENT);
  });
});

describe('ocr/garbled: the document', () => {
  it('learns the document’s names: a name used consistently is not flagged', () => {
    const text = 'Kovrig arrived on Monday. Later Kovrig met the press, and Kovrig left.';
    expect(garbled(text)).toEqual([]);
  });

  it('adapts to the document’s own damage: an agreed confusion lifts the rest', () => {
    // e read as x throughout: the clear cases teach the channel, which then settles "dxal".
    const damagedDoc = 'Thx sxnate mxt. Thx prxsident and thx govxrnmxnt rxjxctxd thx rxport. Thx dxal was sxalxd.';
    const findings = garbled(damagedDoc);
    const fixes = new Map(findings.map((f) => [damagedDoc.slice(f.start, f.end), f.suggestions?.[0]]));
    expect(fixes.get('dxal')).toBe('deal');
    expect(fixes.get('govxrnmxnt')).toBe('government');
  });
});

describe('ocr/garbled: names in a document with systematic damage', () => {
  /** The top correction of each flagged word of `text`. */
  const fixes = (text: string) => new Map(garbled(text).map((f) => [text.slice(f.start, f.end), f.suggestions?.[0]]));
  // e read as b throughout: the lower-case victims show the damage, which then explains the capitalised ones.
  const damagedDoc =
    'The committbe met on Monday, and its membbrs said the agrbement was closb to done. The sbcretary told the council that Algbria and the Chambbr of Commerce had agreed.';

  it('flags capitalised words that the document’s own damage turns into known names', () => {
    const found = fixes(damagedDoc);
    expect(found.get('Algbria')).toBe('Algeria');
    expect(found.get('Chambbr')).toBe('Chamber');
  });

  it('leaves the same words alone in a document without that damage', () => {
    expect(garbled('The council said that Algbria and the Chambbr of Commerce had agreed.')).toEqual([]);
  });

  it('leaves a clean document full of unusual names alone', () => {
    const clean =
      'Ebba Busch met Laurent Gbagbo, Thabo Mbeki and Kgalema Motlanthe in Bujumbura. Later Tsvangirai, Nkurunziza and Ouattara joined Abubakar and Obasanjo in Abeokuta, where Lebbeus Woods and Gbenga Daniel spoke about Mbabane, Ebebiyin and Bobo-Dioulasso.';
    expect(garbled(clean)).toEqual([]);
  });

  it('never makes a name correction confident on the strength of the document’s damage alone', () => {
    const algeria = garbled(damagedDoc).find((f) => damagedDoc.slice(f.start, f.end) === 'Algbria');
    expect(algeria?.data?.confidence).toBeLessThan(CONFIDENT);
  });
});

describe('ocr/garbled: names in a document that shows damage elsewhere', () => {
  /** The top correction and confidence of `word` in `text`, if flagged. */
  const fixOf = (text: string, word: string) => {
    const f = garbled(text).find((x) => text.slice(x.start, x.end) === word);
    return f && { suggestion: f.suggestions?.[0], confidence: f.data?.confidence as number };
  };
  // Lower-case words damaged in several ways: the document is a damaged one.
  const damaged = (middle: string) =>
    `The rcport was published on Monday. Its authbrs said the ecbnomy grew, and the minietry agreed that exporte rose. ${middle} The bankd agreed.`;

  it('flags a one-off capitalised form close to a word the document uses, unsure', () => {
    const text = damaged('Kenya grew fast, said officials in Kenyo, and Kenya’s banks agreed.');
    expect(fixOf(text, 'Kenyo')?.suggestion).toBe('Kenya');
    expect(fixOf(text, 'Kenyo')?.confidence).toBeLessThan(CONFIDENT);
  });

  it('leaves the same form alone in a clean document', () => {
    expect(garbled('Kenya grew fast, said officials in Kenyo, and Kenya’s banks agreed.')).toEqual([]);
  });

  it('leaves it alone next to another name part the dictionary lacks, damaged document or not', () => {
    const text = damaged('Kenya grew fast, said Kenyo Wambui, and Kenya’s banks agreed.');
    expect(fixOf(text, 'Kenyo')).toBeUndefined();
  });

  it('flags a lower-case near miss whose letters read far worse than its correction’s, in a damaged document only', () => {
    for (const [word, correction] of [
      ['defdcit', 'deficit'],
      ['pbriodic', 'periodic'],
    ]) {
      const sentence = `Officials said the ${word} mattered.`;
      const found = fixOf(damaged(sentence), word);
      expect(found?.suggestion).toBe(correction);
      expect(found?.confidence).toBeLessThan(CONFIDENT);
      expect(garbled(sentence)).toEqual([]);
    }
  });

  it('flags a word cut at a line end as the word it starts, unsure, in a damaged document only', () => {
    for (const [line, word, correction] of [
      ['The bill was passed by the Hous\nlast week and signed.', 'Hous', 'House'],
      ['She trained at the school of Public Health Nursin\nand then went abroad.', 'Nursin', 'Nursing'],
    ]) {
      const found = fixOf(damaged(line), word);
      expect(found?.suggestion).toBe(correction);
      expect(found?.confidence).toBeLessThan(UNSURE);
      expect(garbled(line)).toEqual([]);
    }
  });

  it('flags the surviving half of a word cut at a line start, unsure, in a damaged document only', () => {
    for (const word of ['nistration', 'uitously']) {
      const cut = damaged(`He spoke of the full\n${word} of the plan.`);
      expect(fixOf(cut, word)?.confidence).toBeLessThan(UNSURE);
      // Inside a line, or in a clean document, a word the dictionary lacks that reads like English is a rare word.
      expect(fixOf(damaged(`He spoke of the full ${word} of the plan.`), word)).toBeUndefined();
      expect(garbled(`He spoke of the full\n${word} of the plan.`)).toEqual([]);
    }
  });

  it('flags a capitalised form that a substitution of a flagged word explains', () => {
    // r read as g in "fogeign" seconds the same reading in "Bulgagia".
    expect(fixOf('The fogeign minister of Bulgagia arrived on Monday and met the press.', 'Bulgagia')?.suggestion).toBe('Bulgaria');
    expect(garbled('The foreign minister of Bulgagia arrived on Monday and met the press.')).toEqual([]);
  });
});

describe('ocr/garbled: the neighbours choose among close corrections', () => {
  /** The top correction and confidence of `word` in `text`. */
  const fixOf = (text: string, word: string) => {
    const f = garbled(text).find((x) => text.slice(x.start, x.end) === word);
    return { suggestion: f?.suggestions?.[0], confidence: f?.data?.confidence as number | undefined };
  };

  it('corrects the same damaged word by what fits the words around it', () => {
    expect(fixOf('The nbw government took office in spring.', 'nbw').suggestion).toBe('new');
    expect(fixOf('Where do you live nbw then?', 'nbw').suggestion).toBe('now');
    expect(fixOf('She was born dn a small village.', 'dn').suggestion).toBe('in');
    expect(fixOf('Everything depends dn the weather.', 'dn').suggestion).toBe('on');
  });

  it('never makes a correction confident on the strength of its neighbours alone', () => {
    for (const [text, word] of [
      ['The nbw government took office in spring.', 'nbw'],
      ['She was born dn a small village.', 'dn'],
    ] as const) {
      const { confidence } = fixOf(text, word);
      expect(confidence).toBeGreaterThan(0);
      expect(confidence).toBeLessThan(CONFIDENT);
    }
  });

  it('flags a damaged name part that its neighbours identify, but not a name on its own', () => {
    expect(fixOf('Last year she flew to Sruth Africa for the talks.', 'Sruth').suggestion).toBe('South');
    expect(fixOf('The judges of the Supreme Cort ruled on Monday.', 'Cort').suggestion).toBe('Court');
    // The same spellings as names: nothing around them fits a correction better.
    expect(garbled('She said Sruth was a friend.')).toEqual([]);
    expect(garbled('Ms Cort arrived early.')).toEqual([]);
  });

  it('does not take a plural name for its singular, whatever the neighbours', () => {
    expect(garbled('The Hudsons Bay Company traded furs.')).toEqual([]);
  });

  it('leaves a confident correction as it is, whatever its neighbours', () => {
    const text = 'The govemment of the day fell.';
    expect(fixOf(text, 'govemment')).toMatchObject({ suggestion: 'government' });
    expect(fixOf(text, 'govemment').confidence).toBeGreaterThanOrEqual(CONFIDENT);
  });
});

describe('ocr/garbled: without a lexicon', () => {
  afterEach(() => setDefaultLexicon(undefined));

  it('reports nothing and says the lexicon is unavailable', () => {
    setDefaultLexicon(null);
    expect(lexiconAvailable()).toBe(false);
    expect(run('The govemment said tbe rnorning session was over.').findings).toEqual([]);
  });
});

const PIECES = ['the', 'Tbe', 'aggbement', 'RuCeia’s', 'newsGovernment', 'b3', '0f', '-', '’', "'", ' ', '\n', ',', '.', 'McDonald', 'iPhone', 'é', '\u0301', '😀', 'x', 'ASIAAsia', '1990s', 'hrS'];
const hostile = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 5 }) }), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('ocr/garbled: properties', () => {
  it('never throws, and every finding is a non-empty range of the text with at most three suggestions', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        for (const f of run(text).findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
          expect((f.suggestions ?? []).length).toBeLessThanOrEqual(3);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('messages', () => {
  it('assert one word when confident, and offer two when unsure', () => {
    expect(garbledMessage('rnarket', 'market', 0.95, 'marker')).toBe('“rnarket” looks garbled — did you mean “market”?');
    expect(garbledMessage('lirne', 'lime', 0.4, 'line')).toBe('“lirne” looks garbled — perhaps “lime” or “line”?');
    expect(garbledMessage('lirne', 'lime', 0.4)).toBe('“lirne” looks garbled — did you mean “lime”?');
  });
});

describe('ocr/garbled: short words printed as figures', () => {
  const figures = (text: string) =>
    check(text, 'plaintext')
      .findings.filter((f) => f.rule === 'ocr/garbled')
      .map((f) => `${text.slice(f.start, f.end)} → ${f.suggestions?.[0]}`);

  it.each([
    ['We think it 1s a fair price.', ['1s → is']],
    ['She said that 1s not the case.', ['1s → is']],
    ['Later, 1 think we should go.', ['1 → I']],
    ['For my part, | should like to thank you.', ['| → I']],
    ['He took a stranger in. L hope he stays.', ['L → I']],
  ])('reads %s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it.each([
    'One voter in 4 said so, and 1 in 4 agreed.',
    'About 10 people came in the 1990s, and 4 national networks covered it.',
    'The 1s and 0s of the code.',
    'He paid about 1m dollars for 1m of cable.',
    'Of the seats, 1 appointed by the king and 3 elected.',
    'The L train was late and Plan L failed.',
    'Pipe the output | sort to order the lines.',
  ])('leaves real numbers and marks alone: %s', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it('never offers a figure read as a word as a confident correction', () => {
    const [f] = check('We think it 1s a fair price.', 'plaintext').findings.filter((x) => x.rule === 'ocr/garbled');
    expect((f.data as { confidence: number }).confidence).toBeLessThan(CONFIDENT);
  });
});
