/**
 * Calendar words, lower case: several detectors and lint rules must not take them for names or
 * counted things ("By Wednesday, …", "on March 3").
 */

/** Days of the week. */
export const weekdayNames: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** Month names in full, without "may", which is also a word and a first name. */
export const monthNamesButMay: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Month abbreviations as wire copy writes them ("Feb 26", "Sept 3"), with "may". */
export const monthAbbreviations: readonly string[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];
