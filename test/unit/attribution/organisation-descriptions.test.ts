/**
 * A description of a body (the agency, the ministry, the department, the
 * health unit) stands for the organisation named last, even when the name
 * before says nothing of what it is (Hamilton Regional Public Health) or is
 * the object of "officials at". Made-up Canadian and American wire
 * sentences; every name and event is invented.
 */
import { describeSpeakerCases, type SpeakerCase } from '../helpers/speaker-cases.js';

const CASES: SpeakerCase[] = [
  ['Officials at Hamilton Regional Public Health said the clinic would open. “It is ready,” the agency said.', ['quote:Hamilton Regional Public Health']],
  ['Brantvale Public Health confirmed two cases on Monday. “The risk remains low,” the health unit said.', ['quote:Brantvale Public Health']],
  ['Kootenay Health issued an advisory on Monday. “Boil your water,” the health authority said.', ['quote:Kootenay Health']],
  ['The Ministry of Northern Roads closed the highway overnight.\n\n“Crews are on site,” the ministry said in a statement.', ['quote:Ministry of Northern Roads']],
  ['Staff at the Ohio Department of Parks reopened the trail. “Visitors should stay on marked paths,” the department said.', ['quote:Ohio Department of Parks']],
  // … while a health minister stays a person
  ['“We will hire 500 nurses,” Health Minister Ana Ruiz said.', ['quote:Ana Ruiz']],
  // … but with no body named before, the description stays as written
  ['“We are reviewing the file,” the agency said.', ['quote:the agency']],
  // … and a person named last is no agency
  ['Nurse Talia Brook works at the clinic. “It is ready,” the agency said.', ['quote:the agency']],
];

describeSpeakerCases('descriptions of a body resolved to the organisation named last', CASES);
