/**
 * Who said it when the attribution is not the plain “…,” X said: a press
 * release, an email or a social media post, a headline or dek, a relative
 * clause between the speaker and the verb, a colon after a sentence naming
 * the speaker, and a speaker named only after the quotation (in the next
 * sentence or the next paragraph). Made-up Canadian and American wire
 * sentences; every name and event is invented.
 */
import { describeSpeakerCases, type SpeakerCase } from '../helpers/speaker-cases.js';

const CASES: SpeakerCase[] = [
  // a release, an email, a post: the medium after the verb is no speaker
  ['Harlow Foods chief executive Dina Marsh is quoted in the release saying, “We are proud to bring these jobs to Sudbury.”', ['quote:Dina Marsh']],
  ['“The new line will open in the spring,” Kestrel Rail said in a release on Tuesday.', ['quote:Kestrel Rail']],
  ['“We have paused all shipments,” the company said in a news release.', ['quote:the company']],
  ['“I have never seen water this high,” Mayor Ines Barlow wrote in an email.', ['quote:Ines Barlow']],
  ['Councillor Ruth Abbey voted against the budget.\n\n“This plan leaves renters behind,” she wrote in an email to CBC News.', ['quote:Ruth Abbey']],
  ['“We are heartbroken,” Dale Fenwick told CBC News on Sunday.', ['quote:Dale Fenwick']],
  ['“We will not back down,” Premier Colm Vidal said in a social media post.', ['quote:Colm Vidal']],
  ['“Our doors stay open,” the Hearth Shelter Society said in a statement posted to Facebook.', ['quote:Hearth Shelter Society']],
  // a headline or dek that ends with the source
  ['‘We are out of beds,’ says shelter director Nadia Perrin', ['quote:Nadia Perrin']],
  ['“No one should sleep outside in January,” says shelter director Nadia Perrin', ['quote:Nadia Perrin']],
  // … or describes the source, whom the story's first paragraph then names
  ['“We are out of beds,” says Regina shelter director\n\nThe head of the city’s largest shelter, Nadia Perrin, says demand has doubled since spring.', ['quote:Nadia Perrin']],
  ['Mayor says new budget ‘protects services’\n\nMayor Ken Sorensen defended the budget on Tuesday.', ['partial:Ken Sorensen']],
  ['‘Out of beds’: Regina shelter director Nadia Perrin sounds alarm\n\nDemand has doubled since spring.', ['partial:Nadia Perrin']],
  // … but a sentence with a period is no headline, and a place before a verb's object is no speaker
  ['“The roads are closed,” said Regina police.\n\nOfficer Dana Kirk was at the scene.', ['quote:Regina police']],
  ['“The roads are closed,” said Okafor last week.', ['quote:Okafor']],
  // a relative clause between the speaker and the verb
  ['Owen Talbot, who has run the hardware store for 30 years, said, “I have never seen a winter like this.”', ['quote:Owen Talbot']],
  ['“It was chaos,” said Priya Venn, who was on the platform when the train stopped.', ['quote:Priya Venn']],
  ['Greta Solberg, who chairs the library board, said the cuts were “short-sighted.”', ['partial:Greta Solberg']],
  // “said X, adding …”: the quotation after “adding” is X’s too
  ['The strike could last weeks, said union president Lou Garand, adding, “We are ready for a long fight.”', ['quote:Lou Garand']],
  ['Flights will resume Friday, said airport spokesperson Mia Tran, adding that crews were “working around the clock.”', ['partial:Mia Tran']],
  ['“We did everything we could,” said coach Lars Virta after the game, adding that the team “ran out of time.”', ['quote:Lars Virta', 'partial:Lars Virta']],
  // a body whose name holds a plural possessive; a title's period after "according to"
  ['In a statement, the Prairie Nurses’ Association said the offer “falls far short.”', ['partial:Prairie Nurses’ Association']],
  ['“The data are clear,” according to Dr. Hana Weiss, a climatologist at Lakehead University.', ['quote:Hana Weiss']],
  // an appositive with a preposition of its own between the speaker and the verb
  ['Green Leader Ada Moss, speaking in Brandon on Friday, said the tax was “a shell game.”', ['partial:Ada Moss']],
  // an office's possessive inside a body's name
  ['The Premier’s Office said in a statement that the premier “condemns the attack.”', ['partial:Premier’s Office']],
  // a surname that is also a title (King, Major) stands for the full name given before
  ['“We have waited for years,” said Chief Walter King of the Pine Lake First Nation.\n\nKing said the community “will finally have clean water.”', ['quote:Walter King', 'partial:Walter King']],
  // a person named right after an owner's lawyer or spokesperson speaks, not the owner
  ['“You cannot make this up,” Brandt’s lawyer Paul Ostrowski said.', ['quote:Paul Ostrowski']],
  // an owner's office speaks for its owner
  ['Asked about the audit, Premier Noel Baptiste’s office said the government “welcomes scrutiny.”', ['partial:Noel Baptiste']],
  // a description after "according to" gives way to the named subject of a reporting verb
  ['According to court documents, Ravi Dhillon told police he “panicked.”', ['partial:Ravi Dhillon']],
  // a colon after a sentence that names the speaker
  ['Fire Chief Arne Dahl had a simple message for residents: “Leave now, and do not come back until we say so.”', ['quote:Arne Dahl']],
  ['Coach Tilly Monroe put it bluntly after the loss: “We did not deserve to win.”', ['quote:Tilly Monroe']],
  ['Defence lawyer Sam Okoro made his case to the jury. He closed with a question: “Where is the evidence?”', ['quote:Sam Okoro']],
  // the speaker named only after the quotation: in the next sentence, or in the next paragraph
  ['“We lost everything in an hour.” That was how Leah Brandt described the fire.', ['quote:Leah Brandt']],
  ['“We lost everything in an hour.”\n\nThat is how Leah Brandt, a farmer near Lanigan, described the grass fire that swept through her land.', ['quote:Leah Brandt']],
  ['“Nobody told us the road would close.”\n\nThose were the words of Carlos Ibarra, who drives a school bus in the township.', ['quote:Carlos Ibarra']],
  ['“One in two Canadians will get cancer.”\n\nThat’s according to the Canadian Cancer Society, which released its annual report Tuesday.', ['quote:Canadian Cancer Society']],
  // … but a sentence that only opens the same way names nobody
  ['“We will win.” That was before the Regina game, when hopes were high.', ['quote:-']],
  // an attribution split across a paragraph break
  ['“The ice came in faster than anyone expected,” said\n\nharbour master Ewan Fitch.', ['quote:Ewan Fitch']],
  ['Kara Young, the school board chair, did not mince words.\n\n“This budget is a disgrace.”', ['quote:Kara Young']],
  // a quotation run on through a paragraph break keeps its speaker, and the next paragraph’s pronoun takes them too
  ['“We will keep the clinic open,” said Dr. Hana Oyelaran.\n\n“We have the staff, and we have the will,” she added.', ['quote:Hana Oyelaran', 'quote:Hana Oyelaran']],
  // a quoted term used as a modifier is no speech
  ['The province calls it a “made-in-Manitoba” solution, but critics disagree.', ['scare:-']],
];

describeSpeakerCases('attribution in releases, emails, headlines and split attributions', CASES);
