/** Name runs and the reporting-verb lexicon, as example lists. */
import { describe, expect, it } from 'vitest';
import { findNames } from '../../../src/core/attribution/speakers.js';
import { REPORTING_VERB_FORMS, inflect } from '../../../src/core/attribution/speech-cues.js';
import { analyzed } from '../helpers/block.js';

/** `text|title|kind` of each run, `|` parts left out when empty. */
function names(text: string): string[] {
  return findNames(analyzed(text)).map((r) => [r.text, r.title ?? '', r.kind].join('|'));
}

const NAMES: [string, string[]][] = [
  ['Mara Ellison runs the port.', ['Mara Ellison||person']],
  ['The mayor met Ursula van der Berg and Omar al-Rashid.', ['Ursula van der Berg||person', 'Omar al-Rashid||person']],
  ['Finance Minister Ada Varga spoke to Dr. Ellison on Monday.', ['Ada Varga|Finance Minister|person', 'Ellison|Dr.|person']],
  ['The Ministry of Foreign Affairs and KCNA denied it.', ['Ministry of Foreign Affairs||org', 'KCNA||org']],
  ['South Korea’s Foreign Ministry spokesperson Lim Soosuk said so.', ['South Korea||place', 'Foreign Ministry||org', 'Lim Soosuk||person']],
  ['He left. The end. But nobody came.', []],
  ['Jean-Paul Moreau of the Valley Observatory agreed.', ['Jean-Paul Moreau||person', 'Valley Observatory||org']],
  // initials keep their periods inside the name
  ['Acting Judge John M. Karns dismissed it.', ['John M. Karns|Acting Judge|person']],
  // a person's title after an organisation's name starts the person
  ['Fulton Superior Court Judge Durwood Pye agreed.', ['Fulton Superior Court||org', 'Durwood Pye|Judge|person']],
  // abbreviations that open a name keep their period
  ['Officials at Mt. Sinai Hospital declined.', ['Mt. Sinai Hospital||org']],
  // events never speak
  ['He pitched in the World Series.', ['World Series||place']],
  // a capitalised verb after a quotation is no name
  ['“just our luck!” Exclaimed Stram.', ['Stram||unknown']],
  // an office joined by "of" belongs to the title, so "State" does not make the person a place
  ['The late Secretary of State Ines Harlow signed it.', ['Ines Harlow|Secretary of State|person']],
  ['Minister of Finance Ada Varga spoke.', ['Ada Varga|Minister of Finance|person']],
  // a title alone before "of" and a place stays as it was
  ['The Secretary of Labor spoke.', ['Secretary||unknown', 'Labor||unknown']],
  // a fronted preposition or a negative determiner does not join the name after it
  ['Into Halifax flew Mara Ellison.', ['Halifax||unknown', 'Mara Ellison||person']],
  ['Neither Okafor nor Brandt came.', ['Okafor||unknown', 'Brandt||unknown']],
  // a title abbreviation still comes off without taking the first name with it
  ['Supt. Lena W. Brandt agreed.', ['Lena W. Brandt|Supt.|person']],
  // a heading run into the paragraph (its line break lost) is no name; a name before a lowercase verb still is
  ['Costs rise She said the plan failed.', []],
  ['Danger cited He warned of it.', []],
  ['Okafor said the plan failed.', ['Okafor||unknown']],
  ['Maria and I went home.', ['Maria||unknown']],
  // any past reporting verb opening an inverted attribution is no name
  ['Snapped Ines Calder: no.', ['Ines Calder||person']],
  ['Grumbled Okafor, loudly.', ['Okafor||unknown']],
  // an acronym before a title names the body; the person keeps the title
  ['NDP Leader Tamsin Orrell spoke.', ['NDP||org', 'Tamsin Orrell|Leader|person']],
  ['RCMP Cpl. Tessa Brook spoke.', ['RCMP||org', 'Tessa Brook|Cpl.|person']],
  // a place, a party or an office written as an acronym before a title describes the office
  ['Brandon Mayor Keely Strand spoke.', ['Keely Strand|Brandon Mayor|person']],
  ['Conservative MP Dario Vance spoke.', ['Dario Vance|Conservative MP|person']],
  ['U.S. Secretary of State Corin Dale spoke.', ['Corin Dale|U.S. Secretary of State|person']],
  ['The UN Secretary-General Ana Ruiz spoke.', ['UN||org', 'Ana Ruiz|Secretary-General|person']],
  // … but a title inside a name is no office (Martin Luther King Jr.), nor is a department before a body's name
  ['Martin Luther King Jr. spoke.', ['Martin Luther King Jr||person']],
  ['Health Canada and Finance Minister Ada Varga spoke.', ['Health Canada||org', 'Ada Varga|Finance Minister|person']],
  // a body whose name lists its fields joins them through "and"; two people stay two
  ['Fisheries and Oceans Canada agreed.', ['Fisheries and Oceans Canada||org']],
  ['Okafor and Brandt agreed.', ['Okafor||unknown', 'Brandt||unknown']],
  // a dotted acronym is one name
  ['The U.K. agreed.', ['U.K||unknown']],
];

describe('findNames', () => {
  for (const [text, want] of NAMES) {
    it(JSON.stringify(text), () => {
      expect(names(text)).toEqual(want);
    });
  }
});

describe('reporting verbs', () => {
  it('inflects regular verbs with the usual spelling changes', () => {
    expect(inflect('add')).toEqual(['add', 'adds', 'added', 'added', 'adding']);
    expect(inflect('deny|denies|denied|denied|denying')[2]).toBe('denied');
    expect(inflect('note')).toEqual(['note', 'notes', 'noted', 'noted', 'noting']);
    expect(inflect('clarify|clarifies|clarified|clarified|clarifying')[1]).toBe('clarifies');
    expect(inflect('urge')[4]).toBe('urging');
    expect(inflect('echo|echoes|echoed|echoed|echoing')[1]).toBe('echoes');
  });

  it('knows the forms news uses', () => {
    for (const w of ['said', 'says', 'told', 'added', 'stated', 'states', 'wrote', 'noted', 'argued', 'echoed',
      'warned', 'insisted', 'denied', 'called', 'described', 'explained', 'asked', 'replied', 'claimed', 'announced',
      'acknowledged', 'admitted', 'conceded', 'confirmed', 'declared', 'predicted', 'promised', 'recalled',
      'reiterated', 'remarked', 'responded', 'suggested', 'urged', 'vowed', 'regretted', 'expressed', 'reaffirmed',
      'tweeted', 'saying', 'adding', 'quipped']) {
      expect(REPORTING_VERB_FORMS.has(w), w).toBe(true);
    }
    expect(REPORTING_VERB_FORMS.size).toBeGreaterThan(500);
  });

  it('leaves out forms that are mostly nouns', () => {
    for (const w of ['state', 'report', 'reports', 'claims', 'call', 'ruling', 'briefing', 'statement', 'press']) {
      expect(REPORTING_VERB_FORMS.has(w), w).toBe(false);
    }
  });
});

describe('words written only in lower case (read from the lexicon in use)', () => {
  // "Analyst" and "Rally Driver" are words English writes in lower case: with the lexicon they describe the
  // person after them. With a lexicon that has them capitalised only, they are names and join the name.
  const text = 'Analyst Mira Castell met Rally Driver Otto Brandvik.';

  it('follows the lexicon in use, also after it changes', async () => {
    const { defaultLexicon, setDefaultLexicon } = await import('../../../src/core/lexicon/default.js');
    const real = defaultLexicon();
    expect(real).toBeDefined();
    const withLexicon = names(text);
    expect(withLexicon).toContain('Mira Castell|Analyst|person');
    // The same lexicon, except that it knows every word capitalised only.
    const { Flag } = await import('../../../src/core/lexicon/format.js');
    const caseFlags = Flag.LOWER | Flag.TITLE | Flag.UPPER | Flag.MIXED;
    const capitalisedOnly = Object.create(real!, {
      flags: { value: real!.flags.map((f) => (f & ~caseFlags) | Flag.TITLE) },
    });
    try {
      setDefaultLexicon(capitalisedOnly);
      const other = names(text);
      expect(other).toContain('Analyst Mira Castell||person');
      expect(other).toContain('Rally Driver Otto Brandvik||person');
    } finally {
      setDefaultLexicon(real);
    }
    expect(names(text)).toEqual(withLexicon);
  });
});
