/**
 * Statistic detection: numbers stated as quantities — "$1.13bn", "76%", "8 pct", "at least
 * 7,000", "nearly two million", "155,221 bags", "1,750 to 1,780 dlrs", "a third", "2.27 times",
 * "Raisi, 63,", "3-1".
 *
 * The scanner walks word tokens once. At each figure or number word it reads outwards with
 * fixed look-ups (no regex backtracking): a currency sign or code and a qualifier before it, a
 * multiplier, a unit or a counted noun after it, and a second figure for ranges. Numbers that
 * are not quantities are skipped by what surrounds them: years, calendar dates, clock times,
 * ordinals, numbers that are part of a name ("Windows XP", "Rover 25", "Formula One", "G8"),
 * and "one" used as a pronoun.
 */
import type { StatisticKind } from '../tree/types.js';
import { mayStartStatistic, numberWords } from './number-words.js';
import type { Token } from './sentences.js';
import { codeAt, isCapitalised, isDigitCode, textIs, tokenAt, tokenize } from './sentences.js';
import { addWordClass, hasClass, wordClass } from './word-classes.js';

/** A statistic found in a text; `start`/`end` are character offsets. */
export interface FoundStatistic {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly high: number | null;
  readonly kind: StatisticKind;
  readonly unit: string | null;
  readonly qualifier: string | null;
}

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** A Map from a list of `key:value` pairs; `_` stands for a space. */
function pairs(list: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of list.split(/\s+/)) {
    const colon = pair.indexOf(':');
    if (colon > 0) map.set(pair.slice(0, colon).replace(/_/g, ' '), pair.slice(colon + 1).replace(/_/g, ' '));
  }
  return map;
}

/** A Map from a list of `key:number` pairs. */
function numbers(list: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const [key, value] of pairs(list)) map.set(key, Number(value));
  return map;
}

/** Scale words inside a number ("two million", "5.93 mln"). */
const scaleWords = numbers(`
  hundred:100 thousand:1e3 million:1e6 mln:1e6 mn:1e6 billion:1e9 bln:1e9 bn:1e9 trillion:1e12 trn:1e12 tn:1e12
`);

/** Multipliers written onto a figure: "£600m", "$1.13bn", "5k". */
const attachedMultipliers = numbers(`
  m:1e6 mn:1e6 mln:1e6 bn:1e9 b:1e9 bln:1e9 k:1e3 tn:1e12 trn:1e12
`);

/** Fractions: "a third", "two-thirds", "a quarter", "half". */
const fractionWords = numbers(`
  half:0.5 halves:0.5 third:0.333333333333 thirds:0.333333333333 quarter:0.25 quarters:0.25 fifth:0.2 fifths:0.2 tenth:0.1
  tenths:0.1
`);

/** Currency signs before a figure, and the letters that may come before a `$`. */
const currencySigns = pairs(`
  £:GBP $:USD €:EUR ¥:JPY
`);
const dollarPrefixes = pairs(`
  A:AUD AU:AUD US:USD U.S:USD C:CAD CA:CAD HK:HKD NZ:NZD S:SGD R:BRL NT:TWD Z:ZWD
`);
/** Currency codes written before a figure: "Rs 500", "EUR 20", "DM 5". */
const currencyCodesBefore = pairs(`
  Rs:INR EUR:EUR USD:USD GBP:GBP DM:DEM SFr:CHF Sfr:CHF FFr:FRF Y:JPY
`);

/** Currency words after a figure (lower-case), wire-style included. */
const currencyWords = pairs(`
  dlrs:USD dlr:USD dls:USD ecus:XEU ecu:XEU dollars:USD dollar:USD stg:GBP sterling:GBP pounds:GBP pound:GBP yen:JPY euros:EUR euro:EUR
  marks:DEM francs:FRF franc:FRF guilders:NLG lire:ITL lira:ITL pesetas:ESP rupees:INR yuan:CNY renminbi:CNY
  roubles:RUB rubles:RUB pesos:MXN rand:ZAR cruzados:BRC cruzeiros:BRC riyals:SAR dinars:KWD ringgit:MYR
  baht:THB shekels:ILS kronor:SEK crowns:SEK krona:SEK kroner:NOK schillings:ATS drachmas:GRD escudos:PTE
  won:KRW naira:NGN rupiah:IDR
`);

/** Singular currency names, read as money only after a multiplier or a decimal figure. */
const singularCurrencies = pairs(`
  mark:DEM guilder:NLG rupee:INR peso:MXN riyal:SAR dinar:KWD shekel:ILS krone:DKK rouble:RUB ruble:RUB
  schilling:ATS drachma:GRD escudo:PTE peseta:ESP
`);

/** Sub-units: kept as the unit itself, as the gold standard does ("119 pence" → pence). */
const subunitWords = pairs(`
  pence:pence p:pence cents:cent cent:cent cts:cent ct:cent
`);

/** Nationality and currency word pairs: "Canadian dlrs" (keys are `nationality currency`). */
const currencyNationalities = pairs(`
  h.k_dlrs:HKD h.k_dlr:HKD h.k_dollars:HKD hk_dlrs:HKD hk_dollars:HKD canadian_dlrs:CAD canadian_dollars:CAD canadian_dlr:CAD canadian_dollar:CAD australian_dlrs:AUD
  australian_dollars:AUD australian_dlr:AUD australian_dollar:AUD u.s_dlrs:USD u.s_dollars:USD u.s_dlr:USD
  u.s_dollar:USD us_dlrs:USD us_dollars:USD us_dlr:USD us_dollar:USD american_dlrs:USD american_dollars:USD
  n.z_dlrs:NZD n.z_dollars:NZD n.z_dlr:NZD zealand_dlrs:NZD zealand_dollars:NZD kong_dlrs:HKD kong_dollars:HKD
  kong_dlr:HKD singapore_dlrs:SGD singapore_dollars:SGD taiwan_dlrs:TWD taiwan_dollars:TWD swiss_francs:CHF
  swiss_franc:CHF belgian_francs:BEF belgian_franc:BEF french_francs:FRF french_franc:FRF german_marks:DEM
  west_marks:DEM dutch_guilders:NLG saudi_riyals:SAR swedish_crowns:SEK swedish_kronor:SEK danish_crowns:DKK
  danish_kroner:DKK norwegian_crowns:NOK norwegian_kroner:NOK mexican_pesos:MXN philippine_pesos:PHP
  indian_rupees:INR pakistani_rupees:PKR
`);

/** The nationality words that begin a key of `currencyNationalities`. */
const nationalityWords = new Set([...currencyNationalities.keys()].map((key) => key.slice(0, key.indexOf(' '))));

/** Measure units after a figure (lower-case) and their singular. */
const measureUnits = pairs(`
  kilos:kilo kilo:kilo kg:kilogram kgs:kilogram kilograms:kilogram kilogrammes:kilogram kilogram:kilogram
  grams:gram gram:gram tonnes:tonne tonne:tonne tons:ton ton:ton lbs:pound lb:pound ounces:ounce ounce:ounce
  oz:ounce miles:mile mile:mile km:kilometre kms:kilometre kilometres:kilometre kilometers:kilometre
  kilometre:kilometre kilometer:kilometre metres:metre meters:metre metre:metre meter:metre cm:centimetre
  mm:millimetre feet:foot foot:foot ft:foot inches:inch inch:inch yards:yard acres:acre acre:acre
  hectares:hectare hectare:hectare litres:litre liters:litre litre:litre gallons:gallon gallon:gallon
  barrels:barrel barrel:barrel bpd:barrel_per_day bushels:bushel bushel:bushel carats:carat degrees:degree
  degree:degree mph:mile_per_hour kph:kilometre_per_hour knots:knot seconds:second minutes:minute minute:minute
  mins:minute hours:hour hour:hour hrs:hour days:day day:day weeks:week week:week months:month month:month
  mths:month mth:month quarters:quarter qtrs:quarter years:year year:year yrs:year decades:decade decade:decade centuries:century
  century:century c:degree_Celsius megabytes:megabyte mb:megabyte gigabytes:gigabyte gb:gigabyte terabytes:terabyte
  gigatonnes:gigatonne gigatonne:gigatonne megatonnes:megatonne megatonne:megatonne gigatons:gigaton
  megatons:megaton kilobytes:kilobyte kb:kilobyte mbps:megabit_per_second kbps:kilobit_per_second megapixels:megapixel
  megapixel:megapixel ghz:gigahertz mhz:megahertz watts:watt kw:kilowatt megawatts:megawatt mw:megawatt
  gigawatts:gigawatt kwh:kilowatt_hour volts:volt calories:calorie sq:square square:square cubic:cubic
`);

// Every singular is a unit too ("four gigabyte storage").
for (const singular of [...measureUnits.values()]) if (!singular.includes(' ')) measureUnits.set(singular, singular);

/** Units written onto a figure: "15kg", "100mph", "3GHz". */
const attachedUnits = words('kg km mm cm mph kph ghz mhz mb gb kb mw kw kwh mbps kbps ft lb lbs oz c');

/**
 * The unit each glued suffix names ("15kg" is kilograms), looked up once per figure by
 * readQuantity: its two look-ups (`attachedUnits`, then `measureUnits`) ran only for a figure
 * with a unit glued on, and the first one deoptimised readQuantity ("Insufficient type feedback").
 */
const gluedUnits: ReadonlyMap<string, string> = new Map([
  ...[...attachedUnits].map((suffix): [string, string] => [suffix, measureUnits.get(suffix) ?? suffix]),
  // An "m" left on a figure is metres: parseNumber reads it as millions unless `isMetres`.
  ['m', 'metre'],
]);

/** Units a hyphenated compound may end in: "21-page", "five-week", "24-hour". */
const compoundCounts = words(`
  page pages member members seat seats strong storey story bed room person man nation country party state
  step part game match stage race hole lap round
`);

/** Qualifiers right before a figure, one word. */
const qualifierWords = words(`
  about almost around nearly some over under above below roughly approximately approx circa estimated
`);

/** Two- and three-word qualifiers, as lower-case strings. */
const qualifierPhrases = [
  'at least',
  'at most',
  'more than',
  'less than',
  'fewer than',
  'up to',
  'as many as',
  'as much as',
  'as few as',
  'as little as',
  'as high as',
  'as low as',
  'close to',
  'just over',
  'just under',
  'well over',
  'well above',
  'well below',
  'an estimated',
  'in excess of',
  'upwards of',
  'no more than',
  'no fewer than',
  'nearly',
  // A margin either way, not a negative figure ("sales of $20 billion, plus or minus 2%").
  'plus or minus',
];

/** The qualifier phrases split into words, and the longest phrase's word count. */
const qualifierPhraseParts: readonly (readonly string[])[] = qualifierPhrases.map((phrase) => phrase.split(' '));
const qualifierPhraseLength = Math.max(...qualifierPhraseParts.map((parts) => parts.length));
/** The last word of each qualifier phrase: no phrase can end on any other word. */
const qualifierPhraseEnds = new Set(qualifierPhraseParts.map((parts) => parts[parts.length - 1] as string));

const months = words(`
  january february march april may june july august september october november december jan feb mar apr
  jun jul aug sep sept oct nov dec
`);

/** Letters after a figure that make it an ordinal or a decade: "4th", "1990s". */
const ordinalSuffixes = words('st nd rd th s');

/** Words after a figure that make it a clock time: "3 pm", "0900 GMT". */
const clockWords = words('am pm a.m p.m gmt bst est edt cet cst pst local');

const weekdays = words('monday tuesday wednesday thursday friday saturday sunday');

/**
 * Words before a figure that make it a label, not a quantity: "number one", "version 2",
 * "Article 5", "Chapter 11", "phase two", "a level three heading", "series 2 preferred shares".
 */
const labelWords = words(`
  number no version vol volume page chapter section article clause room flight route level phase stage round
  grade tier category part step class book series season episode
`);

/** The label words written abbreviated, with a full stop before the figure: "No. 3", "Vol. 2". */
const labelAbbreviations = words('no vol');

/** Words that never count as the counted noun. */
const notNouns = words(`
  is was as has does this its his hers yes us plus less thus always perhaps whereas besides across unless
  afterwards towards news its series species means
`);

const irregularPlurals = pairs(`
  people:person men:man women:woman children:child staff:staff personnel:personnel cattle:cattle sheep:sheep
  fish:fish data:data police:police troops:troop mice:mouse feet:foot teeth:tooth geese:goose
`);

/** Words that stop the look-ahead for a counted noun. */
const nounStops = words(`
  of to in on at for from by with than as that which who and or but is are was were be been have has had
  will would can could may might should said says a an the its their his her our this these those per
  each every more less over under up down against vs compared ago after before since until during year
  years month months week weeks day days when while if
`);

/** Sports words that make "3-1" a score. */
const sportsWords = words(`
  beat beats won win wins lost lose loses defeat defeated victory draw drew drawn match game goal goals
  scored score final cup league v vs half-time thrashed trounced
`);

// The lists the figure tests ask of every figure are word classes too, tested as bits of a
// token's `classes` (see word-classes.ts); the lists stay the source of truth.
addWordClass(months, wordClass.month);
addWordClass(weekdays, wordClass.weekday);
addWordClass(clockWords, wordClass.clock);
addWordClass(labelWords, wordClass.label);
addWordClass(measureUnits.keys(), wordClass.measureUnit);
addWordClass(currencyWords.keys(), wordClass.currency);
addWordClass(subunitWords.keys(), wordClass.subunit);

/** Labels of wire earnings tables: a bare figure after them is money. */
const tableLabels = words(`
  net revs revenues revenue sales assets deposits loans profit loss income earnings turnover div dividend
  shr oper avg shrs qtly payout
`);

/** Words after which a bare figure takes the unit of the figure it is compared with. */
const comparisonWords = words('vs versus against from with');

/** Capitalised words that may precede a figure without making it part of a name. */
const capitalisedFunctionWords = words(`
  In At On By For From With Of To And But Or The Its Their His Her Our All Those These Another About Some
  Nearly Almost Around Over Under Up Only Just More Less Fewer Roughly Approximately Between Top Of After
  Before Since During Until Last Next First Of Just Around Than Nearly Estimated Another Another Total
  Some Only Over Under Almost Barely Exactly Another
`);

interface Parsed {
  /** Token index range of the figure itself. */
  first: number;
  last: number;
  value: number;
  /** True for number words ("two million"), false for figures. */
  spelled: boolean;
  /** Multiplier already applied from an attached suffix or scale word. */
  multiplied: boolean;
  /**
   * The multiplier applied (1 when none): a range's low end borrows it ("4 to 5 billion"). Always
   * set, so that every Parsed has one shape and its readers stay monomorphic.
   */
  scale: number;
  /** Suffix letters left on a figure token after the number and multiplier ("p", "kg"). */
  suffix: string;
}

/**
 * Find the statistics in a text.
 *
 * @param text A block's plain text.
 * @returns Statistics in order, without overlaps.
 */
export function findStatistics(
  text: string,
  prepared?: {
    readonly tokens: readonly Token[];
    readonly shouting: boolean;
    /** The indices of the tokens that may start a statistic, as `tokenize` lists them. */
    readonly figures?: readonly number[];
  },
): FoundStatistic[] {
  const tokens = prepared ? prepared.tokens : tokenize(text);
  const shouting = prepared ? prepared.shouting : isShouting(text);
  const sports = new SportsQuestion(tokens);
  const found: Found[] = [];
  // Hot: most words cannot start a statistic. Visiting only the few that can, as `tokenize` lists
  // them when asked, instead of asking every token of the block again, made parse about 2.8%
  // faster on the corpus. Without the list, one pass over the tokens makes it.
  const figures = prepared?.figures ?? figureStarts(tokens);
  // The token after the last statistic found: candidates inside it are passed over.
  let next = 0;
  for (let candidate = 0; candidate < figures.length; candidate++) {
    const index = figures[candidate] as number;
    if (index < next) continue;
    const statistic = readStatistic(text, tokens, index, shouting, sports);
    if (!statistic) continue;
    if (statistic.kind === 'measure' && (isRecordPeriod(tokens, statistic) || isMaturity(tokens, statistic))) {
      next = statistic.lastToken + 1;
      continue;
    }
    found.push(statistic);
    next = statistic.lastToken + 1;
  }
  // Most blocks hold no figure: skip the unit passes and the copy.
  if (found.length === 0) return [];
  propagateUnits(text, tokens, found);
  // A loop that pushes rather than `map`: the array `map` makes has holey elements, a third
  // array map beside the empty and the pushed-to arrays the callers see, and the first one that
  // reached figuresOutsideMarks (inlined into detectBlock) deoptimised both ("wrong map").
  const statistics: FoundStatistic[] = [];
  for (let index = 0; index < found.length; index++) {
    const { start, end, value, high, kind, unit, qualifier } = found[index] as Found;
    statistics.push({ start, end, value, high, kind, unit, qualifier });
  }
  return statistics;
}

/**
 * Whether the text is about sport, asked only of a dashed figure ("3-1"): scanning every block
 * with an "a" in it cost 1-2% of detection, so the answer is worked out on the first question.
 * An object with a method rather than a closure made per call of findStatistics: readStatistic's
 * optimised code called the first closure it had seen, and the next text's closure, the same
 * function made again, threw that code away ("wrong call target").
 */
class SportsQuestion {
  private answer: boolean | undefined = undefined;

  constructor(private readonly tokens: readonly Token[]) {}

  ask(): boolean {
    this.answer ??= this.tokens.some((token) => sportsWords.has(token.lower));
    return this.answer;
  }
}

/** The indices of the word tokens at which a statistic may start, when `tokenize` did not list them. */
function figureStarts(tokens: readonly Token[]): number[] {
  const figures: number[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.word && mayStartStatistic(token.lower)) figures.push(index);
  }
  return figures;
}

function isShouting(text: string): boolean {
  // A lower-case ASCII letter can never survive upper-casing: no need to collect the letters.
  if (/[a-z]/.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 8 && letters === letters.toUpperCase();
}

/**
 * A statistic as the readers find it. Every reader builds it with all of these fields in this
 * order (`scaled` false where no multiplier applies), so all share one map: readers that left
 * `scaled` out, or spread shared fields first, made three more, and propagateUnits and
 * comparedIndex deoptimised on each new one ("wrong map").
 */
type Found = FoundStatistic & { firstToken: number; lastToken: number; bare: boolean; scaled: boolean };

function readStatistic(
  text: string,
  tokens: readonly Token[],
  index: number,
  shouting: boolean,
  sports: SportsQuestion,
): Found | undefined {
  const token = tokens[index] as Token;
  if (!token.word) return undefined;
  const lower = token.lower;

  // Fractions with an article: "a third", "a quarter of", "a dozen", "a million".
  if (lower === 'a' || lower === 'an') return readArticleNumber(text, tokens, index);
  if (lower === 'half') return readHalf(text, tokens, index);

  // Hyphenated compounds: "21-page", "five-week", "63-year-old", "two-thirds", "3-1", "10-15";
  // not wire fractions ("8-3/4"), which parse as numbers.
  if (lower.includes('-') && !/^\d+-\d+\/\d+$/.test(lower) && wordValue(lower) === undefined) {
    if (!shouting && isNamePart(tokens, index) && !sports.ask()) return undefined;
    const dashed = readDashed(tokens, index, sports);
    if (dashed !== undefined) return dashed ?? undefined;
    const compound = readCompound(tokens, index);
    if (compound !== undefined) return compound ?? undefined;
  }

  // "tenfold", "threefold": a ratio in one word.
  if (lower.endsWith('fold')) {
    const times = wordValue(lower.slice(0, -4));
    if (times !== undefined && times > 1) {
      return ratio(tokens, index, index, times);
    }
  }

  const parsed = parseNumber(text, tokens, index, shouting);
  if (!parsed) return undefined;
  if (isExcluded(tokens, parsed, shouting)) return undefined;
  // "two and a half", "3 and a half".
  const and = tokens[parsed.last + 1]?.lower;
  if (and === 'and' && tokens[parsed.last + 2]?.lower === 'a') {
    if (tokens[parsed.last + 3]?.lower === 'half') {
      return readQuantity(text, tokens, reparsed(parsed, parsed.last + 3, parsed.value + 0.5, parsed.suffix));
    }
  }
  return readQuantity(text, tokens, parsed);
}

/** Parse the number starting at a token: a figure or a run of number words. */
function parseNumber(text: string, tokens: readonly Token[], index: number, shouting: boolean): Parsed | undefined {
  // `tokenAt`: a range's second figure is looked for past the last token too.
  const token = tokenAt(tokens, index);
  if (!token) return undefined;
  const raw = token.text;
  const code = raw.charCodeAt(0);
  if (code >= 48 && code <= 57) {
    const figure = readFigure(raw);
    if (!figure) return parseFigureCompound(tokens, index);
    let value = figure.value;
    // ".125 dlrs": a figure with a leading point.
    const before = index - 1;
    const previous = tokenAt(tokens, before);
    let first = index;
    // `textIs`: a figure at the start of a text has no token before it, and an undefined compared
    // where only strings had been deoptimised parseNumber ("not a String").
    if (textIs(previous, '.')) {
      const decimal = leadingPointValue(text, previous, token, figure, raw);
      if (decimal !== undefined) {
        value = decimal;
        first = before;
      }
    }
    // "-0.90", "minus 20C": a negative figure; not after a word, a figure or a percent sign,
    // where the hyphen joins the ends of a range ("5.25%-5.50%").
    const sign = tokenAt(tokens, first - 1);
    if (textIs(sign, '-') && sign.end === token.start && !/[\p{L}\p{N}%]/u.test(text.charAt(sign.start - 1))) {
      value = -value;
      first--;
    } else if (sign !== undefined && sign.lower === 'minus' && !isPlusOrMinus(tokens, first - 1)) {
      value = -value;
      first--;
    }
    // The figure is ASCII, so its lower-case form has the letters at the same place.
    const suffix = figure.numberEnd === raw.length ? '' : token.lower.slice(figure.numberEnd);
    let multiplied = false;
    let applied = 1;
    let rest = suffix;
    const attached = attachedMultipliers.get(suffix);
    // "800m long", "the 100m final": metres, not millions. Asked only of an "m".
    if (attached !== undefined && !(suffix === 'm' && isMetres(tokens, first, index))) {
      value *= attached;
      applied = attached;
      multiplied = true;
      rest = '';
    }
    let last = index;
    // "5.93 mln", "1.2 billion", "2 million".
    const next = tokens[index + 1];
    let scale = next ? scaleWords.get(next.lower) : undefined;
    // "a 1.2 million-barrel draw", "a 500 mln-dlr loan": the scale word opens a compound.
    if (scale === undefined && next !== undefined && next.lower.includes('-')) scale = compoundScale(next.lower);
    if (!multiplied && rest === '' && scale !== undefined && scale > 100) {
      value *= scale;
      applied = scale;
      multiplied = true;
      last = index + 1;
    }
    return { first, last, value, spelled: false, multiplied, scale: applied, suffix: rest };
  }
  return parseNumberWords(tokens, index, shouting);
}

/**
 * Whether the "m" glued to a figure means metres rather than millions: a word of size or
 * distance ("508m tall", "800m away"), or of a race ("the 100m final", "200m freestyle"), after
 * it; or "the" before a race distance that no noun follows ("won the 1,500m in 3:29"). A
 * currency makes it money ("£800m long-term loan"), and "800m people" stays millions. Out of
 * line: asked only of an "m", which is rare beside the figures parseNumber reads.
 */
function isMetres(tokens: readonly Token[], first: number, index: number): boolean {
  if (currencyBefore(tokens, first) !== undefined) return false;
  const next = tokens[index + 1];
  if (next?.word && metreWords.has(next.lower)) return true;
  if (wordBefore(tokens, first)?.lower !== 'the') return false;
  const distance = (tokens[index] as Token).text.slice(0, -1).replace(/,/g, '');
  if (!raceDistances.has(distance)) return false;
  return next === undefined || !next.word || raceFollowers.has(next.lower);
}

/** Words after "800m" or "800 m" that make it metres: sizes, distances and races. */
const metreWords = words(`
  long tall high deep wide away above below taller higher deeper longer wider final finals freestyle hurdles
  relay race races sprint breaststroke backstroke butterfly medley record title heats semi-final semi-finals
  semifinal semifinals
`);

/** Race distances in metres, as written before the "m": "the 1,500m". */
const raceDistances = words('60 100 110 200 400 800 1500 3000 5000 10000');

/** Words that may follow "the 1,500m" when it names a race: "the 100m in 9.58 seconds". */
const raceFollowers = words(`
  in at and or on when where after before but world olympic olympics gold silver bronze champion heat
  event men's women's
`);

/**
 * The scale word that opens a hyphenated compound ("million" of "million-barrel"), as a number;
 * not before a figure ("1.5 million-2 million people" is a range written without spaces).
 */
function compoundScale(lower: string): number | undefined {
  const hyphen = lower.indexOf('-');
  // Bounds first: `charCodeAt` past the end deoptimised the caller ("out of bounds").
  if (hyphen < 0 || hyphen + 1 >= lower.length || !isAsciiLetterCode(lower.charCodeAt(hyphen + 1))) return undefined;
  return scaleWords.get(lower.slice(0, hyphen));
}

/**
 * The kind and unit the tail of a scale compound gives its figure: "1.2 million-barrel" barrels,
 * "2.5 million-euro" euros, "500 mln-dlr" dollars, "10 million-member" members. Undefined when
 * the figure has no such compound or its tail is no unit ("$2 million-a-year").
 */
function scaleCompoundUnit(
  tokens: readonly Token[],
  parsed: Parsed,
): { kind: StatisticKind; unit: string } | undefined {
  if (parsed.spelled || parsed.last === parsed.first) return undefined;
  const lower = (tokens[parsed.last] as Token).lower;
  const hyphen = lower.indexOf('-');
  if (hyphen < 0) return undefined;
  const tail = lower.slice(hyphen + 1);
  const currency = currencyWords.get(tail) ?? singularCurrencies.get(tail);
  if (currency !== undefined) return { kind: 'money', unit: currency };
  const quantity = compoundQuantity(parsed.value, tail);
  if (quantity === undefined || quantity.unit === null) return undefined;
  if (quantity.kind !== 'measure' && quantity.kind !== 'count') return undefined;
  return { kind: quantity.kind, unit: quantity.unit };
}

/** Whether the "minus" at `minus` ends "plus or minus", a margin either way, not a sign. */
function isPlusOrMinus(tokens: readonly Token[], minus: number): boolean {
  return tokenAt(tokens, minus - 1)?.lower === 'or' && tokenAt(tokens, minus - 2)?.lower === 'plus';
}

/**
 * A Parsed with another end, value or suffix. Spelt out rather than spread: a spread object got
 * a map of its own, and readQuantity, which reads every Parsed, deoptimised on it ("wrong map").
 */
function reparsed(parsed: Parsed, last: number, value: number, suffix: string): Parsed {
  return {
    first: parsed.first,
    last,
    value,
    spelled: parsed.spelled,
    multiplied: parsed.multiplied,
    scale: parsed.scale,
    suffix,
  };
}

/**
 * The value of ".125" when the full stop before a figure is its decimal point (glued to it, with
 * a space or nothing before it); undefined otherwise. Out of line, as `isVersionNumber` is: the
 * shape is rare, and its steps inline each deoptimised parseNumber the first time.
 */
function leadingPointValue(text: string, point: Token, token: Token, figure: Figure, raw: string): number | undefined {
  if (point.end !== token.start || /\S/.test(text.charAt(point.start - 1) || ' ')) return undefined;
  if (figure.integerEnd !== figure.numberEnd || figure.commas) return undefined;
  return Number(`.${raw.slice(0, figure.integerEnd)}`);
}

/** A figure token read by `readFigure`: its value and where its parts end. */
interface Figure {
  /** The number, thousands commas left out. */
  value: number;
  /** Whether the whole part has thousands commas ("155,221"). */
  commas: boolean;
  /** End of the whole part, and of the decimal part (the start of any letters: "119p", "1.13bn"). */
  integerEnd: number;
  numberEnd: number;
}

/** The most digits `readFigure` sums itself: nine always fit a 32-bit integer. */
const exactDigits = 9;

/**
 * Read a figure token: digits, with thousands commas or without ("155,221", "2004"), an optional
 * decimal part and ASCII letters to the end ("1.13bn"). Undefined for any other token.
 *
 * Hot: every figure in a text is read. This scanner replaced the regular expression
 * /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([A-Za-z]*)$/ and the strings its match made (the digits,
 * then the digits without commas); a whole number is summed as it is read. It took
 * findStatistics on the corpus blocks from 61 to 55 ms.
 */
function readFigure(raw: string): Figure | undefined {
  const length = raw.length;
  let position = 0;
  // `whole` sums at most nine digits, so it stays a small integer: summing past 2^31 overflowed
  // V8's int32 arithmetic and deoptimised readFigure ("overflow") on the first ten-digit figure.
  // Longer figures take their value from Number below.
  let whole = 0;
  while (position < length && isDigitCode(raw.charCodeAt(position))) {
    if (position < exactDigits) whole = whole * 10 + raw.charCodeAt(position) - 48;
    position++;
  }
  if (position === 0) return undefined;
  let digits = position;
  let commas = false;
  if (position < length && raw.charCodeAt(position) === 44) {
    // Commas only after one to three digits, each before three digits, and no digit after.
    if (position > 3) return undefined;
    while (position < length && raw.charCodeAt(position) === 44) {
      if (position + 3 >= length) return undefined;
      for (let offset = 1; offset <= 3; offset++) {
        const code = raw.charCodeAt(position + offset);
        if (!isDigitCode(code)) return undefined;
        if (digits + offset <= exactDigits) whole = whole * 10 + code - 48;
      }
      position += 4;
      digits += 3;
    }
    // The next character is read whether or not there is one (`codeAt` is -1 past the end):
    // with the bounds test first, the read ran only for a comma figure with letters after it
    // ("1,000s"), and the first one deoptimised readFigure ("Insufficient type feedback for call").
    if (isDigitCode(codeAt(raw, position))) return undefined;
    commas = true;
  }
  const integerEnd = position;
  if (position < length && raw.charCodeAt(position) === 46) {
    if (position + 1 >= length || !isDigitCode(raw.charCodeAt(position + 1))) return undefined;
    position += 2;
    while (position < length && isDigitCode(raw.charCodeAt(position))) position++;
  }
  const numberEnd = position;
  while (position < length && isAsciiLetterCode(raw.charCodeAt(position))) position++;
  if (position < length) return undefined;
  // Decimals and figures of more than nine digits are left to Number (exact for integers).
  let value = whole;
  if (numberEnd > integerEnd || digits > exactDigits) {
    // The commas are taken out of every figure, with or without them: a `replace` made for comma
    // figures only ran first on a figure of ten digits or more, after readFigure was compiled.
    value = Number(raw.slice(0, integerEnd).replace(/,/g, '') + raw.slice(integerEnd, numberEnd));
  }
  return { value, commas, integerEnd, numberEnd };
}

function isAsciiLetterCode(code: number): boolean {
  const folded = code | 32;
  return folded >= 97 && folded <= 122;
}

/** "12-1/2" and "1/2": wire-style fractions. Other slashed or hyphenated figures are not numbers. */
function parseFigureCompound(tokens: readonly Token[], index: number): Parsed | undefined {
  const raw = (tokens[index] as Token).text;
  const mixed = /^(\d+)-(\d+)\/(\d+)$/.exec(raw);
  if (mixed) {
    const value = Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]);
    return { first: index, last: index, value, spelled: false, multiplied: false, scale: 1, suffix: '' };
  }
  // Wire fractions use halves to sixty-fourths; "0/92" is a label.
  const fraction = /^([1-9])\/(2|3|4|5|8|10|16|32|64)$/.exec(raw);
  if (fraction && Number(fraction[1]) < Number(fraction[2])) {
    return {
      first: index,
      last: index,
      value: Number(fraction[1]) / Number(fraction[2]),
      spelled: false,
      multiplied: false,
      scale: 1,
      suffix: '',
    };
  }
  return undefined;
}

/** "two million", "one hundred and fifty", "twenty-five", "a dozen". */
function parseNumberWords(tokens: readonly Token[], index: number, shouting: boolean): Parsed | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  let last = index;
  let multiplied = false;
  let lastScale = 1;
  for (let position = index; position < tokens.length; position++) {
    const token = tokens[position] as Token;
    if (!token.word) break;
    const raw = token.text;
    // Mid-sentence capitals are names ("Formula One"); wire headlines are all capitals.
    if (!shouting && position > index && isCapitalised(raw)) break;
    const lower = raw.toLowerCase();
    const value = wordValue(lower);
    if (value !== undefined) {
      if (seen && current % 100 !== 0 && current > 0 && value < 10 && current % 10 !== 0) break;
      if (seen && value >= 10 && current % 100 > 0) break;
      current += value;
      seen = true;
      last = position;
      continue;
    }
    if (lower === 'dozen' && seen) {
      current *= 12;
      last = position;
      continue;
    }
    const scale = scaleWords.get(lower);
    if (scale !== undefined && seen) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
        multiplied = true;
        lastScale = scale;
      }
      last = position;
      continue;
    }
    if (lower === 'and' && seen && tokenAt(tokens, position - 1)?.lower === 'hundred') {
      const next = tokens[position + 1];
      if (next && wordValue(next.lower) !== undefined) continue;
    }
    break;
  }
  if (!seen) return undefined;
  // "one third", "two thirds", "three quarters": fractions.
  const fraction = fractionWords.get(tokens[last + 1]?.lower ?? '');
  const fractionWord = tokens[last + 1]?.lower ?? '';
  // "two quarters" alone is half a year; "three quarters of" is a fraction.
  const ofAfter = tokens[last + 2]?.lower === 'of' || /^thirds?$/.test(fractionWord);
  if (
    fraction !== undefined &&
    !multiplied &&
    fractionWord !== 'half' &&
    ofAfter &&
    (current === 1 || /s$/.test(fractionWord))
  ) {
    return {
      first: index,
      last: last + 1,
      value: current * fraction,
      spelled: true,
      multiplied: false,
      scale: 1,
      suffix: 'fraction',
    };
  }
  const value = total + current;
  return { first: index, last, value, spelled: true, multiplied, scale: lastScale, suffix: '' };
}

function wordValue(lower: string): number | undefined {
  const direct = numberWords.get(lower);
  if (direct !== undefined) return direct;
  const hyphen = lower.indexOf('-');
  if (hyphen > 0) {
    const tens = numberWords.get(lower.slice(0, hyphen));
    const ones = numberWords.get(lower.slice(hyphen + 1));
    if (tens !== undefined && ones !== undefined && tens >= 20 && tens % 10 === 0 && ones < 10) return tens + ones;
  }
  return undefined;
}

/** Numbers that are not quantities: years, dates, times, ordinals, parts of names. */
function isExcluded(tokens: readonly Token[], parsed: Parsed, shouting: boolean): boolean {
  const token = tokens[parsed.first] as Token;
  const raw = token.text;
  const previous = wordBefore(tokens, parsed.first);
  const previousLower = previous?.lower ?? '';
  const next = tokens[parsed.last + 1];
  const nextLower = next?.lower ?? '';
  // Hot (asked of every figure): the words' classes, looked up once by `tokenize`, answer the
  // month/clock/label/weekday list tests below without a Set look-up each.
  const previousClasses = previous ? previous.classes : 0;
  const nextClasses = next ? next.classes : 0;
  if (tokenAt(tokens, parsed.first - 1)?.text === '^' && isFootnoteLabel(tokens, parsed)) return true;
  if (tokenAt(tokens, parsed.first - 1)?.text === '[' && isCitationMarker(tokens, parsed)) return true;
  if (besidePhonePart(tokens, parsed) && isPhoneNumber(tokens, parsed)) return true;
  if (parsed.first === 0 && isListNumber(tokens, parsed)) return true;

  if (!parsed.spelled) {
    // Ordinals ("4th"), decades ("1990s"), figures glued to letters ("4Cast", "3G").
    if (ordinalSuffixes.has(parsed.suffix)) return true;
    if (parsed.suffix !== '' && !isKnownSuffix(parsed.suffix)) return true;
    // Standards and versions such as "802.11b": a bare "b" after a decimal is a billion only
    // with a currency sign before it ("$1.5b"). Found by the compromise differential test.
    if ((raw.endsWith('b') || raw.endsWith('B')) && isVersionNumber(tokens, parsed.first, raw)) return true;
    // Letters glued before it: "G8", "MP3" never reach here; "A380" neither. A figure glued
    // after a letter token ("Win 98") is handled by the name rule below.
    // (A word token never ends in a full stop: `withoutFinalStop(previousLower)` was previousLower.)
    if ((previousClasses & wordClass.month) !== 0 && !parsed.multiplied && isAdjacentWord(tokens, parsed.first)) {
      return true;
    }
    if ((nextClasses & wordClass.month) !== 0 && !parsed.multiplied && parsed.value >= 1 && parsed.value <= 31) {
      return true;
    }
    // Clock times: "10:30", "0900 GMT", "3 pm".
    if (next?.text === ':' && next.start === token.end && isDigits(tokens[parsed.last + 2]?.text ?? '', 2, 2))
      return true;
    if ((nextClasses & wordClass.clock) !== 0 && parsed.value < 2400) return true;
    if (nextLower === 'hrs' && isDigits(raw, 4, 4)) return true;
    // "1000 London time", "0930 local time".
    // Both tests made for every four-digit figure (most are years): with `&&` the capital test
    // ran only before "time", the first of which deoptimised isExcluded ("Insufficient type
    // feedback for call").
    if (isDigits(raw, 4, 4)) {
      const timeAfter = tokenAt(tokens, parsed.last + 2)?.lower === 'time';
      const placeBefore = isCapitalised(next?.text ?? '');
      if (timeAfter && placeBefore) return true;
    }
    if (parsed.suffix === 'am' || parsed.suffix === 'pm') return true;
    // Leading zeros: codes and phone numbers ("0800"), not "0.5"; and the groups after them.
    if (raw.length > 1 && raw.charCodeAt(0) === 48 && isDigitCode(raw.charCodeAt(1))) return true;
    const before = tokenAt(tokens, parsed.first - 1);
    if (isDigits(raw, 1, raw.length) && before && isDigits(before.text, 1, before.text.length) && !parsed.multiplied) {
      return true;
    }
    // Minutes of a clock time: "10:30".
    if (
      before?.text === ':' &&
      before.end === token.start &&
      isDigits(tokenAt(tokens, parsed.first - 2)?.text ?? '', 1, 2)
    ) {
      return true;
    }
    // "from 6 to 9 January": a range of days.
    const joiner = nextLower;
    if (
      (joiner === 'to' || joiner === '-' || joiner === 'and') &&
      isDigits(tokenAt(tokens, parsed.last + 2)?.text ?? '', 1, 2)
    ) {
      if (hasClass(tokenAt(tokens, parsed.last + 3), wordClass.month)) return true;
    }
    // "between Feb 13 and 24": the range's second day, after a month and its first.
    if (
      (previousLower === 'to' || previousLower === '-' || previousLower === 'and' || previousLower === 'through') &&
      /^\d{1,2}$/.test(raw) &&
      !parsed.multiplied &&
      /^\d{1,2}$/.test(tokenAt(tokens, parsed.first - 2)?.text ?? '') &&
      months.has((tokenAt(tokens, parsed.first - 3)?.lower ?? '').replace(/\.$/, ''))
    ) {
      return true;
    }
    if (isYear(raw, parsed, previousLower, nextLower, nextClasses, tokens)) return true;
    // Not in an all-capitals headline, where every word looks like a texted keyword.
    if (
      (previousLower === 'on' || previousLower === 'to' || helplineVerbs.has(previousLower)) &&
      !shouting &&
      isHelpline(tokens, parsed)
    ) {
      return true;
    }
  } else {
    const lower = token.lower;
    // "one" alone is a pronoun or an article ("one of the biggest", "one firm"), unless a
    // qualifier makes it a count ("only one senior official").
    if ((lower === 'one' || lower === 'zero') && parsed.first === parsed.last && !countsAsNumber(tokens, parsed)) {
      const before = tokenAt(tokens, parsed.first - 1)?.lower ?? '';
      const of = nextLower === 'of';
      if (of || !/^(?:only|least|than|about|nearly|almost|exactly|roughly|between)$/.test(before)) return true;
    }
    // "April two", "two May": dates; a full stop between ("in August. Five were") breaks it.
    const before = tokenAt(tokens, parsed.first - 1);
    if (hasClass(before, wordClass.month)) return true;
    if ((nextClasses & wordClass.month) !== 0) return true;
  }
  if ((previousClasses & wordClass.label) !== 0 && !parsed.multiplied && isLabel(tokens, parsed, previous as Token)) {
    return true;
  }
  if ((previousClasses & wordClass.weekday) !== 0 && !parsed.spelled && parsed.value <= 31) return true;
  if (!shouting && isNamePart(tokens, parsed.first)) return true;
  if (parsed.spelled && !shouting && isCapitalised(raw) && !isSentenceStart(tokens, parsed.first)) return true;
  return false;
}

/**
 * Whether a figure is a number to call or text: "Call 999 in an emergency", "call 311", "Samaritans
 * can be contacted free on 116 123", "Text SHOUT to 85258". Three to six bare digits right after
 * a verb of calling, or after "on" or "to" a few words after one, and no unit or counted noun
 * after it ("call 100 witnesses", "phoned 300 firms" count).
 */
function isHelpline(tokens: readonly Token[], parsed: Parsed): boolean {
  if (parsed.first !== parsed.last || parsed.multiplied || parsed.suffix !== '') return false;
  if (!isDigits((tokens[parsed.first] as Token).text, 3, 6)) return false;
  const at = wordIndexBefore(tokens, parsed.first);
  if (at < 0) return false;
  const previous = tokens[at] as Token;
  if (!helplineVerbs.has(previous.lower) && !isCallCue(tokens, at, previous.lower)) return false;
  return unitAfter(tokens, parsed.last) === undefined && countedNoun(tokens, parsed.last) === undefined;
}

/**
 * Whether "on" or "to" before a figure follows a verb of calling by a few words: "contacted free
 * on 116 123", "call the helpline on 116 123"; or "to" follows texting a keyword in capitals
 * ("text SHOUT to 85258", "text the word GOODPUB to 85130"; not "Texts rose to 500").
 */
function isCallCue(tokens: readonly Token[], preposition: number, lower: string): boolean {
  let keyword = false;
  for (let position = preposition - 1; position >= Math.max(0, preposition - 4); position--) {
    const token = tokens[position] as Token;
    if (!token.word) return false;
    const verb = token.lower;
    if (
      lower === 'on' &&
      (helplineVerbs.has(verb) || verb === 'contacted' || verb === 'contact' || verb === 'reached')
    ) {
      return true;
    }
    if (lower === 'to' && textingVerbs.has(verb)) return keyword;
    keyword ||= token.text.length > 1 && token.text === token.text.toUpperCase() && !/\d/.test(token.text);
  }
  return false;
}

/** Verbs of texting, which send a keyword "to" a number. */
const textingVerbs = words('text texting texted');

/** Verbs of calling or texting a number. */
const helplineVerbs = words(`
  call calls calling called dial dials dialling dialing dialled dialed ring rang phone phoned phoning text
  texts texting texted
`);

/**
 * Whether a figure that opens its block numbers a list item: "1. First item", "2) Second". The
 * text reader gives each item of a numbered list a block of its own (see read/text.ts).
 */
function isListNumber(tokens: readonly Token[], parsed: Parsed): boolean {
  const figure = tokens[0] as Token;
  const mark = tokens[1];
  const after = tokens[2];
  return (
    !parsed.spelled &&
    parsed.last === 0 &&
    isDigits(figure.text, 1, 3) &&
    (mark?.text === '.' || mark?.text === ')') &&
    mark.start === figure.end &&
    after !== undefined &&
    after.start > mark.end
  );
}

/**
 * Whether a figure is a Markdown footnote's label: the marker "a claim.[^1]" or the definition
 * "[^1]: The note.". The Markdown reader does not parse GFM footnotes, so both arrive as text.
 */
function isFootnoteLabel(tokens: readonly Token[], parsed: Parsed): boolean {
  const caret = tokenAt(tokens, parsed.first - 1) as Token;
  const open = tokenAt(tokens, parsed.first - 2);
  const close = tokens[parsed.last + 1];
  return (
    open?.text === '[' &&
    open.end === caret.start &&
    caret.end === (tokens[parsed.first] as Token).start &&
    close?.text === ']' &&
    close.start === (tokens[parsed.last] as Token).end
  );
}

/**
 * Whether a duration names the period of a market's high or low: "a five-week low", "a 30 year
 * low", "six-month highs". It says how far back the comparison reaches, not how long anything
 * lasted, so it is no statistic (the gold standard's annotators leave it out too); "a five-week
 * strike" still is one.
 */
function isRecordPeriod(tokens: readonly Token[], statistic: Found): boolean {
  if (statistic.unit === null || !periodUnits.has(statistic.unit)) return false;
  // `tokenAt`: a figure may end the block, and a read past the end deoptimised findStatistics.
  const after = tokenAt(tokens, statistic.lastToken + 1);
  return after !== undefined && recordWords.has(after.lower);
}

const periodUnits = new Set(['day', 'week', 'month', 'quarter', 'year', 'decade', 'session']);
const recordWords = new Set(['high', 'highs', 'low', 'lows', 'peak', 'peaks', 'trough', 'troughs']);

/**
 * Whether a duration is the maturity of a debt it names: "Germany's 10-year bond yield", "the
 * 30-year mortgage rate", "the two-year U.S. Treasury note", "three-month Libor". It labels the
 * kind of bond or loan, as "Windows 2000" names a product, and is no statistic; "a five-year
 * deal" and "a 10-year plan" still are. A word of where or what kind may come between ("the
 * 10-year government bond", "30-year fixed-rate mortgages").
 */
function isMaturity(tokens: readonly Token[], statistic: Found): boolean {
  if (statistic.unit === null || !maturityUnits.has(statistic.unit) || statistic.high !== null) return false;
  let position = statistic.lastToken + 1;
  for (let between = 0; between < 2; between++) {
    // `tokenAt`: reads past the block's end deoptimised findStatistics ("out of bounds").
    const token = tokenAt(tokens, position);
    if (token === undefined) return false;
    if (!token.word) {
      // "U.S.": the abbreviation's final stop.
      if (token.text !== '.' || !tokenAt(tokens, position - 1)?.word) return false;
      position++;
      continue;
    }
    if (debtNouns.has(token.lower)) return true;
    if (!debtModifiers.has(token.lower)) return false;
    position++;
  }
  return debtNouns.has(tokenAt(tokens, position)?.lower ?? '');
}

const maturityUnits = new Set(['day', 'week', 'month', 'year']);

/** Debts whose maturity a duration before them names. */
const debtNouns = words(`
  bond bonds yield yields note notes mortgage mortgages gilt gilts bund bunds treasury treasuries loan loans
  swap swaps paper bill bills t-bill t-bills libor sofr euribor debenture debentures
`);

/** Words that may come between a maturity and its debt: "10-year government bonds". */
const debtModifiers = words(`
  government benchmark sovereign treasury us u.s uk fixed fixed-rate adjustable-rate variable-rate
  zero-coupon inflation-linked index-linked german japanese italian french spanish british federal
  municipal corporate
`);

/**
 * Whether a figure is part of a telephone number: "+1 408-555-0199", "(020) 7946 0958", "020
 * 7946 0958", as in a press release's contact block. The run of digit groups around the figure,
 * joined by spaces, hyphens, stops, brackets or a leading plus, holds three groups or more and
 * nine to `maxPhoneDigits` digits: more than any quantity written with spaces ("1 200 000" has
 * seven) and less than any phone number with its area code. A longer run is a list of figures
 * ("12 14 9 11 …", a results line), and the walk stops as soon as the run is too long for a
 * phone number: walking the whole run from each of its figures was quadratic, and a paragraph
 * of 60,000 numbers took 100 s.
 */
function isPhoneNumber(tokens: readonly Token[], parsed: Parsed): boolean {
  // "136,594,000": a figure with thousands separators is a quantity.
  if (parsed.first !== parsed.last || !isPhonePart(tokens[parsed.first] as Token)) return false;
  const run = { digits: 0, groups: 0 };
  countPhoneDigits(tokens[parsed.first] as Token, run);
  for (let index = parsed.first; index > 0 && run.digits <= maxPhoneDigits; index--) {
    const before = tokenAt(tokens, index - 1) as Token;
    if (!isPhonePart(before) || (tokens[index] as Token).start - before.end > 1) break;
    countPhoneDigits(before, run);
  }
  for (let index = parsed.last; index + 1 < tokens.length && run.digits <= maxPhoneDigits; index++) {
    const after = tokens[index + 1] as Token;
    if (!isPhonePart(after) || after.start - (tokens[index] as Token).end > 1) break;
    countPhoneDigits(after, run);
  }
  return run.digits >= 9 && run.digits <= maxPhoneDigits && run.groups >= 3;
}

/**
 * Most digits a telephone number has: 15 by E.164, and one more for a trunk prefix written in
 * brackets ("+44 (0)20 7946 0958").
 */
const maxPhoneDigits = 16;

/** Add a token's digits and digit groups to a run's counts. */
function countPhoneDigits(token: Token, run: { digits: number; groups: number }): void {
  const text = token.text;
  let inGroup = false;
  for (let position = 0; position < text.length; position++) {
    const digit = isDigitCode(text.charCodeAt(position));
    if (digit) run.digits++;
    if (digit && !inGroup) run.groups++;
    inGroup = digit;
  }
}

/**
 * Whether a token that may belong to a telephone number touches the figure (at most a space
 * between): the cheap test asked of every figure before `isPhoneNumber` walks the run. Most
 * figures are followed by a word, a percent sign or a comma, and stop here.
 */
function besidePhonePart(tokens: readonly Token[], parsed: Parsed): boolean {
  const figure = tokens[parsed.first] as Token;
  const next = tokens[parsed.last + 1];
  if (next !== undefined && next.start - figure.end <= 1 && startsPhonePart(next.text.charCodeAt(0))) return true;
  const previous = tokenAt(tokens, parsed.first - 1);
  return previous !== undefined && figure.start - previous.end <= 1 && startsPhonePart(previous.text.charCodeAt(0));
}

/** A digit, or + ( ) - . : what a telephone number's parts start with. */
function startsPhonePart(code: number): boolean {
  return isDigitCode(code) || code === 43 || code === 40 || code === 41 || code === 45 || code === 46;
}

/** A token a telephone number is made of: digit groups (joined by hyphens or stops) and + ( ) - . */
function isPhonePart(token: Token): boolean {
  const text = token.text;
  if (text === '+' || text === '(' || text === ')' || text === '-' || text === '.') return true;
  for (let position = 0; position < text.length; position++) {
    const code = text.charCodeAt(position);
    if (!isDigitCode(code) && code !== 45 && code !== 46) return false;
  }
  return isDigitCode(text.charCodeAt(0));
}

/**
 * Whether a figure is a citation marker, as pasted from a wiki or a paper: "the claim.[12]",
 * "rose sharply [3]". A bare number of one to three digits alone in square brackets counts no
 * thing: an editor's insertion in brackets has words ("[the company]", "[10 people]").
 */
function isCitationMarker(tokens: readonly Token[], parsed: Parsed): boolean {
  const open = tokenAt(tokens, parsed.first - 1) as Token;
  const figure = tokens[parsed.first] as Token;
  const close = tokens[parsed.last + 1];
  return (
    parsed.first === parsed.last &&
    isDigits(figure.text, 1, 3) &&
    open.end === figure.start &&
    close?.text === ']' &&
    close.start === figure.end
  );
}

/**
 * Whether a label word before a figure names it ("Article 5", "phase two", "No. 3") rather than
 * ending the sentence before it ("plays a part. Sixteen percent of parents") or standing before a
 * quantity ("home sales to a level 1.6 pct below January"): only an abbreviation ("No.", "Vol.")
 * has a full stop between it and the figure, and a figure with a percent or a unit after it is a
 * quantity. Out of line: asked only after a label word.
 */
function isLabel(tokens: readonly Token[], parsed: Parsed, label: Token): boolean {
  if (tokenAt(tokens, parsed.first - 1) !== label && !labelAbbreviations.has(label.lower)) return false;
  if (parsed.suffix !== '') return false;
  const next = tokens[parsed.last + 1];
  if (!next) return true;
  if (next.text === '%' || next.lower === 'pct' || next.lower === 'percent') return false;
  if (next.lower === 'per' && tokens[parsed.last + 2]?.lower === 'cent') return false;
  return (next.classes & (wordClass.measureUnit | wordClass.currency | wordClass.subunit)) === 0;
}

/**
 * A capitalised word right before a figure, mid-sentence, makes the figure part of a name:
 * "Rover 25", "Windows 2000", "Channel 4", "Formula One".
 */
function isNamePart(tokens: readonly Token[], index: number): boolean {
  const previous = tokenAt(tokens, index - 1);
  if (!previous?.word || !isCapitalised(previous.text)) return false;
  return (
    !capitalisedFunctionWords.has(previous.text) &&
    // A capital at the start of a sentence is only a name when it has capitals inside
    // ("Spider-Man 2 on UMD"), not a verb or a noun that opens it ("Pledged 102bn rupees").
    (!isSentenceStart(tokens, index - 1) || /.\p{Lu}/u.test(previous.text)) &&
    !/['’]s$/.test(previous.text) &&
    !tableLabels.has(previous.lower) &&
    !currencyCodesBefore.has(previous.text) &&
    !dollarPrefixes.has(previous.text) &&
    !hasClass(previous, wordClass.month)
  );
}

/**
 * The glued suffixes `readQuantity` tests one by one, each mapped to itself: the interned copy.
 * A suffix cut from a figure ("kg" of "15kg") is a fresh string, and comparing it inline where
 * only interned ones ('' and 'fraction') had been seen deoptimised readQuantity ("wrong instance
 * type"); the Map look-up hashes any string and gives back an interned one or undefined.
 */
const gluedSuffixes: ReadonlyMap<string, string> = new Map(
  ['fraction', 'p', 'pc', 'x', 'bp', 'bps'].map((suffix) => [suffix, suffix]),
);

/**
 * Whether a figure ending in "b" is a version ("802.11b") rather than billions ("$1.5b"). Out
 * of line because it is asked so rarely: inline, its steps each threw isExcluded's optimised
 * code away the first time a text reached them ("Insufficient type feedback").
 */
function isVersionNumber(tokens: readonly Token[], first: number, raw: string): boolean {
  return /^\d+\.\d+b$/i.test(raw) && !/^[$£€¥]$/.test(tokenAt(tokens, first - 1)?.text ?? '');
}

function isKnownSuffix(suffix: string): boolean {
  return (
    attachedMultipliers.has(suffix) ||
    attachedUnits.has(suffix) ||
    suffix === 'p' ||
    suffix === 'pc' ||
    suffix === 'x' ||
    suffix === 'bp' ||
    suffix === 'bps' ||
    suffix === 'am' ||
    suffix === 'pm'
  );
}

/** Whether a one is a number: before a multiplier, unit, "in"/"or"/"to" + number, or "-third". */
function countsAsNumber(tokens: readonly Token[], parsed: Parsed): boolean {
  const next = tokens[parsed.last + 1];
  if (!next) return false;
  const lower = next.lower;
  if (next.text === '%' || lower === 'pct' || lower === 'percent') return true;
  if ((next.classes & (wordClass.measureUnit | wordClass.currency | wordClass.subunit)) !== 0) return true;
  if (lower === 'per' && tokens[parsed.last + 2]?.lower === 'cent') return true;
  // "one and a half minutes".
  if (lower === 'and' && tokens[parsed.last + 2]?.lower === 'a') {
    return tokens[parsed.last + 3]?.lower === 'half';
  }
  if (lower === 'in' || lower === 'or' || lower === 'to' || lower === 'out' || lower === 'and') {
    const after = tokens[parsed.last + 2];
    const afterLower = after?.lower ?? '';
    return (
      after !== undefined && (/^\d/.test(after.text) || wordValue(afterLower) !== undefined || afterLower === 'of')
    );
  }
  return false;
}

function isYear(
  raw: string,
  parsed: Parsed,
  previous: string,
  next: string,
  nextClasses: number,
  tokens: readonly Token[],
): boolean {
  if (!isDigits(raw, 4, 4) || parsed.multiplied) return false;
  const value = parsed.value;
  if (value < 1800 || value > 2100) return false;
  // "fiscal 1987 year", "the 1987 model year".
  if (previous === 'fiscal' || previous === 'calendar' || next === 'year') return true;
  if (
    next === '%' ||
    next === 'pct' ||
    next === 'percent' ||
    (nextClasses & (wordClass.currency | wordClass.measureUnit)) !== 0
  ) {
    return false;
  }
  const before = tokenAt(tokens, parsed.first - 1);
  if (before && (before.text === '$' || before.text === '£' || before.text === '€')) return false;
  // "about 2000 people" is a count; "above 1985", "since 1985" are years.
  if (qualifierWords.has(previous) && !/^(?:above|below|over|under|since)$/.test(previous)) return false;
  if (previous === 'than' || previous === 'least') return false;
  return true;
}

/** Whether a text is `min` to `max` ASCII digits. */
function isDigits(text: string, min: number, max: number): boolean {
  const length = text.length;
  if (length < min || length > max) return false;
  for (let position = 0; position < length; position++) {
    if (!isDigitCode(text.charCodeAt(position))) return false;
  }
  return true;
}

/** The word token before `index`, stepping over an abbreviation's full stop ("Feb. 26" → "Feb"). */
function wordBefore(tokens: readonly Token[], index: number): Token | undefined {
  const position = wordIndexBefore(tokens, index);
  return position < 0 ? undefined : (tokens[position] as Token);
}

/**
 * The index of `wordBefore`'s word, or -1: for the word before that one, where searching the
 * tokens for it (`indexOf`) read the block from its start for each figure.
 */
function wordIndexBefore(tokens: readonly Token[], index: number): number {
  let position = index - 1;
  // Step over a full stop of an abbreviation ("Feb. 26").
  // `tokenAt`: a figure may open the block, and reading index -1 is a slow generic look-up.
  if (tokenAt(tokens, position)?.text === '.' && tokenAt(tokens, position - 1)?.word) position--;
  return tokenAt(tokens, position)?.word ? position : -1;
}

function isAdjacentWord(tokens: readonly Token[], index: number): boolean {
  const previous = tokenAt(tokens, index - 1);
  return previous !== undefined && (previous.word || previous.text === '.');
}

function isSentenceStart(tokens: readonly Token[], index: number): boolean {
  let position = index - 1;
  while (position >= 0) {
    const token = tokens[position] as Token;
    if (token.word) return false;
    if ('.!?:;"“‘\'(-–—'.includes(token.text)) return true;
    // A footnote marker after a sentence ("came.[^3] Then 7 left") is not a word of the next one.
    if (
      token.text === ']' &&
      tokenAt(tokens, position - 2)?.text === '^' &&
      tokenAt(tokens, position - 3)?.text === '['
    ) {
      position -= 4;
      continue;
    }
    position--;
  }
  return true;
}

/** "a third of", "a quarter of", "a dozen", "a million", "a half". */
function readArticleNumber(text: string, tokens: readonly Token[], index: number): Found | undefined {
  const next = tokens[index + 1];
  if (!next?.word) return undefined;
  const lower = next.lower;
  const article = tokens[index] as Token;
  if (lower === 'dozen') return simple(tokens, index, index + 1, 12, text);
  const scale = scaleWords.get(lower);
  if (scale !== undefined && scale >= 100 && lower !== 'bn' && lower !== 'mln' && lower !== 'mn') {
    const statistic = readQuantity(text, tokens, {
      first: index + 1,
      last: index + 1,
      value: scale,
      spelled: true,
      multiplied: true,
      scale: 1,
      suffix: '',
    });
    return statistic && startingAt(statistic, Math.min(statistic.start, article.start), index);
  }
  const fraction = fractionWords.get(lower);
  if (fraction !== undefined && (lower === 'third' || lower === 'quarter' || lower === 'half' || lower === 'fifth')) {
    const after = tokens[index + 2]?.lower ?? '';
    // "a third of", "a quarter of the firm"; not "a third quarter" or "a quarter ended".
    // Both comparisons made whatever the word: `after === ''` made for "half" only first ran
    // after V8 had compiled readStatistic, which inlines this ("Insufficient type feedback").
    const ofAfter = after === 'of';
    const nothingAfter = after === '';
    if (!ofAfter && !(lower === 'half' && nothingAfter)) return undefined;
    if (lower === 'quarter' && after !== 'of') return undefined;
    return ratio(tokens, index, index + 1, round(fraction));
  }
  return undefined;
}

/** "half of the staff", "half the workforce", "half a million"; not "the second half". */
function readHalf(text: string, tokens: readonly Token[], index: number): Found | undefined {
  const previous = tokenAt(tokens, index - 1)?.lower ?? '';
  if (/^(?:first|second|last|latter|former|the|this|that|a|next|previous|and)$/.test(previous)) return undefined;
  const next = tokens[index + 1];
  const nextLower = next?.lower ?? '';
  if (!/^(?:of|the|its|their|his|her|our|a|an|all|this|that|these|those)$/.test(nextLower)) return undefined;
  if (nextLower === 'a' || nextLower === 'an') {
    const scale = scaleWords.get(tokens[index + 2]?.lower ?? '');
    if (scale !== undefined && scale >= 1000) return simple(tokens, index, index + 2, scale / 2, text);
    if (tokens[index + 2]?.lower === 'dozen') return simple(tokens, index, index + 2, 6, text);
  }
  return ratio(tokens, index, index, 0.5);
}

/** A ratio ("tenfold", "a third of", "half the") over tokens `first` to `last`, with any qualifier before it. */
function ratio(tokens: readonly Token[], first: number, last: number, value: number): Found {
  const qualifier = qualifierBefore(tokens, first);
  return {
    start: qualifier ? qualifier.start : (tokens[first] as Token).start,
    end: (tokens[last] as Token).end,
    value,
    high: null,
    kind: 'ratio',
    unit: null,
    qualifier: qualifier?.text ?? null,
    firstToken: first,
    lastToken: last,
    bare: false,
    scaled: false,
  };
}

function simple(tokens: readonly Token[], first: number, last: number, value: number, text: string): Found {
  const statistic = readQuantity(text, tokens, {
    first: last,
    last,
    value,
    spelled: true,
    multiplied: true,
    scale: 1,
    suffix: '',
  });
  const start = (tokens[first] as Token).start;
  if (statistic) return startingAt(statistic, Math.min(statistic.start, start), first);
  return {
    start,
    end: (tokens[last] as Token).end,
    value,
    high: null,
    kind: 'count',
    unit: null,
    qualifier: null,
    firstToken: first,
    lastToken: last,
    bare: false,
    scaled: false,
  };
}

/**
 * A figure or number word joined by a hyphen to a word: "21-page" (count), "five-week"
 * (measure), "63-year-old" (age), "two-thirds" (fraction). Returns null for compounds that are
 * not quantities ("one-off", "first-half"), undefined when the token is not such a compound.
 */
function readCompound(tokens: readonly Token[], index: number): Found | null | undefined {
  const token = tokens[index] as Token;
  const raw = token.text;
  const hyphen = raw.indexOf('-');
  if (hyphen <= 0) return undefined;
  const head = raw.slice(0, hyphen).toLowerCase();
  const tail = raw.slice(hyphen + 1).toLowerCase();
  const headValue = /^\d[\d,]*(?:\.\d+)?$/.test(head) ? Number(head.replace(/,/g, '')) : wordValue(head);
  if (headValue === undefined || Number.isNaN(headValue)) return undefined;
  const quantity = compoundQuantity(headValue, tail);
  if (!quantity) return null;
  const qualifier = qualifierBefore(tokens, index);
  // One object literal, not a spread of shared fields: spreading cost 0.7% of parse here.
  return {
    start: qualifier ? qualifier.start : token.start,
    end: token.end,
    value: quantity.value,
    high: null,
    kind: quantity.kind,
    unit: quantity.unit,
    qualifier: qualifier?.text ?? null,
    firstToken: index,
    lastToken: index,
    bare: false,
    scaled: false,
  };
}

/** What a compound's tail makes of its head: "-page" a count, "-week" a measure, "-thirds" a ratio. */
function compoundQuantity(
  head: number,
  tail: string,
): { value: number; kind: StatisticKind; unit: string | null } | undefined {
  // Stock splits: "2-for-1", "two-for-one", "3-for-2".
  const split = /^for-(\w+)$/.exec(tail);
  if (split) {
    const of = /^\d+$/.test(split[1] as string) ? Number(split[1]) : wordValue(split[1] as string);
    if (of === undefined || of === 0) return undefined;
    return { value: round(head / of), kind: 'ratio', unit: null };
  }
  const fraction = fractionWords.get(tail);
  if (fraction !== undefined && (tail.endsWith('s') || head === 1)) {
    return { value: round(head * fraction), kind: 'ratio', unit: null };
  }
  if (/^(?:years?|months?|weeks?)-old$/.test(tail)) {
    return { value: head, kind: 'age', unit: tail.replace(/s?-old$/, '') };
  }
  const unitWord = tail.split('-')[0] as string;
  const measure = measureUnits.get(unitWord);
  if (measure !== undefined) return { value: head, kind: 'measure', unit: measure };
  if (compoundCounts.has(unitWord)) return { value: head, kind: 'count', unit: unitWord.replace(/s$/, '') };
  if (unitWord === 'fold' || unitWord === 'times') return { value: head, kind: 'ratio', unit: null };
  return undefined;
}

/**
 * Figures joined by a dash: a score when the article is about sport ("won 3-1"), a range when
 * a unit or counted noun follows ("10-15%", "$5-6bn", "20-30 people"). Years ("2004-05") and
 * model numbers ("747-400") are not statistics.
 */
function readDashed(tokens: readonly Token[], index: number, sports: SportsQuestion): Found | null | undefined {
  const token = tokens[index] as Token;
  const match = /^(\d[\d,]*(?:\.\d+)?)[-–](\d[\d,]*(?:\.\d+)?)([a-z]*)$/i.exec(token.text);
  if (!match) return undefined;
  const low = Number((match[1] as string).replace(/,/g, ''));
  const high = Number((match[2] as string).replace(/,/g, ''));
  const suffix = (match[3] ?? '').toLowerCase();
  if (
    suffix === '' &&
    Number.isInteger(low) &&
    Number.isInteger(high) &&
    ((low <= 30 && high <= 30 && sports.ask()) || isTally(tokens, index, low, high))
  ) {
    return {
      start: token.start,
      end: token.end,
      value: low,
      high,
      kind: 'score',
      unit: null,
      qualifier: null,
      firstToken: index,
      lastToken: index,
      bare: false,
      scaled: false,
    };
  }
  if (low >= 1000 || high <= low) return null;
  let multiplier = attachedMultipliers.get(suffix) ?? 1;
  if (suffix !== '' && multiplier === 1) return null;
  // "15-20 billion dlrs", "$5-6 million": a scale word after the range scales both ends, and
  // the unit comes after it.
  let scaled = index;
  const scale = suffix === '' ? scaleWords.get(tokens[index + 1]?.lower ?? '') : undefined;
  if (scale !== undefined && scale >= 1e3) {
    multiplier = scale;
    scaled = index + 1;
  }
  const currency = currencyBefore(tokens, index);
  const after = unitAfter(tokens, scaled);
  // "15-20 more stores": "more" stops countedNoun (it starts "more than"), but after a range it
  // only says the things are extra.
  const noun = after
    ? undefined
    : (countedNoun(tokens, scaled) ??
      (tokens[scaled + 1]?.lower === 'more' ? countedNoun(tokens, scaled + 1) : undefined));
  // "aged 16-29": a range of ages needs no unit after it.
  const aged = !currency && !after && multiplier === 1 && agedWords.has(wordBefore(tokens, index)?.lower ?? '');
  if (!currency && !after && !noun && multiplier === 1 && !aged) return null;
  const qualifier = qualifierBefore(tokens, currency ? currency.token : index);
  const kind: StatisticKind = currency ? 'money' : aged ? 'age' : (after?.kind ?? 'count');
  const unit = currency ? currency.code : aged ? 'year' : (after?.unit ?? noun ?? null);
  const last = after && !currency ? after.last : scaled;
  return {
    start: qualifier ? qualifier.start : currency ? currency.start : token.start,
    end: (tokens[last] as Token).end,
    value: round(low * multiplier),
    high: round(high * multiplier),
    kind,
    unit,
    qualifier: qualifier?.text ?? null,
    firstToken: index,
    lastToken: last,
    bare: false,
    scaled: false,
  };
}

/**
 * Whether "38-35", "112-104", "77-19" is a result or a vote tally, whatever its size: a word
 * of winning or voting shortly before it in its sentence ("The Lakers won 112-104", "the Senate
 * voted 77-19", "by a vote of 335-91", "the court ruled 6-3"), or a noun of result after it ("a
 * 6-3 majority", "a 52-48 vote"). Sport alone makes a score only of small numbers (see
 * readDashed); a range is written low to high, so a dash figure whose second number is the
 * larger stays a range when a unit or a counted noun follows ("won 10-15 seats") or when it
 * names the thing after it ("won the 98-99 title").
 */
function isTally(tokens: readonly Token[], index: number, low: number, high: number): boolean {
  if (low >= 1000 || high >= 1000) return false;
  const next = tokens[index + 1];
  if (next?.word && tallyNouns.has(next.lower)) return true;
  if (!tallyWordBefore(tokens, index)) return false;
  if (high < low) return true;
  if (determiners.has(wordBefore(tokens, index)?.lower ?? '')) return false;
  return (
    currencyBefore(tokens, index) === undefined &&
    unitAfter(tokens, index) === undefined &&
    countedNoun(tokens, index) === undefined
  );
}

/** Whether a word of winning or voting comes at most six words before a figure, in its sentence. */
function tallyWordBefore(tokens: readonly Token[], index: number): boolean {
  let seen = 0;
  for (let position = index - 1; position >= 0 && seen < 6; position--) {
    const token = tokens[position] as Token;
    if (!token.word) {
      if ('.!?;:"“”'.includes(token.text)) return false;
      continue;
    }
    if (tallyWords.has(token.lower)) return true;
    seen++;
  }
  return false;
}

/** Words of winning, losing or voting before a result: "won 38-35", "voted 77-19", "a vote of 335-91". */
const tallyWords = words(`
  won win wins beat beats beating lost lose loses losing defeated defeat defeats drew draw tied edged
  thrashed trounced routed voted vote votes voting passed ruled margin tally
`);

/** Nouns of result after a dash figure: "a 6-3 majority", "a 52-48 vote", "a 38-35 win". */
const tallyNouns = words(`
  win victory defeat loss vote decision majority ruling verdict margin scoreline
`);

/** Words that make a dash figure name the thing after it: "the 98-99 title", "a 10-20 minute wait". */
const determiners = words('the a an its their his her our this that');

/** A figure with what surrounds it: currency, qualifier, multiplier, unit, range. */
function readQuantity(text: string, tokens: readonly Token[], parsed: Parsed): Found | undefined {
  const first = tokens[parsed.first] as Token;
  let start = first.start;
  let firstToken = parsed.first;
  let value = parsed.value;
  let high: number | null = null;
  let kind: StatisticKind = 'count';
  let unit: string | null = null;
  let lastToken = parsed.last;
  let bare = true;
  let betweenStart: number | undefined;

  // Currency before: "£51.6m", "A$458.4m", "US$5", "Rs 500".
  const currency = currencyBefore(tokens, parsed.first);
  if (currency) {
    start = currency.start;
    firstToken = currency.token;
    kind = 'money';
    unit = currency.code;
    bare = false;
  }

  // Units glued on: "119p", "15kg"; spelled fractions ("one third").
  const glued = gluedSuffixes.get(parsed.suffix);
  const gluedUnit = gluedUnits.get(parsed.suffix);
  if (glued === 'fraction') {
    kind = 'ratio';
    bare = false;
  } else if (glued === 'p' && !currency) {
    kind = 'money';
    unit = 'pence';
    bare = false;
  } else if (glued === 'pc') {
    kind = 'percent';
    unit = 'percent';
    bare = false;
  } else if (glued === 'x') {
    kind = 'ratio';
    bare = false;
  } else if (glued === 'bp' || glued === 'bps') {
    // "25bp", "50bps": basis points, as "25 basis points" is.
    kind = 'percent';
    unit = 'basis point';
    bare = false;
  } else if (gluedUnit !== undefined) {
    kind = 'measure';
    unit = gluedUnit;
    bare = false;
  }

  // Ranges: "1,750 to 1,780 dlrs", "between 10 and 20", "one or two", "10-15 pct".
  const range = readRange(text, tokens, parsed, currency !== undefined);
  if (range) {
    high = range.value;
    lastToken = range.last;
    // Remade for every range, with its own suffix when it has none: a call made only for a range
    // with a suffix ("10-15 pct") first ran after V8 had compiled readQuantity ("Insufficient type
    // feedback for call").
    parsed = reparsed(parsed, parsed.last, parsed.value, range.suffix || parsed.suffix);
    if (range.multiplier !== 1 && !parsed.multiplied) value *= range.multiplier;
  }

  // "a 1.2 million-barrel draw": the unit closes the scale compound.
  if (bare && parsed.multiplied) {
    const compound = scaleCompoundUnit(tokens, parsed);
    if (compound !== undefined) {
      kind = compound.kind;
      unit = compound.unit;
      bare = false;
    }
  }

  // The unit after the figure.
  if (bare) {
    const after = unitAfter(tokens, lastToken);
    if (after) {
      kind = after.kind;
      unit = after.unit;
      lastToken = after.last;
      bare = false;
      if (after.denominator !== undefined) value /= after.denominator;
      // "downloaded 30 million times": a count of times, not a multiple.
      if (
        after.kind === 'ratio' &&
        after.denominator === undefined &&
        isCountOfTimes(tokens, parsed, value, after.last)
      ) {
        kind = 'count';
        unit = 'time';
      }
      // "between 10% to 15%", "5 pct to 6 pct": a range whose ends both carry the unit.
      if (!range && after.denominator === undefined) {
        const second = rangeAfterUnit(text, tokens, parsed, after, currency !== undefined);
        if (second) {
          high = second.value;
          lastToken = second.last;
          unit = second.unit;
          const before = wordBefore(tokens, firstToken);
          if (before?.lower === 'between') betweenStart = before.start;
        }
      }
    }
  }
  if (kind === 'count') {
    const noun = countedNoun(tokens, lastToken);
    if (noun) {
      unit = noun;
      bare = false;
    }
  }
  if (bare && parsed.multiplied) bare = false;

  // Ages: "Raisi, 63," and "aged 63".
  const age = isAge(tokens, parsed, kind, unit);
  if (age) {
    kind = 'age';
    unit = 'year';
    bare = false;
  }

  const qualifier = range?.between || betweenStart !== undefined ? undefined : qualifierBefore(tokens, firstToken);
  if (qualifier) start = qualifier.start;
  if (range?.between) start = range.between;
  if (betweenStart !== undefined) start = betweenStart;
  const end = (tokens[lastToken] as Token).end;
  return {
    start,
    end,
    value: round(value),
    high: high === null ? null : round(high),
    kind,
    unit,
    qualifier: qualifier?.text ?? null,
    firstToken,
    lastToken,
    bare,
    scaled: parsed.multiplied,
  };
}

/**
 * Whether "N times" counts how often something happened ("downloaded 30 million times", "shared
 * 500,000 times") rather than multiplying: a figure of a thousand or more, or with a scale word,
 * and no comparison after "times" ("a million times more likely", "10,000 times its weight", "15
 * times earnings" stay ratios). Out of line: asked only before "times".
 */
function isCountOfTimes(tokens: readonly Token[], parsed: Parsed, value: number, times: number): boolean {
  if (!parsed.multiplied && value < 1000) return false;
  // "speed has leaped 500,000 times": after a verb of growth, a multiple.
  const at = wordIndexBefore(tokens, parsed.first);
  let before = at < 0 ? undefined : (tokens[at] as Token);
  if (before !== undefined && qualifierWords.has(before.lower)) before = wordBefore(tokens, at);
  const verb = before?.lower ?? '';
  if (isChangeWord(verb) || growthVerbs.has(verb)) return false;
  const next = tokens[times + 1];
  if (!next?.word) return true;
  const lower = next.lower;
  return !multipleFollowers.has(lower) && !/[a-z]{2}er$/.test(lower);
}

/** Verbs of growth besides `changeWords` that make "N times" a multiple: "leaped 500,000 times". */
const growthVerbs = words('leaped leapt soared grown risen multiplied expanded improved increase rise grow');

/** Words after "times" that make a figure a multiple of something: "times more", "times the size". */
const multipleFollowers = words(`
  more less fewer as the its their his her our that what over earnings sales revenue revenues profit profits
  book cash income salary salaries greater
`);

function currencyBefore(
  tokens: readonly Token[],
  index: number,
): { start: number; token: number; code: string } | undefined {
  const previous = tokenAt(tokens, index - 1);
  const first = tokens[index] as Token;
  if (!previous) return undefined;
  const sign = currencySigns.get(previous.text);
  if (sign !== undefined && previous.end === first.start) {
    // "A$", "US$", "HK$": letters glued to the dollar sign.
    const letters = tokenAt(tokens, index - 2);
    if (previous.text === '$' && letters?.word && letters.end === previous.start) {
      const code = dollarPrefixes.get(letters.text);
      if (code) return { start: letters.start, token: index - 2, code };
    }
    return { start: previous.start, token: index - 1, code: sign };
  }
  if (previous.word) {
    const code = currencyCodesBefore.get(previous.text);
    if (code !== undefined) return { start: previous.start, token: index - 1, code };
  }
  return undefined;
}

interface RangeEnd {
  value: number;
  last: number;
  multiplier: number;
  suffix: string;
  /** Start offset of "between", when the range is written "between X and Y". */
  between: number | undefined;
}

/**
 * Whether the word before a figure makes "X to Y" a change and the level it reached ("rose 5 to
 * 6", "by 80,000 bpd to 84 mln bpd"), not a range.
 */
function isChangeWord(lower: string): boolean {
  return changeWords.test(lower);
}

/** Words before a range of ages, which needs no unit after it: "aged 16 to 29", "ages 5-11". */
const agedWords = words('aged ages');

const changeWords =
  /^(?:rose|fell|rising|falling|up|down|increased|decreased|cut|raised|lowered|by|grew|dropped|climbed|gained|jumped|slipped|declined|lost|added)$/;

function readRange(text: string, tokens: readonly Token[], parsed: Parsed, hasCurrency: boolean): RangeEnd | undefined {
  const joiner = tokens[parsed.last + 1];
  if (!joiner) return undefined;
  const lower = joiner.lower;
  const at = wordIndexBefore(tokens, hasCurrency ? parsed.first - 1 : parsed.first);
  const previous = at < 0 ? undefined : (tokens[at] as Token);
  const previousLower = previous?.lower ?? '';
  const between = previousLower === 'between';
  // "rose from 5 to 6" is a change; "ranging from 3.9 to 5.15 pct" is a range.
  if (previousLower === 'from' && !/^(?:rang\w*|var\w*)$/.test(wordBefore(tokens, at)?.lower ?? '')) {
    return undefined;
  }
  let secondIndex = parsed.last + 2;
  if (lower === 'and') {
    if (!between) return undefined;
  } else if (lower === 'or') {
    if (!parsed.spelled) return undefined;
  } else if (lower === 'to' || joiner.text === '-' || joiner.text === '–') {
    // ok
  } else return undefined;
  // A second currency sign ("$5 to $6bn").
  const sign = tokens[secondIndex];
  if (sign && currencySigns.has(sign.text)) {
    if (!hasCurrency) return undefined;
    secondIndex++;
  }
  // "-0.90 to -1.10 pct": a negative second end.
  const negative = tokens[secondIndex]?.text === '-' ? 1 : 0;
  const second = parseNumber(text, tokens, secondIndex + negative, false);
  if (!second || second.first !== secondIndex) return undefined;
  if (parsed.spelled !== second.spelled && lower === 'or') return undefined;
  const secondToken = tokens[secondIndex + negative] as Token;
  if (/-/.test(secondToken.text) || /^\d{4}$/.test(secondToken.text)) return undefined;
  if (second.suffix !== '' && !isKnownSuffix(second.suffix)) return undefined;
  let multiplier = 1;
  let secondValue = second.value;
  if (second.multiplied && !parsed.multiplied) {
    // "5 to 6 billion": the multiplier belongs to both ends.
    multiplier = second.scale;
    if (parsed.value * multiplier > secondValue) multiplier = 1;
  }
  if (Math.abs(parsed.value * multiplier) > Math.abs(secondValue)) return undefined;
  // "from X to Y" was handled; "X to Y" after a verb of change is a change, not a range.
  if (lower === 'to' && isChangeWord(previousLower)) return undefined;
  if (lower === 'to' && !between && !second.multiplied && second.suffix === '' && !agedWords.has(previousLower)) {
    // "rose 28% to A$458.4m" never gets here (the first has a unit); a bare "X to Y" is a range
    // only if a unit follows the second figure or both are small counts; "aged 16 to 29" is
    // one of ages.
    const after = tokens[second.last + 1];
    const afterLower = after?.lower ?? '';
    const unitFollows =
      after !== undefined &&
      (after.text === '%' ||
        afterLower === 'pct' ||
        afterLower === 'percent' ||
        currencyWords.has(afterLower) ||
        subunitWords.has(afterLower) ||
        measureUnits.has(afterLower) ||
        afterLower === 'per' ||
        countedNoun(tokens, second.last) !== undefined);
    if (!unitFollows) return undefined;
  }
  secondValue = second.value;
  return {
    value: secondValue,
    last: second.last,
    multiplier,
    suffix: second.suffix,
    between: between && previous ? previous.start : undefined,
  };
}

interface UnitFound {
  kind: StatisticKind;
  unit: string | null;
  last: number;
  /** For "one in five": the five. */
  denominator?: number;
}

/**
 * The time a measure is counted per, written out after it: "barrels per day", "miles an hour",
 * "tonnes a year" (as "bpd" and "mph" are). Not "a year earlier" or "a day ago", which say when.
 *
 * @param tokens The tokens.
 * @param per Index of the token after the unit ("per", "a", "an").
 * @returns The singular time unit, or undefined.
 */
function perTimeUnit(tokens: readonly Token[], per: number): string | undefined {
  const word = tokens[per]?.lower;
  if (word !== 'per' && word !== 'a' && word !== 'an') return undefined;
  const time = rateTimes.get(tokens[per + 1]?.lower ?? '');
  if (time === undefined) return undefined;
  if (word !== 'per' && whenWords.has(tokens[per + 2]?.lower ?? '')) return undefined;
  return time;
}

/** The times a rate is counted per, and their singular: "per annum" is "per year". */
const rateTimes = new Map([
  ['second', 'second'],
  ['minute', 'minute'],
  ['hour', 'hour'],
  ['day', 'day'],
  ['week', 'week'],
  ['month', 'month'],
  ['year', 'year'],
  ['annum', 'year'],
]);

/** Words after "a year", "a day" that make it a time, not a rate: "a year earlier". */
const whenWords = new Set(['earlier', 'ago', 'before', 'later', 'after', 'previously', 'back', 'since', 'on', 'from']);

/** The second end of a range written with the unit on both ends: "10% to 15%", "$5 to $6". */
function rangeAfterUnit(
  text: string,
  tokens: readonly Token[],
  parsed: Parsed,
  unit: UnitFound,
  hasCurrency: boolean,
): { value: number; last: number; unit: string | null } | undefined {
  const joiner = tokens[unit.last + 1]?.lower ?? '';
  const previous = wordBefore(tokens, hasCurrency ? parsed.first - 1 : parsed.first)?.lower ?? '';
  if (previous === 'from') return undefined;
  if (!(joiner === 'to' || joiner === '-' || joiner === '–' || (joiner === 'and' && previous === 'between')))
    return undefined;
  let index = unit.last + 2;
  if (hasCurrency && currencySigns.has(tokens[index]?.text ?? '')) index++;
  const second = parseNumber(text, tokens, index, false);
  if (!second || second.first !== index || second.value < parsed.value) return undefined;
  // "raised by 80,000 barrels a day to 84 million barrels a day": after a verb of change, a
  // second figure ten times the first or more is the level reached, not the top of a range
  // ("to grow 10% to 15%" is one).
  if (joiner === 'to' && isChangeWord(previous) && second.value >= 10 * parsed.value) return undefined;
  const after = unitAfter(tokens, second.last);
  if (!after || after.kind !== unit.kind) return undefined;
  // "between one gigabyte and 30 gigabytes a month": a rate after the second end is both ends'.
  if (after.unit !== unit.unit && !(unit.unit !== null && after.unit?.startsWith(`${unit.unit} per `))) {
    return undefined;
  }
  return { value: second.value, last: after.last, unit: after.unit };
}

function unitAfter(tokens: readonly Token[], last: number): UnitFound | undefined {
  const next = tokens[last + 1];
  if (!next) return undefined;
  const lower = next.lower;
  const token = tokens[last] as Token;
  if (next.text === '%') return { kind: 'percent', unit: 'percent', last: last + 1 };
  if (lower === 'pct' || lower === 'percent') return { kind: 'percent', unit: 'percent', last: last + 1 };
  if (lower === 'per' && tokens[last + 2]?.lower === 'cent') {
    return { kind: 'percent', unit: 'percent', last: last + 2 };
  }
  if (lower === 'percentage' && /^points?$/.test(tokens[last + 2]?.lower ?? '')) {
    return { kind: 'percent', unit: 'percentage point', last: last + 2 };
  }
  if (lower === 'basis' && /^points?$/.test(tokens[last + 2]?.lower ?? '')) {
    return { kind: 'percent', unit: 'basis point', last: last + 2 };
  }
  // "fell 6 bps": markets copy abbreviates basis points; only in lower case, as "BP" is a company.
  if (next.text === 'bps' || next.text === 'bp') return { kind: 'percent', unit: 'basis point', last: last + 1 };
  // "17.18 billion N.Z. Dlrs", "500 Canadian dlrs", "20 Swiss francs", "Hong Kong dollars".
  const place = lower === 'hong' || lower === 'new' ? last + 2 : last + 1;
  let word = place + 1;
  if (tokens[word]?.text === '.') word++;
  const nationality = tokens[place]?.lower ?? '';
  const national = nationalityWords.has(nationality)
    ? currencyNationalities.get(`${nationality} ${tokens[word]?.lower ?? ''}`)
    : undefined;
  if (national) return { kind: 'money', unit: national, last: word };
  // "250 mln mark bond", "100 mln guilder eurobond", "25.00 guilder share": singular names.
  const singularCurrency = singularCurrencies.get(lower);
  if (singularCurrency !== undefined && (scaleWords.has(token.lower) || /[.]\d/.test(token.text))) {
    return { kind: 'money', unit: singularCurrency, last: last + 1 };
  }
  // "43.305 per US dollar": an exchange rate is money.
  if (lower === 'per') {
    let index = last + 2;
    if (/^(?:us|u\.s)$/i.test(tokens[index]?.text ?? '')) index += tokens[index + 1]?.text === '.' ? 2 : 1;
    if (currencyWords.has(tokens[index]?.lower ?? '')) return { kind: 'money', unit: null, last };
  }
  const currency = currencyWords.get(lower);
  if (currency !== undefined) {
    // "won" is a verb far more often than Korea's currency.
    if (lower === 'won' && !scaleWords.has(token.lower)) return undefined;
    if ((lower === 'pounds' || lower === 'pound') && tokens[last + 2]?.lower === 'of') {
      return { kind: 'measure', unit: 'pound', last: last + 1 };
    }
    if (lower === 'marks' && !isCapitalised(next.text) && tokens[last + 2]?.lower === 'of') return undefined;
    return { kind: 'money', unit: currency, last: last + 1 };
  }
  const subunit = subunitWords.get(lower);
  if (subunit !== undefined && lower !== 'p') return { kind: 'money', unit: subunit, last: last + 1 };
  if (lower === 'times') return { kind: 'ratio', unit: null, last: last + 1 };
  const measure = measureUnits.get(lower);
  if (measure !== undefined) {
    if (lower === 'square' || lower === 'sq' || lower === 'cubic') {
      const what = tokens[last + 2]?.lower ?? '';
      const inner = measureUnits.get(what);
      if (inner) return { kind: 'measure', unit: `${measure} ${inner}`, last: last + 2 };
      return undefined;
    }
    if (
      (measure === 'year' || measure === 'month' || measure === 'week' || measure === 'day') &&
      isOld(tokens, last + 1)
    ) {
      return { kind: 'age', unit: measure, last: last + 2 };
    }
    // "40 degrees Celsius", "104 degrees Fahrenheit": the scale is part of the unit.
    if (measure === 'degree') {
      const scale = degreeScales.get(tokens[last + 2]?.lower ?? '');
      if (scale !== undefined) return { kind: 'measure', unit: scale, last: last + 2 };
    }
    // Not twice: "one mln bpd per day" is barrels per day.
    const rate = measure.includes(' per ') ? undefined : perTimeUnit(tokens, last + 2);
    if (rate !== undefined) return { kind: 'measure', unit: `${measure} per ${rate}`, last: last + 3 };
    return { kind: 'measure', unit: measure, last: last + 1 };
  }
  if (lower === 'points' || lower === 'point') return { kind: 'other', unit: 'point', last: last + 1 };
  // "800 m long": a lone "m" is metres only before a word of size or a race.
  if (lower === 'm' && metreWords.has(tokens[last + 2]?.lower ?? '')) {
    return { kind: 'measure', unit: 'metre', last: last + 1 };
  }
  // "one in five", "two out of three": a ratio of the two (not "115 billion in 1988").
  if (lower === 'in' || lower === 'out') {
    let position = last + 2;
    if (lower === 'out') {
      if (tokens[position]?.lower !== 'of') return undefined;
      position++;
    }
    const of = tokens[position];
    const numerator = /^\d+$/.test(token.text) ? Number(token.text) : wordValue(token.lower);
    const denominator = of ? (/^\d{1,3}$/.test(of.text) ? Number(of.text) : wordValue(of.lower)) : undefined;
    if (numerator !== undefined && denominator !== undefined && numerator > 0 && numerator < denominator) {
      return { kind: 'ratio', unit: null, last: position, denominator };
    }
  }
  return undefined;
}

/** Temperature scales written after "degrees", and the unit they make. */
const degreeScales = pairs(`
  celsius:degree_Celsius centigrade:degree_Celsius c:degree_Celsius fahrenheit:degree_Fahrenheit f:degree_Fahrenheit
`);

function isOld(tokens: readonly Token[], index: number): boolean {
  return tokens[index + 1]?.lower === 'old';
}

/**
 * The counted noun after a figure, in the singular: "155,221 bags" → "bag", "15 deep and
 * surface mines" → "mine". Looks a few words ahead, over adjectives, for a plural noun.
 */
function countedNoun(tokens: readonly Token[], last: number): string | undefined {
  for (let position = last + 1; position < Math.min(tokens.length, last + 5); position++) {
    const token = tokens[position] as Token;
    if (!token.word) return undefined;
    const lower = token.lower;
    const irregular = irregularPlurals.get(lower);
    if (irregular) return irregular;
    if (nounStops.has(lower) && lower !== 'and') return undefined;
    if (notNouns.has(lower) || /^\d/.test(lower)) {
      if (/^\d/.test(lower)) return undefined;
      continue;
    }
    if (lower.length > 3 && /[a-z]s$/.test(lower) && !/(?:ss|us|is)$/.test(lower)) return singular(token.text);
  }
  return undefined;
}

/**
 * Plural endings, first match wins: the pattern, how many characters to drop, and what to put
 * in their place. A table walked by one loop rather than an `if` per ending: each ending's own
 * `test` call was first made on the first plural of its kind, after V8 had compiled the
 * function, and threw its code away ("Insufficient type feedback for call").
 */
const pluralEndings: ReadonlyArray<readonly [RegExp, number, string]> = [
  [/ies$/, 3, 'y'],
  [/(?:tranche|niche|cache|avalanche)s$/, 1, ''],
  [/(?:cargo|potato|tomato|hero|veto|echo)es$/, 2, ''],
  [/(?:ches|shes|xes|sses|zes)$/, 2, ''],
];

function singular(word: string): string {
  const lower = isCapitalised(word) && word.slice(1) === word.slice(1).toLowerCase() ? word : word.toLowerCase();
  for (const [ending, drop, add] of pluralEndings) {
    if (ending.test(lower)) return lower.slice(0, -drop) + add;
  }
  return lower.slice(0, -1);
}

function isAge(tokens: readonly Token[], parsed: Parsed, kind: StatisticKind, unit: string | null): boolean {
  if (kind !== 'count' || unit !== null || parsed.spelled || parsed.multiplied) return false;
  if (parsed.value < 1 || parsed.value > 120 || !Number.isInteger(parsed.value)) return false;
  // `tokenAt`: a figure opens or closes many texts, and reading past either end deoptimised readQuantity.
  const before = tokenAt(tokens, parsed.first - 1);
  const after = tokenAt(tokens, parsed.last + 1);
  // '' rather than undefined without a token before: comparing an undefined where only strings
  // had been compared deoptimised readQuantity, which isAge is inlined into ("not a String").
  const previousWord = before?.lower ?? '';
  if (previousWord === 'aged' || previousWord === 'age' || isAfterAged(tokens, parsed.first)) return true;
  // "Raisi, 63, who died" / "(63)": a name, then the figure set off by commas; or a person
  // described by a common noun ("The Norway striker, 23, scored", "the former president, 78,").
  if (textIs(before, ',') && (after === undefined || after.text === ',' || after.text === '.' || after.text === ')')) {
    const name = tokenAt(tokens, parsed.first - 2);
    if (name?.word !== true || /\d/.test(name.text)) return false;
    return isCapitalised(name.text) || isPersonNoun(name.lower);
  }
  return false;
}

/**
 * Whether a figure follows "aged" across "between" or a qualifier word: "aged between 16 and
 * 29", "aged under 30", "aged over 65".
 */
function isAfterAged(tokens: readonly Token[], first: number): boolean {
  const before = tokenAt(tokens, first - 1)?.lower ?? '';
  if (before !== 'between' && !qualifierWords.has(before)) return false;
  const aged = tokenAt(tokens, first - 2)?.lower ?? '';
  return aged === 'aged' || aged === 'ages';
}

/** Whether a lower-case word names a person, whose age a figure in commas after it gives. */
function isPersonNoun(lower: string): boolean {
  return personNouns.has(lower) || /^(?:mother|father|grandmother|grandfather|mum|dad)-of-/.test(lower);
}

/**
 * Common nouns for a person that an age in commas may follow: "the Norway striker, 23,", "a
 * mother-of-two, 34,". A list, not any noun: "the index, 23, 24 and 25" counts.
 */
const personNouns = words(`
  man woman boy girl teenager teen child baby toddler pensioner mother father son daughter wife husband
  brother sister grandmother grandfather grandson granddaughter widow widower mum dad uncle aunt nephew niece
  cousin friend partner girlfriend boyfriend fiance fiancee student pupil victim suspect defendant driver
  motorist cyclist passenger pedestrian rider player striker forward midfielder defender goalkeeper keeper
  winger captain coach manager batsman bowler jockey boxer golfer swimmer sprinter runner athlete champion
  international actor actress singer rapper star musician artist author writer novelist presenter
  comedian president minister premier chancellor senator governor mayor leader candidate chairman
  chairwoman founder owner billionaire businessman businesswoman entrepreneur tycoon worker nurse doctor
  teacher officer soldier veteran survivor resident patient mp footballer
`);

function qualifierBefore(tokens: readonly Token[], index: number): { start: number; text: string } | undefined {
  if (index === 0) return undefined;
  const previous = tokenAt(tokens, index - 1) as Token;
  return (
    (qualifierPhraseEnds.has(previous.lower) && qualifierPhraseBefore(tokens, index)) || qualifierWordBefore(previous)
  );
}

function qualifierPhraseBefore(tokens: readonly Token[], index: number): { start: number; text: string } | undefined {
  // Lower-case the few tokens before the figure once, not once per phrase.
  const lowers: string[] = [];
  for (let position = Math.max(0, index - qualifierPhraseLength); position < index; position++) {
    lowers[index - position] = (tokens[position] as Token).lower;
  }
  for (let phrase = 0; phrase < qualifierPhrases.length; phrase++) {
    const parts = qualifierPhraseParts[phrase] as readonly string[];
    if (index - parts.length < 0) continue;
    let matches = true;
    for (let part = 0; part < parts.length; part++) {
      if (lowers[parts.length - part] !== parts[part]) {
        matches = false;
        break;
      }
    }
    if (matches) {
      const first = tokens[index - parts.length] as Token;
      return { start: first.start, text: qualifierPhrases[phrase] as string };
    }
  }
  return undefined;
}

function qualifierWordBefore(previous: Token): { start: number; text: string } | undefined {
  if (previous.word && qualifierWords.has(previous.lower)) return { start: previous.start, text: previous.lower };
  return undefined;
}

/**
 * Lists and comparisons share units: "1,850 and 1,880 dlrs" (the first takes the second's),
 * "Shr 34 cts vs 1.19 dlrs", "3.1 billion stg from 4.2 billion" (a figure after "vs", "against",
 * "from" or "compared with" takes the unit of the figure before it), and "12 billion francs …
 * of around 150 billion" (a bare multiplied figure takes the money unit before it in its sentence).
 */
function propagateUnits(text: string, tokens: readonly Token[], found: Found[]): void {
  const unitless = (statistic: Found) => statistic.kind === 'count' && statistic.unit === null;
  for (let index = found.length - 2; index >= 0; index--) {
    const current = found[index] as Found;
    const next = found[index + 1] as Found;
    if (!unitless(current) || current.scaled || next.unit === null) continue;
    const between = text.slice(current.end, next.start);
    // "412 of the 650 seats": a part of a counted whole counts the same things.
    if (next.kind === 'count' && /^\s+of\s+(?:the\s+)?$/.test(between)) {
      found[index] = withUnit(current, 'count', next.unit);
      continue;
    }
    if (!/^(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*,\s+and\s+)$/.test(between)) continue;
    if (next.kind !== 'money' && next.kind !== 'percent' && next.kind !== 'measure') continue;
    found[index] = withUnit(current, next.kind, next.unit);
  }
  for (let index = 1; index < found.length; index++) {
    const current = found[index] as Found;
    // Only a unitless figure takes a unit: look back for its partner only then.
    if (!unitless(current)) continue;
    const previous = found[comparedIndex(text, found, index)] as Found | undefined;
    if (!previous || unitless(previous)) continue;
    if (/[.!?]\s/.test(text.slice(previous.end, current.start))) continue;
    const previousWord = tokenAt(tokens, current.firstToken - 1)?.lower ?? '';
    const twoBack = tokenAt(tokens, current.firstToken - 2)?.lower ?? '';
    const comparedWord = comparisonWords.has(previousWord) && (previousWord !== 'with' || twoBack === 'compared');
    // "121 seats, down from 365": a count compared with counted things counts them too (not
    // after "and": "121 seats and 3 parties").
    if (previous.kind === 'count') {
      // Close by only: "at prices ranging from 40.50" a line after "477,200 shares" is a price.
      if (comparedWord && current.firstToken - previous.lastToken <= 6) {
        found[index] = withUnit(current, 'count', previous.unit);
      }
      continue;
    }
    const compared = comparedWord || (previousWord === 'and' && current.firstToken - previous.lastToken <= 6);
    const scaledMoney =
      current.scaled && previous.kind === 'money' && previous.unit !== 'cent' && previous.unit !== 'pence';
    if (!compared && !scaledMoney) continue;
    found[index] = withUnit(current, previous.kind, previous.unit);
  }
  // Wire earnings tables: "Net 807,000 vs 2,858,000", "Shr profit 15 cts vs …": a short row that
  // starts with a label is money.
  const firstWord = tokens.find((token) => token.word);
  const row = tokens.length <= 16 && tokens.some((token) => token.text === 'vs' || token.text === 'vs.');
  if (row && firstWord && tableLabels.has(firstWord.lower) && isCapitalised(firstWord.text)) {
    for (let index = 0; index < found.length; index++) {
      const current = found[index] as Found;
      if (unitless(current)) found[index] = withUnit(current, 'money', current.unit);
    }
  }
}

/** A found statistic with another kind and unit; spelt out, not spread, to keep the one map of `Found`. */
function withUnit(statistic: Found, kind: StatisticKind, unit: string | null): Found {
  return {
    start: statistic.start,
    end: statistic.end,
    value: statistic.value,
    high: statistic.high,
    kind,
    unit,
    qualifier: statistic.qualifier,
    firstToken: statistic.firstToken,
    lastToken: statistic.lastToken,
    bare: statistic.bare,
    scaled: statistic.scaled,
  };
}

/** A found statistic started earlier (at an article or a word before its figure); spelt out, as `withUnit`. */
function startingAt(statistic: Found, start: number, firstToken: number): Found {
  return {
    start,
    end: statistic.end,
    value: statistic.value,
    high: statistic.high,
    kind: statistic.kind,
    unit: statistic.unit,
    qualifier: statistic.qualifier,
    firstToken,
    lastToken: statistic.lastToken,
    bare: statistic.bare,
    scaled: statistic.scaled,
  };
}

/**
 * The figure a bare one is compared with: the one before it, passing over figures in brackets
 * that close before it. In "77m euros (£53m; $100m), up from 38m" the 38m is euros; the
 * bracketed conversion is an aside.
 */
function comparedIndex(text: string, found: readonly Found[], index: number): number {
  const current = found[index] as Found;
  let candidate = index - 1;
  while (candidate > 0) {
    let depth = 0;
    for (let position = (found[candidate] as Found).end; position < current.start; position++) {
      const code = text.charCodeAt(position);
      if (code === 40) depth++;
      else if (code === 41) depth--;
    }
    if (depth >= 0) break;
    candidate--;
  }
  return candidate;
}

/** Round to four decimals: fractions like a third become 0.3333, as the guidelines ask. */
function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
