/**
 * Dateline detection at the start of the first body paragraph:
 * "SALVADOR, Feb 26 - ", "PORTLAND, Ore., Feb 26 - ", "NEW YORK (AP) — ",
 * "LONDON, March 3 (Reuters) - ", "WASHINGTON —", "Toronto, Feb 26 - ".
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import type { Dateline } from '../tree/types.js';
import type { DetectContext } from './context.js';
import { isAgencyName } from './source-tags.js';
import { phrasingText, spanPosition, splitPhrasing } from './text.js';

/**
 * A pattern's ASCII letters made case-insensitive one by one ("jan" → "[jJ][aA][nN]"). The
 * dateline expression cannot take the `i` flag: with `u`, `i` makes V8 close every `\p{L}` class
 * over case, which cost 4 to 6 ms the first time it ran and 2.5 ms a run until it was compiled
 * to machine code, most of the time a one-file conversion spends detecting.
 */
function anyCase(source: string): string {
  return source.replace(/[a-z]/g, (letter) => `[${letter}${letter.toUpperCase()}]`);
}

const month = anyCase(
  '(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sept?(?:ember|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)',
);
const weekday = anyCase('(?:mon|tues|wednes|thurs|fri|satur|sun)day');
const ordinal = anyCase('(?:st|nd|rd|th)');
const date = `(?:(?:${weekday},? )?(?:${month} {1,2}\\d{1,2}${ordinal}?(?:,? \\d{4})?|\\d{1,2} ${month}(?:,? \\d{4})?)|${weekday})`;
// Under the old `iu` flags a capital class matched either case; the place's case is checked in
// code, so these classes take any letter that has case. Combining marks (\p{M}) belong to the
// letter before them: "MÜNCHEN" pasted from macOS is often "MU" + U+0308 + "NCHEN".
const capital = '[\\p{Lu}\\p{Ll}\\p{Lt}]';
const placeWord = `${capital}[\\p{L}\\p{M}'’.}/\\-]*`;
const place = `${placeWord}(?: (?:[\\p{L}][\\p{L}\\p{M}'’.\\-]*)){0,3}`;
const region = `${capital}[\\p{L}\\p{M}.\\-]*(?: ${capital}[\\p{L}\\p{M}.\\-]*){0,2}`;
const agency = "[\\p{L}][\\p{L} .&/,'-]{0,40}?";
// A press-release wire between slashes: "/PRNewswire/", "/PRNewswire-FirstCall/", "/CNW/".
const wire = "[\\p{L}][\\p{L}\\d .&'-]{0,40}?";

/**
 * One anchored expression, bounded everywhere ({0,4}, {0,40}) so it cannot backtrack far.
 * Month names match in any case ("FEB 26", "feb 26"); the place's case is checked in code.
 * Press releases name their wire where a story names its agency: "NEW YORK, March 3, 2026
 * /PRNewswire/ --", "TORONTO /CNW/ -", or Business Wire's "SEATTLE--(BUSINESS WIRE)--Acme", whose
 * dashes touch the words on both sides (`gluedWire`).
 *
 * Wire copy types the joints between the parts loosely, and each slip below occurs in the Reuters
 * corpus: a stray full stop after the region's comma ("Hauppauge, N.Y,. March 13 -"), a dash
 * between region and date ("CHEVY CHASE, Md., - March 4 -"), no comma after an abbreviated region
 * ("ANGLETON, Tex. March 3 -", `dateLead` is then a bare space, accepted only after a region), a
 * comma after the date ("CHICAGO, March 4, -"), the agency after the date without parentheses
 * ("WASHINGTON, March 12, Reuter -", `bareAgency`, checked against the known agencies) and a dash
 * touching the next word ("TOKYO, March 5 -President", `gluedDash`, accepted only after a date or
 * an agency).
 */
/**
 * The common shapes alone (what `pattern` matches without its loose joints): tried first, because
 * compiling `pattern` the first time costs a one-article run about 5 ms, and most first
 * paragraphs are either a well-typed dateline or none (see `mayBeLoose`).
 */
const commonPattern = new RegExp(
  `^(?<place>${place}) ?(?:, ?(?<region>${region}))??(?:, ?(?<date>${date}))?(?: ?\\((?<agency>${agency})\\))?(?<separator> {0,3}--?(?= |$)| :(?= )|(?: {0,3}[–—―] ?)|$)`,
  'u',
);

/**
 * Whether a text that the common pattern refused may hold a loosely typed dateline: one of the
 * joints only `pattern` reads (", Reuter -", a dash glued to the next word, ", - ", ",. ", a
 * region's stop before the date, "/PRNewswire/", "--(BUSINESS WIRE)--", a comma before the
 * dash) near its start. ASCII only, so it costs no Unicode pattern.
 */
function mayBeLoose(text: string): boolean {
  // What `/^[^\n]{0,80}?(?:, [A-Za-z]+ -| -[A-Za-z]|, - |,\. |\.,|\. [A-Z]|\/|--\(|, -)/` finds in
  // the first 120 characters, read by hand: asked of nearly every article's first paragraphs,
  // the expression tried nine alternatives at each of 80 places (0.4 µs a call, as long as the
  // common pattern itself).
  const length = Math.min(text.length, 120);
  for (let index = 0; index <= 80 && index < length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10) return false;
    if (looseJointAt(text, index, code, length)) return true;
  }
  return false;
}

/** Whether one of `mayBeLoose`'s joints starts at `index` (which holds `code`), read up to `length`. */
function looseJointAt(text: string, index: number, code: number, length: number): boolean {
  // "/PRNewswire/".
  if (code === 47) return true;
  const next = index + 1 < length ? text.charCodeAt(index + 1) : -1;
  const third = index + 2 < length ? text.charCodeAt(index + 2) : -1;
  // ", - ", ", -", ",. ", and ", Reuter -".
  if (code === 44) {
    if (next === 46) return third === 32;
    if (next !== 32) return false;
    if (third === 45) return true;
    let end = index + 2;
    while (end < length && isAsciiLetterCode(text.charCodeAt(end))) end++;
    return end > index + 2 && end + 1 < length && text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 45;
  }
  // " -President".
  if (code === 32) return next === 45 && isAsciiLetterCode(third);
  // ".,", ". March" (a region's stop before the date).
  if (code === 46) return next === 44 || (next === 32 && third >= 65 && third <= 90);
  // "--(BUSINESS WIRE)".
  return code === 45 && next === 45 && third === 40;
}

function isAsciiLetterCode(code: number): boolean {
  const folded = code | 32;
  return folded >= 97 && folded <= 122;
}

const pattern = new RegExp(
  `^(?<place>${place}) ?(?:, ?(?<region>${region}))??(?:(?<dateLead>,\\.? ?|, - |(?<=\\.) )(?<date>${date})(?:,(?= -)|, (?<bareAgency>\\p{L}[\\p{L}-]{0,19}))?)?(?:--\\((?<gluedWire>${agency})\\)(?<gluedSeparator>--)|(?: ?\\((?<agency>${agency})\\)| \\/(?<wire>${wire})\\/)?(?<separator> {0,3}--?(?= |$)| :(?= )|(?: {0,3}[–—―] ?)|(?<gluedDash> {1,3}-(?=\\p{Lu}))|$))`,
  'u',
);

/**
 * A dateline whose month is misspelt, as wire copy sometimes has it ("NEW YORK, Narch 2 -",
 * "ALBANY, N.Y., Marc 3 -"): the common shape only, an upper-case place, a region maybe, a
 * capitalised word, a day and a dash. Tried only when `pattern` finds nothing.
 */
const misspeltPattern = new RegExp(
  `^(?<place>${place})(?:, ?(?<region>${region}))??, (?<month>\\p{Lu}\\p{Ll}{3,9}) (?<day>\\d{1,2}) -(?= |$)`,
  'u',
);

/** Month names long enough that one slip of the keys leaves them recognisable. */
const longMonths = ['january', 'february', 'march', 'april', 'august', 'september', 'october', 'november', 'december'];

/**
 * English words one edit from a long month name: "WIMBLEDON, Match 3 - …" numbers a match, not a
 * day in March. "Mach" stays a typo: "RENO, Nev., Mach 4 -" is in the corpus, and a Mach number
 * after a place and a comma is no English.
 */
const monthLookalikes = new Set(['arch', 'aril', 'augusta', 'larch', 'marsh', 'match', 'parch']);

/**
 * Whether two words are one edit apart: one letter added, dropped, changed, or two neighbours
 * swapped ("Narch", "Marc", "Mrach" for "March").
 */
function isOneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let index = 0;
  while (index < a.length && index < b.length && a[index] === b[index]) index++;
  if (a.length === b.length) {
    if (a.slice(index + 1) === b.slice(index + 1)) return true;
    return a[index] === b[index + 1] && a[index + 1] === b[index] && a.slice(index + 2) === b.slice(index + 2);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(index + 1) === shorter.slice(index);
}

/**
 * Read a dateline with a misspelt month. The shape is narrow on purpose: an upper-case place with
 * no headline words, a word one edit from a month name of five letters or more (short names and
 * abbreviations have too many neighbours: "Day", "May"; "Jane", "June"), a day from 1 to 31 and a
 * spaced dash. An upper-case place and a dash are a dateline already; the misspelt date only
 * stands between them.
 */
function parseMisspeltDateline(text: string): ParsedDateline | undefined {
  // Asked of every block that is no dateline: the shape needs ", " before a spaced dash near the
  // start, and testing for both first spares the pattern (and its first compilation, a few ms of
  // a one-article run) almost every time.
  // Only the first 92 characters can hold them: a search of the whole paragraph read all of it.
  const start = text.length > 92 ? text.slice(0, 92) : text;
  const dash = start.indexOf(' -');
  const comma = start.indexOf(', ');
  if (dash < 0 || dash > 90 || comma < 0 || comma > dash) return undefined;
  const match = misspeltPattern.exec(text);
  const groups = match?.groups;
  if (!match || !groups) return undefined;
  const placeText = groups['place'] ?? '';
  const month = groups['month'] ?? '';
  const day = Number(groups['day']);
  if (!isPlaceInCapitals(placeText)) return undefined;
  if (day < 1 || day > 31 || monthLookalikes.has(month.toLowerCase())) return undefined;
  if (!longMonths.some((name) => isOneEditApart(month.toLowerCase(), name))) return undefined;
  return {
    length: match[0].length,
    place: placeText,
    region: groups['region'] ?? null,
    date: `${month} ${groups['day']}`,
    agency: null,
  };
}

/**
 * Two slips the patterns above do not read, each in the Reuters corpus: asterisks before the
 * place ("****SANTO DOMINGO, March 4 -", a wire's priority mark, kept in the dateline's text but
 * not in its place) and no comma between an upper-case place and a date in title case
 * ("JOHANNESBURG March 13 -"; a headline in capitals has its month in capitals too: "OPEC MEETS
 * MARCH 3 -" stays none). Asked only of blocks that are no dateline otherwise.
 */
function parseSlippedDateline(text: string): ParsedDateline | undefined {
  let stars = 0;
  while (stars < 8 && text.charCodeAt(stars) === 42) stars++;
  if (stars > 0) {
    const inner = stars < text.length ? readDateline(text.slice(stars)) : undefined;
    if (inner === undefined || inner.place !== inner.place.toUpperCase()) return undefined;
    return { ...inner, length: inner.length + stars };
  }
  const dash = text.indexOf(' -');
  if (dash < 6 || dash > 60 || !/\d/.test(text.charAt(dash - 1))) return undefined;
  const match = commaLessPattern.exec(text);
  const groups = match?.groups;
  if (!match || !groups) return undefined;
  const placeText = groups['place'] ?? '';
  if (!isPlaceInCapitals(placeText)) return undefined;
  const day = Number(groups['day']);
  if (day < 1 || day > 31) return undefined;
  return {
    length: match[0].length,
    place: placeText,
    region: null,
    date: `${groups['month']} ${groups['day']}`,
    agency: null,
  };
}

/**
 * A dateline with no place: "Nov 20 (Reuters) -", "(AP) —", as wires write stories filed from no
 * one city (company results, markets). Only a known agency makes one ("(Updated) -" is none);
 * the place is then empty.
 */
function parsePlacelessDateline(text: string): ParsedDateline | undefined {
  const open = text.indexOf('(');
  if (open < 0 || open > 20) return undefined;
  const match = placelessPattern.exec(text);
  const agencyText = match?.groups?.['agency']?.trim();
  if (!match || agencyText === undefined || !isAgencyName(agencyText)) return undefined;
  return {
    length: match[0].trimEnd().length,
    place: '',
    region: null,
    date: match.groups?.['date'] ?? null,
    agency: agencyText,
  };
}

/** `parsePlacelessDateline`'s shape: an optional date, the agency in brackets, a dash. */
const placelessPattern = new RegExp(
  `^(?:(?<date>${date}) )?\\((?<agency>${agency})\\)(?: {0,3}--?(?= |$)| {0,3}[–—―] ?)`,
  'u',
);

/**
 * Whether a place read without a comma or a month to vouch for it is one: in capitals (two at
 * least), with no word a headline has and no Reuters slug ("U.S. SAYS", "CORRECTED").
 */
function isPlaceInCapitals(place: string): boolean {
  if (place !== place.toUpperCase() || !/\p{Lu}{2}/u.test(place)) return false;
  return !hasNonPlaceWord(place) && !slugs.has(place.toLowerCase());
}

/** `parseSlippedDateline`'s place in capitals, a date in title case, a day and a spaced dash. */
const commaLessPattern =
  /^(?<place>\p{Lu}[\p{Lu}\p{M}'’.-]*(?: \p{Lu}[\p{Lu}\p{M}'’.-]*){0,3}) (?<month>(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August|September|October|November|December) (?<day>\d{1,2}) -(?= |$)/u;

/**
 * Words no place name has, in any case: verbs (above all the headline's "SAYS") and function
 * words. An upper-case line with a dash and no date or agency is taken for a dateline on its
 * shape alone, so "U.S. SAYS NO - The talks stalled" read as the place "U.S. SAYS NO". Words
 * that do occur in place names stay out of the list: "OF" (PORT OF SPAIN), "THE" (THE HAGUE),
 * "AND" (TRINIDAD AND TOBAGO), "DE"/"DO"/"AM"/"AN" (RIO DE JANEIRO, RIO DO SUL, FRANKFURT AM
 * MAIN, HALLE AN DER SAALE), "UPON"/"ON" (STRATFORD UPON AVON), "A" (A CORUÑA), "AS"/"AT"
 * (Arabic articles: AS SAMAWAH), "FALLS" (NIAGARA FALLS).
 */
const nonPlaceWords = new Set(
  `
  says said say adds added tells told warns warned urges urged asks asked denies denied agrees agreed plans
  wants seeks sees expects rejects vows calls backs wins loses cuts raises hits gets gives takes
  makes is isn't are aren't was wasn't were be been being has have had will won't would can can't
  could should must shall does doesn't did didn't
  no not to for with than that this these those it it's its he she they we you i who what why how
  if but from into over after against amid despite about
`
    .trim()
    .split(/\s+/),
);

/**
 * Reuters slugs that open a headline or a line in capitals followed by a dash ("CORRECTED - GM
 * SEES RISE", "NOTE - Net is after tax", "REFILE-"): labels, never places.
 */
const slugs = new Set([
  'analysis',
  'corrected',
  'correction',
  'economic spotlight',
  'exclusive',
  'factbox',
  'note',
  'refile',
  'update',
  'wrapup',
  'wrap-up',
]);

/** Whether a place has a word no place name has ("U.S. SAYS NO"); a final full stop is not part of a word. */
function hasNonPlaceWord(place: string): boolean {
  for (const word of place.toLowerCase().replace(/’/g, "'").split(' ')) {
    if (nonPlaceWords.has(word.endsWith('.') ? word.slice(0, -1) : word)) return true;
  }
  return false;
}

/**
 * Whether a credit in lower case names known agencies: "dpa", "afp", or a joint credit led by
 * one ("dpa-AFX", dpa's financial wire; "afp/dpa").
 */
function isLowerCaseAgency(name: string): boolean {
  const parts = name.split(/[-/]/);
  return (
    isAgencyName(parts[0] ?? '') &&
    parts.every((part, index) => index === 0 || isAgencyName(part) || /^\p{Lu}/u.test(part))
  );
}

/** A parsed dateline. */
export interface ParsedDateline {
  /** Length of the dateline text including its separator, excluding the following space. */
  length: number;
  place: string;
  region: string | null;
  date: string | null;
  agency: string | null;
}

/**
 * Parse a dateline at the start of a text.
 *
 * @param text A paragraph's text.
 * @returns The dateline, or undefined when the text does not start with one.
 */
export function parseDateline(text: string): ParsedDateline | undefined {
  if (text !== lastRead.text) {
    lastRead.text = text;
    lastRead.parsed = readDateline(text);
  }
  return lastRead.parsed;
}

/**
 * The text `parseDateline` read last and what it found. The same paragraph is asked about twice
 * in most articles (`isDeck` asks of the block below the headline, then `detectDateline` of the
 * same block as the lead), and a paragraph that is no dateline costs the common pattern, the
 * loose test and the misspelt one (about 1 µs). Results are never changed by the callers.
 */
const lastRead: { text: string | undefined; parsed: ParsedDateline | undefined } = {
  text: undefined,
  parsed: undefined,
};

function readDateline(text: string): ParsedDateline | undefined {
  const match = commonPattern.exec(text) ?? (mayBeLoose(text) ? pattern.exec(text) : null);
  const groups = match?.groups;
  if (!match || !groups)
    return parseMisspeltDateline(text) ?? parseSlippedDateline(text) ?? parsePlacelessDateline(text);
  const placeText = groups['place'] ?? '';
  const dateText = groups['date'] ?? null;
  const bareAgency = groups['bareAgency'];
  const agencyText = groups['agency'] ?? groups['wire'] ?? groups['gluedWire'] ?? bareAgency ?? null;
  const separator = groups['separator'] ?? groups['gluedSeparator'] ?? '';
  const shouting = placeText === placeText.toUpperCase() && /\p{Lu}{2}/u.test(placeText);
  // Without a date or an agency only an upper-case place and a dash make a dateline; otherwise
  // "Ukraine - a country …" or "Shares: …" would be taken for one. A wire headline in capitals
  // has that shape too ("U.S. SAYS NO - …"): its verbs and function words give it away, and a
  // Reuters slug ("CORRECTED - …", "ECONOMIC SPOTLIGHT - …") is no place.
  if (
    !dateText &&
    !agencyText &&
    (!shouting || /:/.test(separator) || hasNonPlaceWord(placeText) || slugs.has(placeText.trim().toLowerCase()))
  ) {
    return undefined;
  }
  // The loosely typed joints (see `pattern`) are taken only where the rest of the shape vouches
  // for a dateline: a date with no comma before it only after an abbreviated region ("Tex. March
  // 3", never "OPEC MEETS MARCH 3"), an agency without parentheses only when it is a known one
  // ("March 12, Reuter", not "March 12, Sunday"), a dash touching a word only after a date or an
  // agency ("March 5 -President", not "U.S.-JAPAN").
  if (groups['dateLead'] === ' ' && !groups['region']) return undefined;
  if (bareAgency && !isAgencyName(bareAgency)) return undefined;
  if (groups['gluedDash'] && !dateText && !agencyText) return undefined;
  if (!shouting && !/^\p{Lu}/u.test(placeText)) return undefined;
  // A date or agency with no separator is only a dateline when it stands alone.
  if (separator === '' && match[0].length !== text.length) return undefined;
  if (separator === '' && !dateText && !agencyText) return undefined;
  // A lower-case parenthesis is an aside ("PARIS (the mayor) -"), except for an agency that
  // writes its name in lower case: dpa does ("FRANKFURT, Jan 5 (dpa) -"), and some desks write afp.
  if (agencyText && !/^\p{Lu}/u.test(agencyText) && !isLowerCaseAgency(agencyText.trim())) return undefined;
  const length = match[0].trimEnd().length;
  return {
    length,
    place: placeText.trim(),
    region: groups['region']?.trim() ?? null,
    date: dateText,
    agency: agencyText?.trim() ?? null,
  };
}

/**
 * Find a dateline at the start of a paragraph and make it phrasing at the start of that
 * paragraph. A paragraph that is nothing but a dateline stays a paragraph holding only the
 * dateline: wire copy puts the dateline on its own line before tables, and counts that line
 * as a paragraph.
 *
 * @param node The first body paragraph.
 * @param context The detection context.
 * @returns The replacement paragraph, or undefined when there is no dateline.
 */
export function detectDateline(node: Paragraph, context: DetectContext): Paragraph | undefined {
  const text = phrasingText(node.children);
  const parsed = parseDateline(text);
  if (!parsed) return undefined;
  const [inside, after] = splitPhrasing(node.children, parsed.length, context);
  const dateline = createDateline(parsed, inside);
  const children = [dateline, ...after];
  // Built with its position in the literal, like the reader's paragraphs: a `position` added
  // afterwards gave this paragraph a map of its own, and the phrasing pass, which had met only
  // the reader's paragraphs, deoptimised on it ("wrong map").
  return node.position ? { type: 'paragraph', children, position: node.position } : { type: 'paragraph', children };
}

function createDateline(parsed: ParsedDateline, children: PhrasingContent[]): Dateline {
  const node: Dateline = {
    type: 'dateline',
    place: parsed.place,
    date: parsed.date,
    agency: parsed.agency,
    children,
  };
  if (parsed.region) node.region = parsed.region;
  const position = spanPosition(children);
  if (position) node.position = position;
  return node;
}
