/**
 * Who said it in older feature writing: a person called by an epithet
 * before the surname or by the first name alone, and a subhead whose line
 * break was lost, run into the paragraph before its subject. Made-up
 * sentences; every name and event is invented.
 */
import { describeSpeakerCases, type SpeakerCase } from '../helpers/speaker-cases.js';

const CASES: SpeakerCase[] = [
  // words that describe a person before a surname stand for the full name given before
  ['General Ida Varga took command in May. Said Veteran Varga: “We will hold the line.”', ['quote:Ida Varga']],
  // … and a first name alone, after a full name with such words before it
  ['The network interviewed Oscar-winning Director Lena Morrow in Paris. Then Lena gave her verdict: “The film is finished.”', ['quote:Lena Morrow']],
  // a familiar form of the first name stands for the full name too
  ['Crooner Tom Vance flew in on Monday. Tommy was in high spirits, as he told reporters: “The show will be the best yet.”', ['quote:Tom Vance']],
  // an aside after a description (in a prepared statement, reached at his home) does not hide its head
  ['Gov. Alma Reyes cancelled her trip.\n\nThe governor, in a prepared statement, declared: “The state will not yield.”', ['quote:Alma Reyes']],
  // a subhead run into the paragraph does not hide the subject after it
  ['“Costs will rise,” Dunmore said.\n\nGrim outlook Treasurer Carl Ostby told the council the city was short of money.\n\n“We cannot pay for the bridge,” he said.', ['quote:Dunmore', 'quote:Carl Ostby']],
  // … but words with a verb of their own before a name are no subhead: the name is their object
  ['“Costs will rise,” Dunmore said.\n\nCrowds cheered Mayor Ana Ruiz at the rally.\n\n“We did it,” he said.', ['quote:Dunmore', 'quote:Dunmore']],
  // a subhead set in quotation marks and run into the paragraph: the quotation after it still opens its sentence
  ["Mayor Ines Roth opened the meeting.\n\nThe roads would come first, she said.\n\n' roads first ' “Nothing matters more than the roads this year.”", ['scare:-', 'quote:Ines Roth']],
];

describeSpeakerCases('attribution in feature writing', CASES);
