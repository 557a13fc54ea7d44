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

/** English weekday names, lower case, Sunday first: the index is `Date.prototype.getUTCDay()`. */
export const WEEKDAY_NAMES: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
