/** English month names, lower case, January first: `MONTH_NAMES.indexOf(word) + 1` is the month number. */
export const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
