/**
 * Who said it in modern wire copy: made-up Canadian and American news
 * sentences in the patterns papers use every day (a party or a place before
 * a title, police ranks, an owner's description with the name in apposition,
 * a statement from a body), each with the speaker every quotation should get.
 * Every name and event is invented.
 */
import { describeSpeakerCases, type SpeakerCase } from '../helpers/speaker-cases.js';

const CASES: SpeakerCase[] = [
  // a party, a place or a body before a title describes the office; the person speaks
  ['“This is about fairness,” NDP Leader Tamsin Orrell said at a news conference.', ['quote:Tamsin Orrell']],
  ['“The government has failed families,” Conservative MP Dario Vance said.', ['quote:Dario Vance']],
  ['“We are open for business,” Brandon Mayor Keely Strand said in an interview.', ['quote:Keely Strand']],
  ['“The vote was clear,” Yukon Premier Hal Oduya said Thursday.', ['quote:Hal Oduya']],
  ['“It’s wrong,” House Speaker Rhett Calloway said.', ['quote:Rhett Calloway']],
  ['“We had no choice,” Borealis Air CEO Marta Lind told the committee.', ['quote:Marta Lind']],
  ['“The report is damning,” said Green Party Leader Nell May.', ['quote:Nell May']],
  ['“Our thoughts are with the families,” U.S. Secretary of State Corin Dale said in a post on X.', ['quote:Corin Dale']],
  ['“We are monitoring it closely,” said Fisheries and Oceans Canada biologist Greta Lund.', ['quote:Greta Lund']],
  // a lowercase description before the name, or a body before a lowercase role
  ['“We are reviewing the decision,” White House press secretary Jolene Marsh told reporters.', ['quote:Jolene Marsh']],
  ['“Nobody is above the law,” said Crown attorney Lise Grant in her closing submissions.', ['quote:Lise Grant']],
  // police ranks, abbreviated, do not end the sentence
  ['“The investigation is ongoing,” Toronto police Const. Omar Vail said in an email.', ['quote:Omar Vail']],
  ['“The suspect fled on foot,” said RCMP Cpl. Tessa Brook.', ['quote:Tessa Brook']],
  ['“Stay home if you can,” said Det. Sgt. Ruth Anand.', ['quote:Ruth Anand']],
  // an owner’s description with the name in apposition
  ['“The shelves are empty,” said Manitoba’s health minister, Carys Holt.', ['quote:Carys Holt']],
  ['“Margins improved everywhere,” the company’s chief financial officer, Ida Perl, told analysts.', ['quote:Ida Perl']],
  ['“He was a gentle soul,” his sister, Mara Kent, told CBC News.', ['quote:Mara Kent']],
  // a title and name with an appositive after them
  ['Senate Majority Leader Rowan Tate, D-N.Y., accused Republicans of “playing politics.”', ['partial:Rowan Tate']],
  // a body named after its field is not a title plus a name
  ['“We take these allegations seriously,” a spokesperson for Health Canada said.', ['quote:Health Canada']],
  // a body's name may end in a department's word (nothing after it to make it a title)
  ['“The clinic opens Monday,” said Hamilton Regional Public Health.', ['quote:Hamilton Regional Public Health']],
  ['“We expect no change,” said Alberta Health.', ['quote:Alberta Health']],
  // a saint's possessive is part of the name; the possessive alone later stands for the whole name
  ['“We are exhausted,” said Bea Nwosu, a nurse at St. Aldric’s Hospital.\n\nA spokesperson for St. Aldric’s said the hospital was “doing everything it can.”', ['quote:Bea Nwosu', 'partial:St. Aldric’s Hospital']],
  ['“The roads are clear,” St. John’s Mayor Dara Quinn said.', ['quote:Dara Quinn']],
  // a report or a lawsuit speaks for whoever issued it
  ['The Prairie Policy Institute released a report on Monday.\n\n“Patients are paying the price,” the report said.', ['quote:Prairie Policy Institute']],
  ['The report, released Monday by the Prairie Policy Institute, found waits had doubled. “Patients are paying,” the report said.', ['quote:Prairie Policy Institute']],
  // … and stays a description when nobody is said to have issued it
  ['Waits have doubled since 2019.\n\n“Patients are paying the price,” the report said.', ['quote:the report']],
  // a statement speaks for the body it comes from
  ['“Our priority is safety,” said a statement from Transport Canada.', ['quote:Transport Canada']],
  // a name that opens the reported clause is not the speaker a later pronoun takes
  ['Premier Wren Kalder said Manitoba would not sign.\n\n“Not in its current form,” he said.', ['quote:Wren Kalder']],
  // a place after a preposition never speaks
  ['Dr. Anil Mehta, an emergency physician in Toronto, said waits were “unacceptable.”\n\n“People are dying in waiting rooms,” he said.', ['partial:Anil Mehta', 'quote:Anil Mehta']],
  // a first name that is also a lowercase word (Dev) still names a person a pronoun can take
  ['Amanda Yu said she worried about lost class time.\n\nAnother parent, Dev Arora, said he was “behind the teachers.”\n\n“They know what is needed,” he said.', ['partial:Dev Arora', 'quote:Dev Arora']],
  // he or she takes a person the text does not call the other (a title, or his/her just after the name)
  ['Tom Reyes, who lost his job in March, met with Mayor Ana Ruiz on Friday.\n\n“It was a good meeting,” she said.', ['quote:Ana Ruiz']],
  ['Ms. Okafor met Mr. Brandt on Friday. “It went well,” he said.', ['quote:Brandt']],
  ['Carl Moss said the woman lost her job.\n\n“It is a shame,” he said.', ['quote:Carl Moss']],
  // a body named after "of" never speaks, however its name is written
  ['Remi Fortin of the Conseil des artisans du Québec echoed those concerns.\n\n“This is the wrong bill,” he said.', ['quote:Remi Fortin']],
  // a description with a party name is a person described, resolved to the name before
  ['Opposition Leader Piers Varley blasted the plan.\n\n“This is a tax grab,” the Conservative leader said.', ['quote:Piers Varley']],
  // a re-description by place and office, or by age, stands for the person named before
  ['Liberal MP Noor Haddad broke ranks on Tuesday.\n\n“I can’t support this,” the Hamilton MP said.', ['quote:Noor Haddad']],
  ['Lise Comeau, 56, has lived in Moncton for decades.\n\n“I love this town,” the 56-year-old said.', ['quote:Lise Comeau']],
  // the person after a court’s name is the subject; a justice is “the judge” later
  ['In a decision released Friday, Ontario Superior Court Justice Ines Kell found the delays were “largely caused by the defence.”\n\n“The accused cannot benefit from delay he himself created,” the judge wrote.', ['partial:Ines Kell', 'quote:Ines Kell']],
  // "quoted X as saying": the one quoted speaks, in the active and the passive
  ['The agency quoted Trade Minister Odile Ferran as saying the deal was “long overdue.”', ['partial:Odile Ferran']],
  ['Ferran was quoted as saying the deal was “long overdue.”', ['partial:Ferran']],
  // a department named with "and", spoken for by a spokesperson
  ['A spokesperson for Nunavut’s Department of Family Services and Housing said it had spent “record amounts” on shelters.', ['partial:Department of Family Services and Housing']],
  // an appositive that runs into a relative clause between the name and its verb
  ['Jake Orr, a contractor who builds custom homes, said the permit office was “drowning” in applications.', ['partial:Jake Orr']],
  // a title whose sentence's period sits inside the marks, American style, is still a title; a short answer is speech
  ['Reyes starred in the 1990s sitcom “Harbour Lights Forever.”', ['title:-']],
  ['Lena Ortiz said her age was no secret. “About 35.”', ['quote:Lena Ortiz']],
  // a colon introduction after a fronted phrase
  ['Asked about the winning goal, Regina goalie Jake Ostrowski was blunt: “I should have had it.”', ['quote:Jake Ostrowski']],
  // a sign-off: a dash after the quotation, then its speaker (on the same line or the next); a dash before lower-case words is an aside
  ['“We will rebuild every home on this street, and we will do it this year.” — Mayor Jane Roe', ['quote:Jane Roe']],
  ['“The budget is tight, and there is no money left for roads.”\n– Alan Fry, the city treasurer', ['quote:Alan Fry']],
  ['“Never again will we wait for Ottawa to act.” -- Premier Dana Hill', ['quote:Dana Hill']],
  ['The board wanted, as chair Lin Beck put it, “a builder, not a caretaker” -- a leader to steady the college.', ['partial:Lin Beck']],
  // … or in a paragraph of its own, as pull quotes are set: it outranks a guess from the paragraph before
  ['The mayor toured the pier on Monday.\n\n“We will rebuild every home, and we will do it this year.”\n\n— Mayor Jane Roe', ['quote:Jane Roe']],
  ['“Nobody expected the vote to pass so quickly.”\n\n- and then the council adjourned for the summer.', ['quote:-']],
  // "her" before a noun opens a description of kin, with the name in apposition
  ['A fire destroyed the barn.\n\n“We told them she couldn’t breathe,” said her mother, Anita Sorensen.', ['quote:Anita Sorensen']],
  ['“He never complained,” said her father, Doug Pratt. “Not once.”', ['quote:Doug Pratt', 'quote:Doug Pratt']],
  // a department's word before a body's last word is no title (Hamilton Health Sciences is one body)
  ['Hamilton Health Sciences said in a statement that it was “deeply saddened” by the death.', ['partial:Hamilton Health Sciences']],
  // a dateline's state and agency never speak; a lede's indefinite description stands for the person named after it
  ['COLUMBUS, Ohio (AP) — A federal judge on Friday blocked a county rule, calling it “a solution in search of a problem.”', ['partial:A federal judge']],
  ['COLUMBUS, Ohio (AP) — A federal judge on Friday blocked a county rule, calling it “a solution in search of a problem.”\n\nU.S. District Judge Karen Whitlow wrote that the rule likely broke the law.', ['partial:Karen Whitlow']],
  // … but not a name before it: an indefinite description introduces someone new
  ['Judge Ada Penn retired in May.\n\nA judge on Friday blocked the rule, calling it “a solution in search of a problem.”', ['partial:A judge']],
  // an owner's pronoun: his office, her office speak for the person named before
  ['The state’s attorney general, Maria Chen, has not taken a position. Her office said it was “reviewing the decision.”', ['partial:Maria Chen']],
  ['Olsson could not be reached. His office said he was “proud of what the team built.”', ['partial:Olsson']],
  // a name in apposition to the description opening the sentence is its subject, not the place modifying the description
  ['The Ohio secretary of state, Lyle Pruett, has not taken a position. “We are reviewing it,” he said.', ['quote:Lyle Pruett']],
  // the subject after a fronted phrase is who a pronoun in the next paragraph stands for
  ['The Bruins have lost three of four. Asked about a slump, coach Jim Montgomery shook his head.\n\n“We’re not in a slump,” he said.', ['quote:Jim Montgomery']],
  // a name after a preposition in the pronoun's own sentence is no antecedent (obtained by The Globe and Mail)
  ['Haddad joined in 2022. In a memo obtained by The Globe and Mail, she wrote: “Our strategy has not changed.”', ['quote:Haddad']],
  // a report someone cites is not theirs: only a verb of issuing makes its subject the report's source
  ['Haskins pointed to an auditor general’s report. The report described the rollout as “slow and poorly co-ordinated.”', ['partial:The report']],
  // kinship in apposition gives a one-word name a gender, and a he already resolved to a person keeps "she" off him
  ['Hector MacLellan runs the forge. “You don’t rush iron,” he says.\n\nHis daughter, Fiona, handles the bookings. She laughs at the question.\n\n“I know better,” she says.', ['quote:Hector MacLellan', 'quote:Fiona']],
  // a short phrase with no cue is a scare quote, unless it addresses someone (please, we, you, don't): then it is speech
  ['Mrs. Lena Brandt, who kept begging that they “please act now,” said, “We cannot wait.”', ['partial:Lena Brandt', 'quote:Lena Brandt']],
  ['Some saw the vote as a “turning point” for the coast, and the US economy as a “soft landing” story.', ['scare:-', 'scare:-']],
  // an owner's comments or words right before the quotation are the owner's
  ['Opposition Leader Naheed Kaur spoke first. Kaur’s comments — “a giveaway, plain and simple” — drew a sharp response.', ['partial:Naheed Kaur']],
  // a place modifying a noun after an indefinite article (a Fort McMurray welder) is no one a pronoun stands for
  ['That did not satisfy Melissa Grant, a Fort McMurray welder who lost her job. “I’ll believe it when I see it,” she said.', ['quote:Melissa Grant']],
  // the subject of an inverted sentence (Among them was Edna Moore) is who a pronoun after it stands for
  ['Police Chief Myron Demkiw said officers went door to door.\n\nResidents were bused to a community centre. Among them was Edna Moore, 91.\n\n“I’ve seen worse,” she said.', ['quote:Edna Moore']],
  // a dateline in mixed case with its date, even run into the paragraph before, names nobody
  ['The vote is Friday. Moscow, June 18 -- At a party for the visitors, Premier Ivan Dorin laughed and said, beaming: “Look, he took everything I had!”', ['quote:Ivan Dorin']],
  // a name after a preposition of place has no appositive: “In Washington, the mayor met …” does not make Washington the mayor
  ['Mayor Ted Wagner flew out Monday. In talks last week in Washington, the Mayor apparently won support.\n\nThe Mayor said: “It didn’t come from me.”', ['quote:Ted Wagner']],
];

describeSpeakerCases('attribution in wire copy', CASES);
