/**
 * Source texts for the sources tests, written for them (fictional).
 */
export const PRESS_RELEASE = [
  'HARBOUR AUTHORITY STATEMENT',
  '',
  'The harbour authority will open the northern quay to cargo traffic on Monday, its director, Mara Ellison, said in a statement.',
  '"We have worked through the winter to make the quay safe, and we will not reopen it until every inspection is complete," Ellison said.',
  'The authority said it would use all the resources in its possession to keep the port running without delay during the repairs.',
  'Ellison added that the fishermen would keep their moorings on the southern side of the basin.',
  "\"It's the port's busiest season and we can't afford to lose a single week,\" she said.",
].join('\n');

export const INTERVIEW = [
  '# Interview with the mayor',
  '',
  'Q: What happens to the old market hall?',
  '',
  'A: The council has *no intention* of selling the market hall. It belongs to the people of this town, and it will stay that way as long as I am mayor.',
  '',
  'Q: And the budget?',
  '',
  'A: We will publish the full budget in March, with every line of spending explained, so that nobody can say the figures were hidden from them.',
].join('\n');

/** An unrelated text: sentences from it are "fabricated" quotes for the sources above. */
export const UNRELATED =
  'The expedition reached the glacier after nine days of climbing through fresh snow. Its leader said the weather had been kinder than anyone expected in the first week.';
