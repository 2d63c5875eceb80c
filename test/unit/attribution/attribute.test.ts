/**
 * Who said it: lists of made-up news sentences, each with the speaker (or
 * kind) every quotation in it should get.
 */
import { describe, expect, it } from 'vitest';
import { attributeQuotations, enrichClaims } from '../../../src/core/attribution/attribute.js';
import { buildDocument } from '../../../src/core/engine/build-document.js';
import { findQuotations, quoteSpansRule } from '../../../src/core/rules/quote-spans.js';
import type { Claim } from '../../../src/core/types.js';
import { plainDocument } from '../helpers/block.js';

function attribute(text: string): Claim[] {
  const doc = plainDocument(text);
  return attributeQuotations(doc, findQuotations(doc).quotes);
}

/** What a claim shows in these lists: `kind:speaker` (speaker `-` when none). */
function show(c: Claim): string {
  return `${c.kind}:${c.speaker?.name ?? '-'}`;
}

/** [text, expected `kind:speaker` per quotation, in order]. */
const CASES: [string, string[]][] = [
  // a body whose name has no organisation word: its name starts with words written in lower case
  ['Weather Watch Canada issued warnings for the coast. “Stay indoors if you can,” the agency said.', ['quote:Weather Watch Canada']],
  ['“Prisoners are being starved,” Mercy Without Walls said in a statement. “The world must act,” it said.', ['quote:Mercy Without Walls', 'quote:Mercy Without Walls']],
  // … but a description before a person's name keeps the run a person's
  ['Analyst Mira Castell of Ridgeway Capital wrote that the cuts were “overdue.”', ['partial:Mira Castell']],
  ['Tooling through Lyon, veteran Rally Driver Otto Brandvik, 41, mocked himself. “I am a wreck,” he announced.', ['quote:Otto Brandvik']],
  // an office described before its title is part of the title
  ['“We will not retreat,” Foreign Affairs Minister Lucia Ferrante said.', ['quote:Lucia Ferrante']],
  // wire-story patterns: a title and office before the name, a report's author, a spokesperson named in apposition
  ['“The ministry did not track the contracts,” Auditor General Shona Pell wrote in her annual report.', ['quote:Shona Pell']],
  ['“It is frankly shocking,” said Green Party Leader Miles Arden. “Taxpayers deserve better.”', ['quote:Miles Arden', 'quote:Miles Arden']],
  ['A spokesperson for the minister, Dana Brasov, said the government “will review the report carefully.”', ['partial:Dana Brasov']],
  ['“They always say that,” said Doug Varley, a retired highway engineer from Barrie. “Then nothing happens.”', ['quote:Doug Varley', 'quote:Doug Varley']],
  // a name a preposition ties to the description is not the speaker
  ['“It is a win for now,” said one clinic manager in Manitoba, who asked not to be named.', ['quote:one clinic manager in Manitoba']],
  // initials and words before a title belong to the title
  ['“The order stands,” U.S. District Judge Nora Kessler wrote.', ['quote:Nora Kessler']],
  // a dateline names where the story was filed, not who speaks
  ['HALIFAX — The provincial transport ministry defended the ferry schedule.\n\n“Demand is lower in winter,” the ministry said.', ['quote:the ministry']],
  // a dateline's dash ends the subject
  ['WASHINGTON — Sen. Carla Whitmore said: “This bill is serious.”', ['quote:Carla Whitmore']],
  // a relative clause between the name and its verb
  ['Coun. Darren Holt, who voted against the contract, called it “a blank cheque with a bow on it.”', ['partial:Darren Holt']],
  // a cue set off by commas names its speaker after it
  ['The reason, says the Housing Center, is that builders “usually do somewhat better than their fellows.”', ['partial:Housing Center']],
  // a long appositive between the quotation and its verb
  ['“The recovery will gather momentum,” Beryl W. Sprinkel, economist of Harris Trust & Savings Bank, Chicago, predicted Tuesday.', ['quote:Beryl W. Sprinkel']],
  // an attribution that ends the sentence
  ['Spraying done by “technicians with narrow training” is endangering crops, Carl W. Buchheister, president of the society, said today.', ['partial:Carl W. Buchheister']],
  // a description stands for the name given before it
  ['Sheriff Felix Tabb watched the polls. “Everything went real smooth,” the sheriff said.', ['quote:Felix Tabb']],
  ['Northwind Grocers Ltd. will close 30 stores. The company said it would help workers “wherever possible.”', ['partial:Northwind Grocers Ltd']],
  ['President Ada Kerr sent a message to Congress. “This is a modest proposal,” the President said.', ['quote:Ada Kerr']],
  // a description before the name after the verb
  ['“An inquiry is good,” said union president Stephanie Roy.', ['quote:Stephanie Roy']],
  // a pronoun takes the name that stands as the subject, not a later one in passing
  ['Raman dismissed the criticism from Westline Marine. “We did our homework,” she said.', ['quote:Raman']],
  ['Falcons captain Ryan Belcourt was blunt about the loss to the Moncton Falcons. “We gave that one away,” he said.', ['quote:Ryan Belcourt']],
  // a quotation opening its paragraph takes the subject of the paragraph before
  ['Place kicking is largely a matter of timing, Moritz declared.\n\n“Once you get the feel of it, there is not much to it.”', ['quote:Moritz']],
  // an interviewer's question between two answers does not break the continuation
  ['“It was the kids’ idea,” Dolores Whitfield said.\n\nQ: How did the district react?\n\n“At first they said no. Then they said yes.”', ['quote:Dolores Whitfield', 'quote:Dolores Whitfield']],
  // a question answered by a capitalised verb in the next sentence
  ['Mitchell was angry. “How can a man charge this?” He asked.', ['quote:Mitchell']],
  // quote, verb, speaker
  ['“The pier opens in May,” said Mara Ellison, of the port authority.', ['quote:Mara Ellison']],
  ['"We will not sell," says Tomas Okafor.', ['quote:Tomas Okafor']],
  ['“Nobody warned us,” added the harbour master.', ['quote:the harbour master']],
  // quote, speaker, verb
  ['“The figures are wrong,” Ellison said.', ['quote:Ellison']],
  ['“The figures are wrong,” the mayor told reporters on Friday.', ['quote:the mayor']],
  ['“We are reviewing the bid,” Lena Brandt, a spokesperson for Delta Rail, said on Tuesday.', ['quote:Lena Brandt']],
  ['“Is it safe?” she asked.', ['quote:-']],
  // a document speaks for its owner
  ['“We expect you at nine,” Governor Ada Kerr’s invitation said.', ['quote:Ada Kerr']],
  ['“We are taking precautions,” said the Coast Guard’s announcement.', ['quote:Coast Guard']],
  // a reflexive only stresses who speaks
  ['Tomas Okafor sold the boats. Okafor himself said: “I wanted bare docks again.”', ['quote:Tomas Okafor']],
  // a title with modifiers re-describes the person named before; a bare title names an office
  ['President Ada Kerr spoke at the pier. “The port is ready,” the Halifax-born President remarked.', ['quote:Ada Kerr']],
  ['Mara Ellison ran the port for a decade. “It was never easy,” said the former judge.', ['quote:Mara Ellison']],
  ['Mara Ellison spoke first. “Fix it,” the mayor said.', ['quote:the mayor']],
  ['Tomas Okafor has cooked for forty years. “Salt is everything,” says the cheerful food expert.', ['quote:Tomas Okafor']],
  // a pronoun takes the person of its own paragraph before a subject of an earlier one
  ['Decathlete Ryan Belcourt won the trophy.\n\nTouring the coast in his van, Britain’s veteran sailor Tomas Okafor, 61, laughed at himself. “I am a slob,” he announced.', ['quote:Tomas Okafor']],
  // a cue-less quotation paragraph after a paragraph whose subject is one named person
  ['The Herald’s Ada Varga summed it up neatly:\n\n“This is a long film and a moving one.”', ['quote:Ada Varga']],
  // … but not when that paragraph names two people
  ['Ada Varga met Tomas Okafor at the pier.\n\n“This is a long film and a moving one.”', ['quote:-']],
  // the next sentence's cue belongs to its own reported clause, not to the quotation before it
  ['Mara Ellison opened the meeting. “We start now.” Okafor said he would leave early.', ['quote:Mara Ellison']],
  ['“We start now.” Okafor said.', ['quote:Okafor']],
  // speaker, verb, quote
  ['Ellison said: “The pier opens in May.”', ['quote:Ellison']],
  ['Finance Minister Ada Varga warned that “the deficit will grow.”', ['partial:Ada Varga']],
  ['Port Authority spokesperson Rui Tanaka said: “We regret the delay.”', ['quote:Rui Tanaka']],
  // according to
  ['According to the Harbour Board, the ferry was “never seaworthy”.', ['partial:Harbour Board']],
  ['The ferry was “never seaworthy,” according to NTSB.', ['partial:NTSB']],
  // continuation
  [
    '“The pier is unsafe,” said Mara Ellison, a city engineer. “We found cracks in every pile.”',
    ['quote:Mara Ellison', 'quote:Mara Ellison'],
  ],
  [
    '“The pier is unsafe,” Mara Ellison said.\n\n“We found cracks in every pile.”',
    ['quote:Mara Ellison', 'quote:Mara Ellison'],
  ],
  // pronouns
  [
    'Mara Ellison inspected the pier on Monday. “We found cracks in every pile,” she said.',
    ['quote:Mara Ellison'],
  ],
  [
    'The Coastal Safety Agency published its findings. “Repairs must start now,” it said.',
    ['quote:Coastal Safety Agency'],
  ],
  ['“Repairs must start now,” it said.', ['quote:-']],
  // surname after a full name
  [
    'Mara Ellison runs the port. Critics disagree. “The numbers speak for themselves,” Ellison said.',
    ['quote:Mara Ellison'],
  ],
  // partial quotes with a reporting verb
  ['Ellison praised the “tireless” crews who worked overnight.', ['partial:Ellison']],
  [
    'Governor Ruth Abara pledged “full and immediate” support and “all the funds we have” for the town.',
    ['partial:Ruth Abara', 'partial:Ruth Abara'],
  ],
  // a sentence about a person just before, with no cue
  ['Mr. Okafor was blunt. “The plan failed.”', ['quote:Okafor']],
  // a participle shares the subject of the verb before it
  [
    '“I am staying,” the coach insisted, adding that he had “full confidence” in the squad.',
    ['quote:the coach', 'partial:the coach'],
  ],
  // a person first, then where they work
  ['Jean-Paul Moreau of the Valley Observatory said the comet was “spectacular.”', ['partial:Jean-Paul Moreau']],
  // an acronym that spells a clause word
  ['The WHO said the outbreak was “under control.”', ['partial:WHO']],
  // a verb of another clause after the quotation is no attribution
  ['The so-called “peace dividend” never arrived, critics say.', ['scare:-']],
  // an abbreviation's period inside the subject; a statement speaks for the body it comes from
  ['A statement from Hartwell Mining Ltd. read: “Operations are suspended.”', ['quote:Hartwell Mining Ltd.']],
  // a noun that looks like a verb form (the ruling) is no cue
  ['In her letter, Justice Maria Okonkwo wrote that the ruling was “deeply flawed.”', ['partial:Maria Okonkwo']],
  // a description, then the name in apposition
  ['“We’ve lost everything,” said one resident, Amal Nasser, 42.', ['quote:Amal Nasser']],
  // a clause ending in a colon introduces its subject
  ['Reyes, however, was unmoved: “We go ahead.”', ['quote:Reyes']],
  // it → the organisation just named
  ['“Everything is fine,” the Kremlin said. It added that talks would “continue as planned.”', ['quote:Kremlin', 'partial:Kremlin']],
  // the next sentence attributes only with a neutral verb of saying
  ['“The pier is safe.” Ellison said.', ['quote:Ellison']],
  ['“The pier is safe.” Okafor disagreed.', ['quote:-']],
  // titles and scare quotes
  ['The film, titled “Winter in Oslo,” premieres Friday.', ['title:-']],
  ['“Never Again,” Ellison said.', ['quote:Ellison']],
  ['The council adopted the “Harbour Renewal and Safety Act” last week.', ['title:-']],
  ['Locals call the district a “ghost town” these days.', ['scare:-']],
  ['Some saw the vote as a “turning point” for the coast.', ['scare:-']],
  // nested quotes keep their kind
  ['“She told me ‘hold the line’ and left,” the skipper said.', ['quote:the skipper', 'nested-quote:-']],
  // two quotes in one sentence around the verb
  ['“Hello,” he said, “how are you?”', ['quote:-', 'quote:-']],
  ['Tomas Okafor waved. “Hello,” he said, “how are you?”', ['quote:Tomas Okafor', 'quote:Tomas Okafor']],
  // the speaker after the verb, as a pronoun or a phrase
  ['“Not today,” said he.', ['quote:-']],
  ['“The tide is late,” said a spokesperson for the ferry company.', ['quote:a spokesperson for the ferry company']],
  // a cue in the sentence before, with no quotation of its own
  [
    '“The pier is safe,” Mara Ellison said. Tomas Okafor disagreed. “It is rotten to the core.”',
    ['quote:Mara Ellison', 'quote:Tomas Okafor'],
  ],
  // no continuation across an unrelated paragraph
  ['“The pier is safe,” Mara Ellison said.\n\nThe sun set.\n\nIt rained.\n\n“Nobody came.”', ['quote:Mara Ellison', 'quote:-']],
  // names with particles, prefixes and organisations with "of"
  ['“We stand firm,” said Ursula van der Berg.', ['quote:Ursula van der Berg']],
  ['“The border stays shut,” said Omar al-Rashid, the interior minister.', ['quote:Omar al-Rashid']],
  ['“Rates will hold,” the Bank of Eastland said in a statement.', ['quote:Bank of Eastland']],
  ['The Ministry of Fisheries said: “Quotas will fall by a third.”', ['quote:Ministry of Fisheries']],
  // they: the last organisation or person named
  ['Dockworkers United met the owners on Sunday. “We will strike on Monday,” they said.', ['quote:Dockworkers United']],
  // a surname after a title
  ['Mayor Ines Varga spoke first. “The budget is balanced,” Varga said.', ['quote:Ines Varga']],
  // a multi-paragraph quotation
  ['“The storm took the roof.\n\n“And then the walls,” the farmer said.', ['quote:the farmer']],
  // quoted words in a sentence about a person, with no cue: the sentence's subject (a name, a pronoun, a description)
  ['Councillor Ines Varga believes the plan “a waste of good money.”', ['partial:Ines Varga']],
  ['Armed with new figures from the survey, especially those on rents, Mara Ellison “will take the matter to council.”', ['partial:Mara Ellison']],
  ['Ted Marlowe “will not be running for the council again next year.”', ['partial:Ted Marlowe']],
  ['Director Paul Laine greeted the group. He pointed out to the students that the museum “is the only one with a full-time composer.”', ['partial:Paul Laine']],
  ['Dana Price, an economist at Eastland Bank, spoke on Tuesday. The economist does not expect a slump and believes it “very unlikely before spring.”', ['partial:Dana Price']],
  ['Sen. Maria L. Fontaine of Riverton, sponsor of the measure, said its defeat would amount “to a gift for the insurers.”', ['partial:Maria L. Fontaine']],
  // … but a subject that is no source names nobody
  ['The debate led to a decision that the town needed “a fresh start for every family in the valley.”', ['partial:-']],
  ['The weather turned the outing into “a long, wet march through the hills.”', ['partial:-']],
  ['Then Oslo, Riga, Tallinn and Helsinki “to look for new talent.”', ['partial:-']],
  // as X put it; in X's words
  ['The town needed, as Mayor Ines Varga put it, “a fresh start after a hard decade.”', ['partial:Ines Varga']],
  ['In Senator Ada Kerr’s words, the outlook is “not a very encouraging one.”', ['partial:Ada Kerr']],
  // the verb between the two halves of a quotation names the speaker of both
  ['“In view of the storm,” said the Coast Guard’s announcement, “all ferries will stay in port.”', ['quote:Coast Guard', 'partial:Coast Guard']],
  // a capitalised pronoun after an exclamation, in a longer sentence
  ['When Tomas Okafor heard the news, he went pale. “Outrageous!” He shouted, and stormed off to the council chamber to complain.', ['quote:Tomas Okafor']],
  // a relative clause holding a quotation of its own
  ['Mrs. Lena Brandt, who kept asking that they “act now,” said, “We cannot wait for the province.”', ['scare:-', 'quote:Lena Brandt']],
  // a relative clause with an initial and an age before it
  ['Oduya, 64, who met Dr. R. Tan when the minister toured the port in 1990, confided that she hoped “to see the harbour rebuilt.”', ['partial:Oduya']],
  // an inverted sentence ending in a comma introduces the next quotation, not the one before it
  ['Dana Price called her sister. “Are you coming?” Snapped Ines, “Not today, and not tomorrow either!”', ['quote:Dana Price', 'quote:Ines']],
  // a one-word subject is the antecedent of a pronoun later in its own sentence
  ['Marcel was full of plans for the Harbour Days gala, as he had hinted on arrival: “It will be enormous.”', ['quote:Marcel']],
  // a heading run into the paragraph names nobody
  ['Dana Price, an economist, spoke at the forum.\n\nRisk noted He warned that “the greater risk is doing nothing at all.”', ['partial:Dana Price']],
  // a name in parentheses is another name for the person before it, not a new full name
  ['Its chair, Ruth Ann Calder (Mrs. Peter J. Calder), leaves on Monday.\n\n“We expect a full house,” explains Mrs. Calder.', ['quote:Ruth Ann Calder']],
  // members of a body named before speak for it; a noun that only looks alike does not
  ['The Harlow County Grand Jury met for a week. “The fund was mismanaged,” the jurors said.', ['quote:Harlow County Grand Jury']],
  ['Lakeview City Council voted on Monday. The councillors said the budget was “a first step.”', ['partial:Lakeview City Council']],
  ['Staff at Eastside Memorial Hospital were told. “We were not consulted,” the members said.', ['quote:the members']],
  // a sentence of speech quoted inside the writer's sentence, with no cue: the sentence's subject
  ['And Dana Price calls the new bridge, “The finest crossing in the whole province!”', ['quote:Dana Price']],
  // a document's owner is not the speaker when the document is a person named in apposition
  ['Kowalski’s lawyer, Daniel Osei, said the ruling was “deeply flawed and unfair to my client.”', ['partial:Daniel Osei']],
  // a participle opening an appositive is not the subject's verb
  ['Premier Ana Lindqvist, speaking in Halifax, said “the province will be there for every family.”', ['partial:Ana Lindqvist']],
  // a reporting verb after a modal tells of an act to come; the verb before it attributes
  ['Ms. Freeland said Norland would respond “in a measured and careful way.”', ['partial:Freeland']],
  // a one-word name acting in the sentence before a cue-less quotation speaks it; a place in passing does not
  ['“Let’s go,” said Tomas. “We’re late.” Marisol shook her head. “Not yet, not until the rain stops.”', ['quote:Tomas', 'quote:Tomas', 'quote:Marisol']],
  ['“Let’s go,” said Tomas. Rather than argue, everyone left. “We’re late for the ferry again.”', ['quote:Tomas', 'quote:Tomas']],
  // a pronoun prefers the paragraph's acting subject to a person named in passing
  ['Okonjo met with Gov. Price Danvers on Tuesday to discuss the bill. “We reached no agreement,” he said.', ['quote:Okonjo']],
  // an abbreviated title is described by its full word later
  ['Sen. Harold Benning spoke first. The senator said:\n\n“We cannot let this moment pass.”', ['quote:Harold Benning']],
  ['Gov. Carl Tessler vetoed it. “The state must pay its own way,” the governor said.', ['quote:Carl Tessler']],
  // a title opening the sentence; a short capitalised fragment opening it
  ['“Harbour Lights” opened at the Odeon on Friday.', ['title:-']],
  ['“Ghost towns” are spreading along the coast.', ['scare:-']],
];

describe('attributeQuotations', () => {
  for (const [text, want] of CASES) {
    it(JSON.stringify(text), () => {
      expect(attribute(text).map(show)).toEqual(want);
    });
  }

  it('trusts a speaker taken from the sentence subject less, and drops it when it names nobody', () => {
    const [guess] = attribute('Councillor Ines Varga believes the plan “a waste of good money.”');
    expect(guess).toMatchObject({ kind: 'partial', speaker: { name: 'Ines Varga' }, cue: 'sentence subject' });
    expect(guess.confidence).toBeLessThanOrEqual(0.5);
    const [nobody] = attribute('He believes the plan “a waste of good money.”');
    expect(nobody.speaker).toBeUndefined();
    expect(nobody.cue).toBeUndefined();
  });

  it('records mentions, description, cue and confidence', () => {
    const text = '“The pier opens in May,” said Mara Ellison, of the port authority.';
    const [c] = attribute(text);
    expect(c.cue).toBe('said');
    expect(c.speaker?.description).toBe('of the port authority');
    expect(c.speaker?.mentions).toEqual([{ start: text.indexOf('Mara'), end: text.indexOf(','  , 30), text: 'Mara Ellison', via: 'name' }]);
    expect(c.confidence).toBeGreaterThan(0.5);
  });

  it('keeps ids and offsets of the quote rule, so claims can be enriched', () => {
    const text = '“The figures are wrong,” Ellison said. Locals call it a “ghost town”.';
    const doc = plainDocument(text);
    const claims = quoteSpansRule.run(doc, { severity: 'warning' }).claims ?? [];
    const enriched = enrichClaims(doc, claims, findQuotations(doc).quotes);
    expect(enriched.map((c) => [c.id, c.kind, c.speaker?.name])).toEqual([
      ['q1', 'quote', 'Ellison'],
      ['q2', 'scare', undefined],
    ]);
  });

  it('gives the appositive or the words before the name as the description', () => {
    const [a] = attribute('“We are reviewing the bid,” Lena Brandt, a spokesperson for Delta Rail, said.');
    expect(a.speaker?.description).toBe('a spokesperson for Delta Rail');
    const [b] = attribute('Port Authority spokesperson Rui Tanaka said: “We regret the delay.”');
    expect(b.speaker?.description).toBe('Port Authority spokesperson');
    const [c] = attribute('“Not now,” said Dr. Ada Varga.');
    expect([c.speaker?.name, c.speaker?.description]).toEqual(['Ada Varga', 'Dr.']);
  });

  it('marks continued quotations and descriptions in the mentions', () => {
    const text = '“The pier is unsafe,” said Mara Ellison. “We found cracks.” “Fix it,” the mayor said.';
    const [a, b, c] = attribute(text);
    expect(a.speaker?.mentions.map((m) => m.via)).toEqual(['name']);
    expect(b.speaker?.mentions.map((m) => m.via)).toEqual(['continuation']);
    expect(b.cue).toBe('continuation');
    expect(c.speaker?.mentions).toEqual([{ start: text.indexOf('the mayor'), end: text.indexOf(' said.'), text: 'the mayor', via: 'description' }]);
  });

  it('gives document offsets through Markdown markup', () => {
    const text = '# Port news\n\n**“The pier opens in May,”** said *Mara Ellison*, of the port.';
    const doc = buildDocument(text, 'markdown');
    const [c] = attributeQuotations(doc, findQuotations(doc).quotes);
    const m = c.speaker?.mentions[0];
    expect(m && text.slice(m.start, m.end)).toBe('Mara Ellison');
  });

  it('surname and pronoun mentions point back at the full name', () => {
    const text = 'Mara Ellison spoke first. “No,” Ellison said. “Never,” she said.';
    const [a, b] = attribute(text);
    expect(a.speaker?.mentions.map((m) => m.via)).toEqual(['surname', 'name']);
    expect(b.speaker?.mentions.map((m) => m.via)).toEqual(['pronoun', 'name']);
    expect(b.speaker?.name).toBe('Mara Ellison');
  });
});
