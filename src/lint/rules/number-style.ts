/**
 * number-style: numbers follow AP style.
 *
 * Why: a house writes numbers one way so that readers can scan them. AP style: spell out one to
 * nine (`three people`), use figures from 10 up (`12 people`); never start a sentence with a
 * figure, except a year (spell it out or recast the sentence); and write percentages one way
 * (`%`, `percent` or `per cent`; AP uses `%` with figures).
 *
 * AP's many exceptions stay figures: money (`$5`), percentages, ages, dates and times,
 * measurements and units, scores and ranges, decimals, numbers with `million`, and numbered
 * things (`No. 3`, `Chapter 4`, `World War 2`). A figure next to another figure is left alone,
 * since it is usually a range or a score.
 *
 * Options: `spellOut` (default `true`): one to nine as words; `figures` (default `true`): 10 and
 * up as figures; `sentenceStart` (default `true`); `percent` — `consistent` (default: the form
 * used most), `%`, `percent`, `per cent` or `any`.
 *
 * Fix: only where the intent is unambiguous: `5 people` → `five people`, `twelve people` →
 * `12 people`, `Twelve` at a sentence start from `12`, and the percent form.
 *
 * ok: `Three people were hurt and 12 were rescued; prices rose 5%.`
 *
 * not ok: `3 people were hurt and twelve were rescued; prices rose 5% and costs 4 per cent.`
 */

import { monthAbbreviations, monthNamesButMay, weekdayNames } from '../../detect/calendar.js';
import { type Token, tokenize } from '../../detect/sentences.js';
import { ruleUrl } from '../docs.js';
import { code } from '../format.js';
import { replacementFix, sourceRange, spanAt } from '../mapped-text.js';
import { booleanOption, choiceOption } from '../options.js';
import { type ProseParagraph, proseParagraphs, sentencesOf } from '../prose.js';
import type { Finding, Rule } from '../types.js';

interface Options {
  spellOut: boolean;
  figures: boolean;
  sentenceStart: boolean;
  percent: 'consistent' | '%' | 'percent' | 'per cent' | 'any';
}

const units = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const teens = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Spelled-out numbers from ten to ninety-nine, to their value. */
const spelledTenPlus = new Map<string, number>();
for (const [index, word] of teens.entries()) spelledTenPlus.set(word, 10 + index);
for (const [index, word] of tens.entries()) {
  const value = 20 + index * 10;
  spelledTenPlus.set(word, value);
  for (const [unit, name] of units.entries()) spelledTenPlus.set(`${word}-${name}`, value + unit + 1);
}

/**
 * Words after a figure that make it one of AP's exceptions (units, money, percentages,
 * multipliers, times, ages), lower-cased.
 */
const figureWords = new Set([
  'percent',
  'per',
  'pct',
  'million',
  'billion',
  'trillion',
  'mln',
  'bln',
  'bn',
  'm',
  'k',
  'am',
  'pm',
  'a.m',
  'p.m',
  'a.m.',
  'p.m.',
  "o'clock",
  'o’clock',
  'points',
  'point',
  'pts',
  'cents',
  'cent',
  'pence',
  'p',
  'dollars',
  'dollar',
  'dlrs',
  'pounds',
  'euros',
  'yen',
  'stg',
  'km',
  'kg',
  'g',
  'mg',
  'cm',
  'mm',
  'ml',
  'mph',
  'kph',
  'miles',
  'mile',
  'feet',
  'foot',
  'ft',
  'inches',
  'inch',
  'in',
  'metres',
  'meters',
  'metre',
  'meter',
  'yards',
  'acres',
  'hectares',
  'tons',
  'tonnes',
  'ton',
  'tonne',
  'lbs',
  'lb',
  'oz',
  'ounces',
  'degrees',
  'gb',
  'mb',
  'tb',
  'ghz',
  'mhz',
  'mw',
  'kw',
  'gw',
  'times',
  'x',
  'to',
  'of',
  'out',
  'and',
  'or',
  'by',
  'per',
  'seed',
  'goals',
  'runs',
  'wickets',
  'sets',
  'games',
  'under',
  'over',
  'votes',
  'years-old',
  'star',
  'stars',
]);

/** Words before a figure that make it a name, a date, a rank or money. */
const namingWords = new Set([
  'no',
  'no.',
  'number',
  'page',
  'pages',
  'chapter',
  'section',
  'article',
  'clause',
  'rule',
  'room',
  'route',
  'highway',
  'platform',
  'gate',
  'terminal',
  'level',
  'grade',
  'class',
  'category',
  'phase',
  'stage',
  'round',
  'game',
  'week',
  'day',
  'year',
  'act',
  'part',
  'volume',
  'vol',
  'series',
  'season',
  'version',
  'windows',
  'apollo',
  'war',
  'formula',
  'channel',
  'tier',
  'step',
  'aged',
  'age',
  'ages',
  ...monthAbbreviations,
  ...monthNamesButMay,
  ...weekdayNames,
  'at',
  'vs',
  'v',
  'versus',
]);

/** Percent forms after a figure. */
const percentPattern = /(?<=\d) ?(%|percent\b|per cent\b|pct\b)/gi;

export const numberStyle: Rule<Options> = {
  meta: {
    id: 'number-style',
    description: 'Numbers follow AP style: one to nine in words, 10 and up in figures, no figure first',
    severity: 'warning',
    recommended: true,
    fixable: true,
    url: ruleUrl('number-style'),
  },
  defaults: Object.freeze({ spellOut: true, figures: true, sentenceStart: true, percent: 'consistent' }),
  schema: {
    spellOut: booleanOption(),
    figures: booleanOption(),
    sentenceStart: booleanOption(),
    percent: choiceOption(['consistent', '%', 'percent', 'per cent', 'any'] as const),
  },
  check(tree, { options, source }) {
    const findings: Finding[] = [];
    const paragraphs = proseParagraphs(tree, source);
    for (const paragraph of paragraphs) {
      if (!paragraph.prose) continue;
      const starts = new Set(sentencesOf(paragraph).map((sentence) => firstWordIndex(paragraph, sentence.start)));
      const tokens = tokenize(paragraph.mapped.text, paragraph.start);
      for (const [index, token] of tokens.entries()) {
        if (!token.word) continue;
        if (starts.has(token.start)) {
          if (options.sentenceStart) checkSentenceStart(paragraph, tokens, index, findings);
          continue;
        }
        if (options.spellOut) checkSmallFigure(paragraph, tokens, index, findings);
        if (options.figures) checkSpelledNumber(paragraph, tokens, index, findings);
      }
    }
    if (options.percent !== 'any')
      checkPercent(
        paragraphs.filter((paragraph) => paragraph.prose),
        options.percent,
        findings,
      );
    return findings;
  },
};

/** Index of the first word character of a sentence (after opening quotes and brackets). */
function firstWordIndex(paragraph: ProseParagraph, start: number): number {
  const text = paragraph.mapped.text;
  let index = start;
  while (index < text.length && /[\s"“‘'([]/.test(text.charAt(index))) index++;
  return index;
}

function checkSentenceStart(paragraph: ProseParagraph, tokens: Token[], index: number, findings: Finding[]): void {
  const token = tokens[index] as Token;
  const text = paragraph.mapped.text;
  if (!/^\d/.test(token.text) || /^1\d{3}$|^20\d{2}$/.test(token.text) || /^\d{4}s$/.test(token.text)) return;
  // Ordinals ("4th qtr") and names ("3G", "4x4") are not counts.
  if (!/^\d[\d,.]*$/.test(token.text)) return;
  const next = tokens[index + 1];
  // "10 Downing Street" and "7 World Trade Center" are names, not counts.
  if (next?.word && /^\p{Lu}/u.test(next.text)) return;
  const value = /^\d{1,2}$/.test(token.text) ? Number(token.text) : undefined;
  const nextIsCount =
    next?.word === true &&
    next.start === token.end + 1 &&
    /^\p{Ll}/u.test(next.text) &&
    !figureWords.has(next.text.toLowerCase()) &&
    text.charAt(token.end) === ' ';
  const words = value !== undefined && value > 0 && nextIsCount ? capitalise(spellOut(value)) : undefined;
  findings.push(
    report(
      paragraph,
      token,
      `Unexpected figure ${code(token.text)} at the start of a sentence, expected ${words ? code(words) : 'the number in words or the sentence recast'}`,
      words,
    ),
  );
}

function checkSmallFigure(paragraph: ProseParagraph, tokens: Token[], index: number, findings: Finding[]): void {
  const token = tokens[index] as Token;
  if (!/^[1-9]$/.test(token.text)) return;
  const text = paragraph.mapped.text;
  const mapped = paragraph.mapped;
  const before = text.charAt(token.start - 1);
  const after = text.charAt(token.end);
  // Glued to a symbol or a letter: "$5", "5%", "5m", "5-year", "5:30", "#5", "5.5" (tokenised whole).
  if (before !== ' ' && before !== '' && before !== '(' && before !== '“' && before !== '"') return;
  if (after !== ' ' && after !== ',' && after !== '') return;
  if (spanAt(mapped, 'statistic', token.start) && !isCountStatistic(mapped, token.start)) return;
  const previous = tokens[index - 1];
  // "Jan. 8": look past an abbreviation's stop to the word.
  const previousWord = previous?.text === '.' ? tokens[index - 2] : previous;
  const next = tokens[index + 1];
  if (!next?.word || !/^\p{Ll}/u.test(next.text)) return;
  if (figureWords.has(next.text.toLowerCase())) return;
  if (next.text.toLowerCase() === 'years' && tokens[index + 2]?.text.toLowerCase() === 'old') return;
  if (previousWord?.word) {
    const word = previousWord.text;
    if (namingWords.has(word.toLowerCase()) || /\d/.test(word)) return;
    // "Half-Life 2", "World War 2", "Windows 7": a figure after a capitalised word is part of a name.
    if (/^\p{Lu}/u.test(word)) return;
  }
  if (previous && !previous.word && /[$£€#]/.test(previous.text)) return;
  if (tokens.slice(Math.max(0, index - 3), index + 4).some((other) => other !== token && /^\d/.test(other.text)))
    return;
  const words = spellOut(Number(token.text));
  findings.push(report(paragraph, token, `Unexpected figure ${code(token.text)}, expected ${code(words)}`, words));
}

function checkSpelledNumber(paragraph: ProseParagraph, tokens: Token[], index: number, findings: Finding[]): void {
  const token = tokens[index] as Token;
  const value = spelledTenPlus.get(token.text);
  if (value === undefined) return;
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  // "one in ten", "ten to one" and "ten thousand" are idioms or larger numbers.
  if (previous?.text.toLowerCase() === 'in' && tokens[index - 2]?.text.toLowerCase() === 'one') return;
  if (next?.word && /^(?:hundred|thousand|to|or|and)$/i.test(next.text)) return;
  const figure = String(value);
  findings.push(report(paragraph, token, `Unexpected ${code(token.text)}, expected ${code(figure)}`, figure));
}

function checkPercent(paragraphs: readonly ProseParagraph[], style: Options['percent'], findings: Finding[]): void {
  const uses: Array<{ paragraph: ProseParagraph; start: number; end: number; form: string; written: string }> = [];
  for (const paragraph of paragraphs) {
    for (const match of paragraph.mapped.text.matchAll(percentPattern)) {
      if (match.index < paragraph.start) continue;
      const written = match[1] ?? '';
      uses.push({
        paragraph,
        start: match.index,
        end: match.index + match[0].length,
        form: written.toLowerCase(),
        written,
      });
    }
  }
  if (uses.length === 0) return;
  let expected = style;
  if (style === 'consistent') {
    const counts = new Map<string, number>();
    for (const use of uses) counts.set(use.form, (counts.get(use.form) ?? 0) + 1);
    // Ties go to the form used first, so fixing twice never flips the file.
    let best = uses[0]?.form ?? '%';
    for (const [form, count] of counts) if (count > (counts.get(best) ?? 0)) best = form;
    expected = best as Options['percent'];
  }
  for (const use of uses) {
    if (use.form === expected) continue;
    const replacement = expected === '%' ? '%' : ` ${expected}`;
    const mapped = use.paragraph.mapped;
    const fix = replacementFix(mapped, use.start, use.end, replacement, `Write ${code(expected)}`);
    findings.push({
      message: `Unexpected ${code(use.written)} after a figure, expected ${code(expected)}`,
      node: mapped.node,
      range: sourceRange(mapped, use.end - use.written.length, use.end),
      ...(fix ? { fix } : {}),
    });
  }
}

function isCountStatistic(mapped: ProseParagraph['mapped'], index: number): boolean {
  const span = spanAt(mapped, 'statistic', index);
  return span?.node.type === 'statistic' && span.node.kind === 'count';
}

function report(paragraph: ProseParagraph, token: Token, message: string, replacement: string | undefined): Finding {
  const mapped = paragraph.mapped;
  const fix =
    replacement === undefined
      ? undefined
      : replacementFix(mapped, token.start, token.end, replacement, `Write ${code(replacement)}`);
  return { message, node: mapped.node, range: sourceRange(mapped, token.start, token.end), ...(fix ? { fix } : {}) };
}

/**
 * A number below 100 in words.
 *
 * @param value 1 to 99.
 * @returns The words: "seven", "twenty-five".
 */
function spellOut(value: number): string {
  if (value < 10) return units[value - 1] ?? String(value);
  if (value < 20) return teens[value - 10] ?? String(value);
  const ten = tens[Math.floor(value / 10) - 2] ?? '';
  const unit = value % 10;
  return unit === 0 ? ten : `${ten}-${units[unit - 1]}`;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
