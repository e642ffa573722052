/**
 * Byline detection: "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe, Political Editor",
 * "By Palestine Chronicle Staff", "By The Associated Press", "Written by Jane Doe", a draft's
 * "by jane doe", and a name with a journalist's title and no "By" ("Jane Doe Transport
 * correspondent").
 */
import type { Paragraph } from 'mdast';
import type { Byline } from '../tree/types.js';
import { monthNamesButMay, weekdayNames } from './calendar.js';
import { isAgencyName } from './source-tags.js';
import { phrasingText } from './text.js';

const lead = /^(?:by|written by|words by|story by|reported by)\s+(?=\S)/i;

/** Longest text read as a byline: names (≤ 120 characters), a title, a date after a bar. */
const maxBylineLength = 300;

/** Words that make a comma-separated byline part a job title rather than a name. */
const titleWords =
  /\b(?:editors?|correspondents?|reporters?|writers?|columnists?|analysts?|producers?|contributors?|journalists?|chief|bureau|in|for|at|senior|special|contributing)\b/i;

/** Newsroom desks, which come before a title: "Political Editor", "Transport Correspondent". */
const desks = new Set(
  `political business economics economic transport health technology science environment education
  sports sport diplomatic security legal arts culture media foreign home defence defense royal
  investigations investigative world europe africa asia americas china us energy climate crime
  consumer personal finance property travel food music film entertainment social religious`.split(/\s+/),
);

/** Words that show "By …" starts a sentence, not a byline ("By Wednesday, …", "By 2030 …"). */
const notNames = new Set([
  ...weekdayNames,
  ...monthNamesButMay,
  'contrast',
  'comparison',
  'then',
  'now',
  'law',
  'far',
  'the',
  'this',
  'that',
  'these',
  'those',
  'mid',
  'late',
  'early',
  'noon',
  'midnight',
  'night',
  'dawn',
  'using',
  'taking',
  'making',
  'doing',
  'most',
  'some',
  'all',
  'default',
  'design',
  'definition',
  'nature',
  'chance',
  'way',
]);

/** Lowercase particles allowed inside names: "Ursula von der Leyen", "Ahmed bin Ali". */
const particles = new Set([
  'de',
  'da',
  'del',
  'der',
  'di',
  'du',
  'van',
  'von',
  'bin',
  'al',
  'la',
  'le',
  'of',
  'ibn',
  'y',
  'dos',
  'das',
]);

/**
 * Parse a byline's text into author names, or return undefined when it is not a byline.
 *
 * @param text The text of a block.
 * @returns The authors, or undefined.
 */
export function parseByline(text: string): string[] | undefined {
  // A byline is one short line; bounding the text first keeps the splits below linear on a
  // paragraph of megabytes (`\s+[|•·]\s+` rescans a long run of spaces from every start).
  if (text.length > maxBylineLength) return undefined;
  const match = lead.exec(text);
  if (!match) return parseTitledName(text);
  // Trailing date or outlet after a bar or a bullet: "By Jane Doe | March 3, 2024".
  let rest = (text.slice(match[0].length).split(/\s+[|•·]\s+/)[0] ?? '').trim();
  rest = rest.replace(/[.]$/, (dot) => (/\b\p{Lu}\.$/u.test(rest) ? dot : ''));
  if (rest.length === 0 || rest.length > 120 || /[!?;:]|\d/.test(rest)) return undefined;
  const first = rest.split(/[\s,]/)[0]?.toLowerCase() ?? '';
  // A capitalised "The" starts an organisation ("By The Associated Press"), not a sentence; the
  // name check below still rejects "By The time …".
  if (notNames.has(first) && !(first === 'the' && rest.startsWith('The '))) return undefined;
  // "By Jane Doe in Washington" names the place, not another author.
  rest = rest.replace(/\s+in\s+\p{Lu}[\p{L}.' -]*$/u, '');
  const parts = rest.split(/\s*,\s*/);
  const authors: string[] = [];
  // Set once an affiliation was cut from the names: the parts after it ("…, BBC News") are its.
  let affiliated = false;
  for (const [index, part] of parts.entries()) {
    if (affiliated) break;
    if (index > 0 && titleWords.test(part) && !/\band\b/.test(part)) continue;
    // "By Jane Doe, Reuters", "By Jane Doe, BBC News, Washington": the agency or outlet the author
    // writes for, and the place after it, are no other authors.
    if (index > 0 && (isAgencyName(part) || opensOutlet(part.split(/\s+/), 0))) {
      affiliated = true;
      continue;
    }
    // "and" in any case: "BY JOHN SMITH AND JANE DOE" names two authors.
    for (const name of part.split(/\s+(?:and|AND|And|&)\s+|^(?:and|AND|And)\s+/)) {
      const whole = name.trim();
      const trimmed = index === 0 ? withoutAffiliation(whole) : whole;
      if (trimmed !== whole) affiliated = true;
      if (trimmed) authors.push(trimmed);
    }
  }
  if (authors.length === 0) return undefined;
  if (authors.every(isNameLike) || authors.every(isLowerCaseName)) return authors;
  return undefined;
}

/** A journalist's title as the last word of a byline without "By": "Transport correspondent". */
const journalistTitle =
  /^(?:editors?|correspondents?|reporters?|writers?|columnists?|journalists?|producers?|contributors?)$/i;

/**
 * A byline without "By", as British web pages set it: a name and the writer's title, with or
 * without a comma, and the outlet after another ("Gwyn Topham Transport correspondent", "Jane
 * Doe, Political Editor", "Jane Doe Business reporter, BBC News"). Only a line that ends in a
 * journalist's title is one: a name alone, or with any other title, may be a label or a caption.
 *
 * @param text The text of a block (at most `maxBylineLength` characters).
 * @returns The author, or undefined.
 */
function parseTitledName(text: string): string[] | undefined {
  if (text.length > 120) return undefined;
  const line = text.trim();
  // The title is the last word, or the last before the outlet: tested first, with no split, as
  // every short block near the top (each headline) is asked.
  const comma = line.lastIndexOf(',');
  if (!endsInTitle(line) && !(comma > 0 && endsInTitle(line.slice(0, comma)))) return undefined;
  if (/[!?;:.]$|\d/.test(line)) return undefined;
  const parts = line.split(/\s*,\s*/);
  // "…, BBC News": the outlet after the title.
  if (parts.length >= 2 && isNameLike(parts[parts.length - 1] as string) && !endsInTitle(parts[parts.length - 1])) {
    parts.pop();
  }
  let name: string;
  if (parts.length === 2) {
    name = parts[0] as string;
    if ((parts[1] as string).split(/\s+/).length > 4 || !endsInTitle(parts[1])) return undefined;
  } else if (parts.length === 1) {
    const line = parts[0] as string;
    if (line.split(/\s+/).length > 7 || !endsInTitle(line)) return undefined;
    name = withoutAffiliation(line);
    if (name === line) return undefined;
  } else {
    return undefined;
  }
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4 || !isNameLike(name)) return undefined;
  // "Our Political Editor", "Financial Times reporter": no person's name.
  if (words.some((word) => notPersonWords.has(word.toLowerCase()))) return undefined;
  return [name];
}

/** Whether a text's last word is a journalist's title. */
function endsInTitle(text: string | undefined): boolean {
  if (text === undefined) return false;
  const trimmed = text.trimEnd();
  return journalistTitle.test(trimmed.slice(trimmed.lastIndexOf(' ') + 1));
}

/**
 * Words that are no part of a person's name in a byline without "By": possessives, and the
 * words of outlets' names ("Financial Times reporter").
 */
const notPersonWords = new Set([
  ...notNames,
  'our',
  'your',
  'my',
  'his',
  'her',
  'their',
  'times',
  'news',
  'online',
  'post',
  'journal',
  'press',
  'herald',
  'guardian',
  'telegraph',
  'daily',
  'weekly',
  'magazine',
  'radio',
  'tv',
  'bbc',
  'staff',
  'desk',
]);

/**
 * A name without the affiliation typed on the byline's next line, which the reader joins to it
 * with a space: "By Jane Doe" / "Business reporter, BBC News" reads "Jane Doe Business reporter",
 * and AP's "By MARIA GONZALEZ and TOM BAKER" / "Associated Press" ends in "TOM BAKER Associated
 * Press". The name ends before a job title (and the capitalised desk word before it, when two
 * name words are left) or before a trailing agency name.
 */
function withoutAffiliation(name: string): string {
  const words = name.split(/\s+/);
  let outlet = -1;
  for (let index = 2; index < words.length && outlet < 0; index++) {
    if (isAgencyName(words.slice(index).join(' ')) || opensOutlet(words, index)) outlet = index;
  }
  const title = words.findIndex((word, index) => index >= 2 && titleWords.test(word));
  // "Jane Doe BBC Sport at the Etihad Stadium": the outlet comes first, and "at" is its place's.
  if (outlet >= 0 && (title < 0 || outlet < title)) return words.slice(0, outlet).join(' ');
  if (title < 0) return name;
  // "Business reporter": a capitalised desk before a lower-case title is part of it, and a known
  // desk before a capitalised one ("Political Editor"); before "Senior Business Correspondent"
  // the title starts at its first word.
  const lowerTitle = /^\p{Ll}/u.test(words[title] as string);
  const before = words[title - 1] as string;
  const desk =
    title - 1 >= 2 && ((lowerTitle && /^\p{Lu}/u.test(before)) || desks.has(before.toLowerCase())) ? title - 1 : title;
  return words.slice(0, desk).join(' ');
}

/**
 * Outlets known by letters, which open a byline's affiliation ("BBC Sport", "CNN Business"): no
 * person's name goes on with them. Matched in capitals only, as they are written.
 */
const outletAbbreviations = new Set([
  'BBC',
  'CNN',
  'CNBC',
  'MSNBC',
  'NPR',
  'PBS',
  'ABC',
  'CBS',
  'NBC',
  'ESPN',
  'ITV',
  'STV',
  'RTÉ',
  'CBC',
  'SBS',
  'RNZ',
  'NHK',
  'DW',
  'AFP',
  'UPI',
]);

/**
 * Outlets named in words, lower case, without a leading "The" (which `opensOutlet` reads on its
 * own): "Sky News", "Bloomberg News", "Financial Times".
 */
const outletNames = new Set([
  'sky news',
  'sky sports',
  'fox news',
  'abc news',
  'cbs news',
  'nbc news',
  'bloomberg news',
  'financial times',
  'new york times',
  'washington post',
  'wall street journal',
  'los angeles times',
  'usa today',
  'al jazeera',
  'politico',
  'axios',
  'semafor',
  'huffpost',
  'buzzfeed news',
  'business insider',
  'daily mail',
  'evening standard',
  'deutsche welle',
  'euronews',
]);

/** The most words of a name in `outletNames`, counted from it so that a longer name added is read whole. */
const longestOutletName = Math.max(...[...outletNames].map((name) => name.split(' ').length));

/**
 * Whether an outlet's name starts at a word of a byline: an outlet known by letters ("BBC News",
 * "BBC Verify", "CNN"), a known name ("Sky News", "Bloomberg News"), or "The" and a capital ("The
 * Guardian", "The Observer", "The New York Times"), which no person's name goes on with. The
 * outlet's desk and place may follow ("BBC Sport at the Etihad Stadium").
 *
 * @param words The byline's words.
 * @param index Where the outlet may start.
 * @returns True when one does.
 */
function opensOutlet(words: readonly string[], index: number): boolean {
  const word = words[index] as string;
  if (outletAbbreviations.has(word)) return true;
  if ((word === 'The' || word === 'THE') && /^\p{Lu}/u.test(words[index + 1] ?? '')) return true;
  let name = '';
  for (let length = 1; length <= longestOutletName && index + length <= words.length; length++) {
    name += (length > 1 ? ' ' : '') + (words[index + length - 1] as string).toLowerCase();
    if (outletNames.has(name)) return true;
  }
  return false;
}

function isNameLike(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > 6) return false;
  for (const word of words) {
    if (particles.has(word.toLowerCase()) && word !== words[0]) continue;
    if (!/^[\p{Lu}\p{Lt}]/u.test(word)) return false;
  }
  return true;
}

/**
 * Common words that show a lower-case "by …" line is prose ("by car or train", "by the
 * numbers", "by two points"), not names typed without capitals.
 */
const proseWords = new Set([
  'a',
  'an',
  'and',
  'or',
  'nor',
  'but',
  'to',
  'for',
  'with',
  'from',
  'at',
  'on',
  'in',
  'into',
  'over',
  'under',
  'after',
  'before',
  'about',
  'than',
  'as',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'more',
  'less',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'half',
  'per',
  'cent',
  'percent',
  'points',
  'votes',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'will',
  'not',
  'no',
]);

/**
 * A name typed without capitals, as drafts written fast have it ("by jane doe"): two to four
 * lower-case words of letters, none of them a common word. Only a byline whose every name is
 * like this is read as one, so `byline-format` can ask for capitals where `byline-required`
 * would otherwise report the byline missing.
 */
function isLowerCaseName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  for (const word of words) {
    if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(word) || proseWords.has(word) || notNames.has(word)) return false;
  }
  return true;
}

/**
 * Turn a paragraph into a byline node when its text is a byline.
 *
 * @param node A paragraph near the top of the article.
 * @returns The byline node, or undefined.
 */
export function toByline(node: Paragraph): Byline | undefined {
  const authors = parseByline(phrasingText(node.children));
  if (!authors) return undefined;
  const byline: Byline = { type: 'byline', authors, children: node.children };
  if (node.position) byline.position = node.position;
  return byline;
}
