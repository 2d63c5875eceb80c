/**
 * Data for sentence splitting: which words before a period are abbreviations,
 * and which words make it likely that a new sentence starts after one.
 *
 * Entries are matched exactly (case-sensitive), so `Gen.` is a title but
 * "the next gen." is not. Add entries here, not code.
 */

/**
 * Abbreviations that never end a sentence: a period after them is never a
 * boundary (titles before a name, "vs.", "cf.").
 */
export const NEVER_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Civil and religious titles
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mmes', 'Dr', 'Prof', 'Rev', 'Hon', 'Fr', 'Pres', 'Supt',
  // Political titles (AP style)
  'Gov', 'Sen', 'Rep', 'Atty', 'Gen', 'Amb', 'Sec',
  // Military and police ranks
  'Lt', 'Col', 'Sgt', 'Capt', 'Maj', 'Adm', 'Cmdr', 'Brig', 'Cpl', 'Pvt', 'Det', 'Insp', 'Cmdt',
  // Police constables and councillors as Canadian papers abbreviate them (Const. Ana Ruiz, Coun. Ana Ruiz)
  'Const', 'Cst', 'Coun', 'Ald',
  // Places before a name
  'St', 'Mt', 'Ft', 'Pt',
  // Latin and other connectives
  'vs', 'v', 'cf', 'approx', 'ca', 'viz',
]);

/**
 * Abbreviations that do not end a sentence when a number follows
 * ("No. 10", "Fig. 3", "pp. 12–14"); otherwise the period may end one ("No.").
 */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'No', 'Nos', 'no', 'nos', 'Art', 'art', 'Fig', 'fig', 'Figs', 'Vol', 'vol', 'p', 'pp', 'Ch', 'ch', 'Para', 'para',
]);

/**
 * Abbreviations that may end a sentence ("… said Martin Luther King Jr. The
 * crowd …"): the period is a boundary only if a common sentence starter
 * follows. Dotted acronyms (U.S., e.g., a.m.) and single-letter initials
 * (George W. Bush) are treated the same way without being listed.
 */
export const SOFT_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Name suffixes
  'Jr', 'Sr', 'Esq',
  // Company forms
  'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'Plc', 'Cos',
  // Months as AP abbreviates them before a day ("Oct. 12")
  'Jan', 'Feb', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec',
  // Lists and citations
  'etc', 'al',
]);

/**
 * Words that commonly start a sentence: after an abbreviation that may end a
 * sentence, one of these makes the period a boundary.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  // Articles and determiners
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Some', 'Many', 'Most', 'All', 'No', 'Each', 'Every', 'Both',
  'Such', 'Another', 'Other', 'Few', 'Several', 'Any',
  // Pronouns and possessives
  'I', 'He', 'She', 'It', 'We', 'They', 'You', 'His', 'Her', 'Its', 'Our', 'Their', 'My', 'Your', 'One', 'There',
  'Here', 'Nobody', 'None', 'Everyone', 'Someone',
  // Conjunctions and sentence adverbs
  'But', 'And', 'Or', 'So', 'Yet', 'Nor', 'However', 'Still', 'Then', 'Now', 'Also', 'Meanwhile', 'Instead',
  'Indeed', 'Later', 'Earlier', 'Today', 'Yesterday', 'Tomorrow', 'Last', 'Next', 'Thus', 'Hence', 'Moreover',
  'Nevertheless', 'Nonetheless', 'Otherwise', 'Overall', 'Finally', 'First', 'Second', 'Third', 'Even', 'Only',
  'Officials', 'Critics', 'Asked', 'According',
  // Subordinators and prepositions
  'In', 'On', 'At', 'For', 'From', 'With', 'Without', 'By', 'To', 'Of', 'As', 'After', 'Before', 'Since', 'Until',
  'During', 'Under', 'Over', 'Despite', 'Although', 'Though', 'While', 'When', 'Where', 'If', 'Unless', 'Because',
  'Once', 'About', 'Among', 'Between', 'Against',
  // Question words and verbs that open sentences
  'What', 'Who', 'Why', 'How', 'Which', 'Whether', 'Is', 'Are', 'Was', 'Were', 'Do', 'Does', 'Did', 'Has', 'Have',
  'Had', 'Can', 'Could', 'Will', 'Would', 'Should', 'May', 'Might', 'Must', 'Let', 'Please',
]);
