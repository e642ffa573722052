/**
 * The phrasing pass: where quotes and statistics are found inside paragraphs, headings,
 * headlines and decks.
 *
 * Blocks are visited in reading order with one per-article state, because attribution needs
 * what came before (the people already named, the last speaker) and a quotation may run over
 * several paragraphs. The headline and deck are visited last, after the body: a headline quote
 * is usually the lead's claim, and its speaker is named in the lead.
 *
 * For each block the detectors work on the block's plain text (`phrasingText`) and return
 * character ranges; this module turns the ranges into `quote` and `statistic` nodes by
 * splitting text nodes through the source map, so every node keeps an exact position. If a
 * range cannot be cut cleanly (it starts inside a link, say) it is left as text, and if the
 * result does not give back the block's text exactly, the block is left unchanged: the pass
 * never drops or duplicates a character.
 */
import type { Nodes, PhrasingContent, RootContent, Text } from 'mdast';
import type { Position } from 'unist';
import type { Deck, Headline, Quote, Statistic } from '../tree/types.js';
import type { DetectContext } from './context.js';
import { countPhrasing, type PhrasingCounts } from './counts.js';
import { classifyQuote, leadingOpeningMark, type QuoteSpan, scanQuotes } from './quotes.js';
import { firstAtLeast, isCapitalised, type Range, splitSentences } from './sentences.js';
import {
  type Attribution,
  attributeFigure,
  attributeQuote,
  type BlockView,
  createBlockView,
  createSpeakerState,
  finishBlock,
  inheritedSpeaker,
  namesOtherSubject,
  noteSpeaker,
  rememberAttribution,
  type SpeakerState,
  sentenceSource,
} from './speakers.js';
import { type FoundStatistic, findStatistics } from './statistics.js';
import { flatText, type PhrasingBlock, phrasingLength, phrasingText, phrasingTextStart } from './text.js';

/** Per-article state of the phrasing pass. */
export interface PhrasingState {
  /** Names, roles and the latest speakers (see `speakers.ts`). */
  readonly speakers: SpeakerState;
  /** Quotes of a quotation still running over paragraphs, and their speaker. */
  continuation: { quotes: Quote[]; speaker: string | null; cue: string | null } | undefined;
  /** True once the lead (first body paragraph) has been read. */
  leadSeen: boolean;
  /** Quotes whose speaker was inherited rather than found: a later attribution may replace it. */
  readonly inherited: Set<Quote>;
  /** Unclosed quotes of the current block waiting for the attribution of the quote after them. */
  pending: Quote[];
  /** The organisation the last sentence of the body paragraph before attributed its news to. */
  lastOwner: string | undefined;
  /**
   * The counts of the blocks the pass gave back, counted as they were cut, so that `parse` need
   * not read their text again (see `counts.ts`). A block left as it was after a detector failed
   * is not in it.
   */
  readonly counted: Map<Nodes, PhrasingCounts>;
}

/**
 * A fresh state for one article.
 *
 * @returns The state.
 */
export function createPhrasingState(): PhrasingState {
  return {
    speakers: createSpeakerState(),
    continuation: undefined,
    leadSeen: false,
    inherited: new Set(),
    pending: [],
    lastOwner: undefined,
    counted: new Map(),
  };
}

/**
 * Run the phrasing detectors over an article: the body first, then the top matter (headline,
 * deck), with one state for the whole article.
 *
 * @param top Blocks above the body (headline, deck, byline …).
 * @param body Body blocks (paragraphs, sections …).
 * @param context The detection context.
 * @param state Per-article state; a fresh one by default.
 * @returns The top and body blocks with quotes and statistics detected.
 */
export function detectPhrasing(
  top: readonly RootContent[],
  body: readonly RootContent[],
  context: DetectContext,
  state: PhrasingState = createPhrasingState(),
): [RootContent[], RootContent[]] {
  // The headline names the article's subject ("UK Coal plunges …"): learn it before the body.
  // Its tokens are kept for when the headline itself is searched, after the body.
  const learnt: LearntHeading[] = [];
  for (const block of top) {
    if (isTopHeading(block)) {
      learnt.push({ block, view: createBlockView(phrasingText(block.children), [], state.speakers) });
    }
  }
  const bodyBlocks: PhrasingBlock[] = [];
  collect(body, bodyBlocks);
  const bodyDone: DetectedBlock[] = [];
  for (let index = 0; index < bodyBlocks.length; index++) {
    const block = bodyBlocks[index] as PhrasingBlock;
    const next = bodyBlocks[index + 1];
    bodyDone.push(detectSafely(block, next, false, context, state));
  }
  const topBlocks: PhrasingBlock[] = [];
  collect(top, topBlocks);
  state.continuation = undefined;
  const topDone: DetectedBlock[] = [];
  for (const block of topBlocks) {
    topDone.push(detectSafely(block, undefined, true, context, state, learntView(learnt, block)));
  }
  return [
    rebuild(top, { detected: topDone, next: 0 }, state.counted),
    rebuild(body, { detected: bodyDone, next: 0 }, state.counted),
  ];
}

/** A headline or deck read before the body, and the view its names were learnt from. */
interface LearntHeading {
  readonly block: RootContent;
  readonly view: BlockView;
}

/** The view made of a top block before the body, if one was. */
function learntView(learnt: readonly LearntHeading[], block: PhrasingBlock): BlockView | undefined {
  for (let index = 0; index < learnt.length; index++) {
    const heading = learnt[index] as LearntHeading;
    if (heading.block === block) return heading.view;
  }
  return undefined;
}

/**
 * The detected blocks of a list in the order `collect` gave them, and the next one to take:
 * `rebuild` walks the blocks in that same order, so it takes them in turn (a Map from block to
 * result, set and read once per block, cost 0.5% of a parse).
 */
interface DetectedBlocks {
  readonly detected: readonly DetectedBlock[];
  next: number;
}

/** A block's phrasing after the pass, and its counts when they are known. */
interface DetectedBlock {
  children: PhrasingContent[];
  counts: PhrasingCounts | undefined;
}

/** Blocks whose phrasing is searched, in reading order. */
function collect(blocks: readonly RootContent[], out: PhrasingBlock[]): void {
  for (const block of blocks) {
    if (isSearched(block)) {
      out.push(block);
    } else if (block.type === 'section' || block.type === 'blockquote' || block.type === 'list') {
      collect(block.children as RootContent[], out);
    } else if (block.type === 'listItem') {
      collect(block.children as RootContent[], out);
    }
  }
}

/** Whether a block's phrasing is searched (`collect` lists it, `rebuild` replaces it). */
function isSearched(block: RootContent): block is PhrasingBlock {
  return block.type === 'paragraph' || block.type === 'heading' || block.type === 'headline' || block.type === 'deck';
}

function rebuild(
  blocks: readonly RootContent[],
  done: DetectedBlocks,
  counted: Map<Nodes, PhrasingCounts>,
): RootContent[] {
  return blocks.map((block) => {
    if (isSearched(block)) {
      const detected = done.detected[done.next++] as DetectedBlock;
      const rebuilt = { ...block, children: detected.children } as RootContent;
      if (detected.counts) counted.set(rebuilt, detected.counts);
      return rebuilt;
    }
    if (block.type === 'section' || block.type === 'blockquote' || block.type === 'list' || block.type === 'listItem') {
      return { ...block, children: rebuild(block.children as RootContent[], done, counted) } as RootContent;
    }
    return block;
  });
}

/**
 * Detection is heuristic and must never stop a parse: should a detector fail on some odd
 * block, the block keeps its text as it was and the article goes on.
 */
function detectSafely(
  block: PhrasingBlock,
  next: PhrasingBlock | undefined,
  top: boolean,
  context: DetectContext,
  state: PhrasingState,
  learnt: BlockView | undefined = undefined,
): DetectedBlock {
  try {
    // The block and its neighbour are read here, and detectBlock is handed plain values: blocks
    // come in several shapes (the reader's paragraphs, headings, a dateline's paragraph, the
    // headline), and each shape first met by a read inside detectBlock, after V8 had compiled
    // it, threw that big function's code away ("wrong map"); recompiling this one is cheap.
    const children = block.children;
    const text = flatText(phrasingText(children));
    if (text.trim() === '') return { children, counts: undefined };
    adoptFlatText(children, text);
    // Only the next block's opening mark matters: its first three characters are enough.
    const nextText = next ? phrasingTextStart(next.children, 3) : undefined;
    const headline = top && isTopHeading(block);
    const bodyParagraph = !top && block.type === 'paragraph';
    return detectBlock({ children, text, nextText, headline, bodyParagraph, learnt }, context, state);
  } catch {
    state.continuation = undefined;
    state.pending = [];
    return { children: block.children, counts: undefined };
  }
}

/** A range of the block text to wrap in a node, with the ranges nested inside it. */
interface Wrap {
  start: number;
  end: number;
  /** Length of the opening and closing marks (quotes) to leave out of the children. */
  openLength: number;
  closeLength: number;
  make: (children: PhrasingContent[], position: Position | undefined) => PhrasingContent;
  inner: Wrap[];
}

/** A block as detectBlock reads it (see `detectSafely`). */
interface BlockInput {
  readonly children: PhrasingContent[];
  /** The block's plain text, flat. */
  readonly text: string;
  /** The first characters of the next block's text; undefined after the last block. */
  readonly nextText: string | undefined;
  /** Whether it is the headline or deck. */
  readonly headline: boolean;
  /** Whether it is a paragraph of the body (the lead is one). */
  readonly bodyParagraph: boolean;
  /** The view of the block made before the body (the headline's), whose tokens serve again. */
  readonly learnt: BlockView | undefined;
}

function detectBlock(input: BlockInput, context: DetectContext, state: PhrasingState): DetectedBlock {
  const { children: blockChildren, text, nextText, headline, bodyParagraph, learnt } = input;
  const continuedBy = nextText === undefined ? undefined : leadingOpeningMark(nextText);
  const scan = scanQuotes(text, { continuedBy });
  // Plain loops rather than filter/map/spread here and below: with array builtins, detectBlock's
  // optimised code deoptimised each time an array it had only seen empty came filled (or the
  // other way round), and V8 compiled it nine times in a pass over the corpus.
  const outer: Range[] = [];
  const opens: number[] = [];
  for (const quote of scan.quotes) {
    if (quote.depth === 0) outer.push(quoteRange(quote));
    opens.push(quote.open);
  }
  const sentences = splitSentences(text, outer);
  const speakers = state.speakers;
  const view = createBlockView(text, outer, speakers, learnt);
  // `opens`: the opening marks in order, to ask by binary search whether a sentence holds a quote.

  const quoteWraps: Array<{ span: QuoteSpan; wrap: Wrap; node: Quote }> = [];
  let quoteIndex = 0;
  const continuing = state.continuation;
  state.continuation = undefined;
  state.pending = [];

  // Per sentence, whom it attributes its news to, for "The report said" in the next (an
  // organisation only: `attributeFigure` asks when a figure needs it).
  const owners: Array<string | undefined> = [];
  for (const sentence of sentences) {
    const source = sentenceSource(view, sentence, speakers);
    owners.push(source?.speaker ?? undefined);
    if (source?.speaker) {
      noteSpeaker(view, speakers, source.speaker, source.position);
      if (!state.leadSeen && bodyParagraph) speakers.leadSource ??= source.speaker;
      // An unattributed quote after "Ms Milanesi said it was difficult." is Ms Milanesi's.
      const firstOpen = opens[firstAtLeast(opens, sentence.start)];
      const quoted = firstOpen !== undefined && firstOpen < sentence.end;
      if (!quoted && isCapitalised(source.speaker)) rememberAttribution(speakers, source.speaker, source.cue);
    }
    while (quoteIndex < scan.quotes.length) {
      const span = scan.quotes[quoteIndex] as QuoteSpan;
      if (span.open >= sentence.end) break;
      quoteIndex++;
      const node = createQuote(span);
      const parent = enclosing(quoteWraps, span);
      // A quote inside an attributed sentence ("… "serious challenges" over the next two years,
      // the BCC has said.") is the sentence source's when nothing sits right next to it.
      const own = span.depth === 0 ? attributeQuote(view, sentence, span.open, span.close, speakers) : undefined;
      // Spelt out rather than spread: one object shape with the other attributions.
      const attribution =
        own?.speaker || span.depth > 0 || !source?.speaker
          ? own
          : { speaker: source.speaker, cue: source.cue, adjacent: false, position: source.position };
      node.kind = classifyQuote({
        inner: text.slice(span.open + 1, span.end),
        before: text.slice(sentence.start, span.open),
        after: span.close >= 0 ? text.slice(span.close + 1, span.close + 40) : '',
        attributed: attribution !== undefined && namesSomeone(attribution),
        adjacent: attribution?.adjacent ?? false,
        nestedInSpeech: parent !== undefined && parent.node.kind === 'direct',
        headline,
      });
      if (node.kind === 'direct') {
        attribute(node, span, attribution, parent?.node, continuing, headline, state, view, sentence.start);
      }
      quoteWraps.push({ span, node, wrap: quoteWrap(span, node) });
    }
    if (source?.cue === 'according to' && source.speaker) rememberAttribution(speakers, source.speaker, source.cue);
  }
  if (bodyParagraph && !state.leadSeen) {
    // A lead that is someone's quote is the claim a headline quote repeats.
    speakers.leadSource ??= firstDirectSpeaker(quoteWraps);
    state.leadSeen = true;
  }

  // Figures, sentences and quotes are all in text order, so each figure finds its sentence and
  // the quote around it by search and sweep: looking through every sentence and quote for each
  // figure is quadratic in a long paragraph (a 20 MB single line).
  const marks = quoteMarks(scan.quotes);
  const statistics = figuresOutsideMarks(findStatistics(text, view), marks);
  const around = quoteAround(quoteWraps);
  const all: Wrap[] = [];
  for (const { wrap } of quoteWraps) all.push(wrap);
  // Pushed straight into `all`: iterating the array `map` gave back (empty in most blocks, whose
  // map differs from a filled one's) was a `wrong map` deoptimisation of detectBlock.
  // The owner of the sentence before the block's first: the last of the paragraph before.
  const ownerBefore = headline ? undefined : state.lastOwner;
  for (let index = 0; index < statistics.length; index++) {
    const statistic = statistics[index] as FoundStatistic;
    const at = sentenceIndexAt(sentences, statistic.start);
    const sentence = sentences[at];
    const speaker = around(statistic)?.node.speaker;
    // "Jane Smith, 42, told the BBC": an age describes the person; nobody is its source.
    const sourced = statistic.kind !== 'age';
    const owner = at > 0 ? owners[at - 1] : ownerBefore;
    const source = sourced
      ? (speaker ?? (sentence ? attributeFigure(view, sentence, statistic.start, speakers, owner) : null))
      : null;
    all.push(statisticWrap(statistic, source));
  }
  if (!headline) state.lastOwner = owners[owners.length - 1];
  finishBlock(view, speakers);

  const wraps = nest(all);
  // The words of the text were counted as it was split into tokens.
  const words = view.words;
  if (wraps.length === 0) return { children: blockChildren, counts: countPhrasing(blockChildren, text, words) };
  const built = build(blockChildren, 0, wraps, context);
  // Never give back different text than came in.
  const children = phrasingText(built) === text ? built : blockChildren;
  return { children, counts: countPhrasing(children, text, words) };
}

/**
 * The block types the headline quote rules apply to. A Set look-up rather than `type ===
 * 'headline' || type === 'deck'`: those comparisons ran only for the few top blocks (and the
 * second only for a deck or byline), so V8 had compiled detectPhrasing (and detectBlock, when
 * they were there) before either had seen them and threw the code away on the first headline
 * ("Insufficient type feedback for compare operation").
 */
const topHeadingTypes: ReadonlySet<string> = new Set(['headline', 'deck']);

function isTopHeading(block: RootContent): block is Headline | Deck {
  return topHeadingTypes.has(block.type);
}

/**
 * Whether an attribution names a speaker or at least a cue. Both fields are read before either is
 * tested: with `speaker !== null || cue !== null` the `cue` read ran only for the rare attribution
 * with no speaker, and the first one deoptimised detectBlock ("Insufficient type feedback").
 */
function namesSomeone(attribution: Attribution): boolean {
  const speaker = attribution.speaker;
  const cue = attribution.cue;
  return speaker !== null || cue !== null;
}

/**
 * The speaker of a block's first direct quote that has one (the lead's claim), or undefined. A
 * loop that reads `speaker` of every quote, not only of direct ones: the `find` callback it
 * replaced was inlined into detectBlock, and the first lead with a direct quote deoptimised it.
 */
function firstDirectSpeaker(quoteWraps: ReadonlyArray<{ node: Quote }>): string | undefined {
  for (let index = 0; index < quoteWraps.length; index++) {
    const node = (quoteWraps[index] as { node: Quote }).node;
    const speaker = node.speaker;
    if (node.kind === 'direct' && speaker) return speaker;
  }
  return undefined;
}

/**
 * A block of one text node (most paragraphs) takes the flat copy of its text as its value: the
 * same characters, but the reader's value is lines joined with `+` (or a slice of the input),
 * which the cuts below would otherwise read through V8's string indirections, flattening it once
 * more.
 */
function adoptFlatText(children: PhrasingContent[], text: string): void {
  const only = children[0];
  if (children.length === 1 && only !== undefined && only.type === 'text') only.value = text;
}

/** Give a direct quote its speaker: its own attribution, the quotation it continues, or the last speaker. */
function attribute(
  node: Quote,
  span: QuoteSpan,
  attribution: Attribution | undefined,
  parent: Quote | undefined,
  continuing: PhrasingState['continuation'],
  headline: boolean,
  state: PhrasingState,
  view: BlockView,
  sentenceStart: number,
): void {
  const speakers = state.speakers;
  const text = view.text;
  const own = attribution?.speaker ? attribution : undefined;
  if (own) {
    node.speaker = own.speaker;
    node.cue = own.cue;
  } else if (parent) {
    // A quote inside a quote is the inner speaker's words as relayed: keep the outer speaker.
    node.speaker = parent.speaker;
  } else if (span.open === 0 && continuing) {
    node.speaker = continuing.speaker;
    node.cue = continuing.cue;
  } else if (headline) {
    node.speaker = speakers.leadSource ?? null;
  } else {
    // `Mr Smith shook his head: "…"`: a new person as the subject of the quote's own sentence
    // says the words are no longer the last speaker's.
    const last = inheritedSpeaker(speakers);
    const inherited =
      last !== undefined && !namesOtherSubject(view, sentenceStart, span.open, last.speaker) ? last : undefined;
    node.speaker = inherited?.speaker ?? null;
    node.cue = inherited && attribution === undefined && inherited.cue === 'according to' ? inherited.cue : null;
    if (attribution?.cue) node.cue = attribution.cue;
  }
  if (!own) state.inherited.add(node);
  if (span.depth === 0) {
    // The speaker of a quotation run over several paragraphs, or of an unclosed quote right
    // before this one, is often named only at its end.
    const earlier = own ? [...(span.open === 0 && continuing ? continuing.quotes : []), ...state.pending] : [];
    for (const quote of earlier) {
      if (quote.speaker !== null && !state.inherited.has(quote)) continue;
      quote.speaker = own?.speaker ?? null;
      quote.cue = null;
      state.inherited.delete(quote);
    }
    state.pending = [];
  }
  if (span.depth === 0 && span.close === -1) {
    if (text.slice(span.end).trim() === '') {
      const quotes = span.open === 0 && continuing ? [...continuing.quotes, node] : [node];
      state.continuation = { quotes, speaker: node.speaker, cue: node.cue };
    } else if (!own) state.pending.push(node);
  }
  if (node.speaker && span.depth === 0) {
    rememberAttribution(speakers, node.speaker, node.cue);
    noteSpeaker(view, speakers, node.speaker, attribution?.position ?? span.open);
  }
}

function quoteRange(quote: QuoteSpan): Range {
  return { start: quote.open, end: quote.close >= 0 ? quote.close + 1 : quote.end };
}

function enclosing(
  quotes: ReadonlyArray<{ span: QuoteSpan; node: Quote }>,
  span: QuoteSpan,
): { span: QuoteSpan; node: Quote } | undefined {
  // An outermost quote has no parent: without this the search below reads every earlier quote
  // for each quote, quadratic on a paragraph of thousands of marks.
  if (span.depth === 0) return undefined;
  for (let index = quotes.length - 1; index >= 0; index--) {
    const candidate = quotes[index] as { span: QuoteSpan; node: Quote };
    const end = candidate.span.end;
    if (candidate.span.depth === span.depth - 1 && candidate.span.open < span.open && span.open < end) return candidate;
  }
  return undefined;
}

function createQuote(span: QuoteSpan): Quote {
  return {
    type: 'quote',
    kind: 'direct',
    speaker: null,
    cue: null,
    marks: [span.openMark, span.closeMark],
    children: [],
  };
}

function quoteWrap(span: QuoteSpan, node: Quote): Wrap {
  const range = quoteRange(span);
  return {
    start: range.start,
    end: range.end,
    openLength: span.openMark.length,
    closeLength: span.closeMark.length,
    make: (children, position) => {
      node.children = children;
      if (position) node.position = position;
      return node;
    },
    inner: [],
  };
}

function statisticWrap(statistic: FoundStatistic, source: string | null): Wrap {
  return {
    start: statistic.start,
    end: statistic.end,
    openLength: 0,
    closeLength: 0,
    make: (children, position) => {
      const node: Statistic = {
        type: 'statistic',
        value: statistic.value,
        high: statistic.high,
        kind: statistic.kind,
        unit: statistic.unit,
        qualifier: statistic.qualifier,
        source,
        children,
      };
      if (position) node.position = position;
      return node;
    },
    inner: [],
  };
}

/** The offsets of the quotation marks of some quotes, sorted. */
function quoteMarks(quotes: readonly QuoteSpan[]): number[] {
  const marks: number[] = [];
  for (const quote of quotes) {
    marks.push(quote.open);
    if (quote.close >= 0) marks.push(quote.close);
  }
  return marks.sort((a, b) => a - b);
}

/** The statistics that cross no quotation mark, in text order. */
function figuresOutsideMarks(found: readonly FoundStatistic[], marks: readonly number[]): FoundStatistic[] {
  const statistics: FoundStatistic[] = [];
  for (let index = 0; index < found.length; index++) {
    const statistic = found[index] as FoundStatistic;
    if (!crossesQuote(statistic, marks)) statistics.push(statistic);
  }
  return statistics.sort((a, b) => a.start - b.start);
}

/** A statistic may sit inside a quote or outside it, never across a quotation mark. */
function crossesQuote(statistic: FoundStatistic, marks: readonly number[]): boolean {
  const mark = marks[firstAtLeast(marks, statistic.start)];
  return mark !== undefined && mark < statistic.end;
}

/** The sentence (sorted, disjoint ranges) that holds an offset, by binary search. */
function sentenceIndexAt(sentences: readonly Range[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = sentences[middle] as Range;
    if (offset < range.start) high = middle - 1;
    else if (offset >= range.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/**
 * For figures asked in text order: the latest direct quote that holds the figure. A sweep keeps
 * the quotes open at the figure on a stack (as deep as quotes nest), so each quote is pushed
 * and popped once.
 */
function quoteAround<T extends { wrap: Wrap; node: Quote }>(
  quotes: readonly T[],
): (statistic: FoundStatistic) => T | undefined {
  const open: T[] = [];
  let next = 0;
  return (statistic) => {
    while (next < quotes.length && (quotes[next] as T).wrap.start < statistic.start) {
      const quote = quotes[next] as T;
      while (open.length > 0 && (open[open.length - 1] as T).wrap.end <= quote.wrap.start) open.pop();
      open.push(quote);
      next++;
    }
    while (open.length > 0 && (open[open.length - 1] as T).wrap.end <= statistic.start) open.pop();
    // The innermost direct quote that holds the figure: every open quote is looked at (there are
    // one or two), as in nodeHolding, so the loop's step has run before V8 compiles this.
    let holding: T | undefined;
    for (let index = 0; index < open.length; index++) {
      const quote = open[index] as T;
      if (quote.node.kind === 'direct' && statistic.end <= quote.wrap.end) holding = quote;
    }
    return holding;
  };
}

/** Arrange wraps into a forest by containment; a wrap that overlaps another without nesting is dropped. */
function nest(wraps: Wrap[]): Wrap[] {
  // Sorted in place, and only when out of order: the wraps come as the quotes in text order and
  // then the figures in text order, and most blocks have none or one. (The sort is stable, so a
  // sorted list is what it would give back.)
  if (!inWrapOrder(wraps)) wraps.sort(compareWraps);
  const roots: Wrap[] = [];
  const stack: Wrap[] = [];
  for (const wrap of wraps) {
    while (stack.length > 0 && (stack[stack.length - 1] as Wrap).end <= wrap.start) stack.pop();
    // Not `stack[stack.length - 1]` on an empty stack: reading index -1 is a slow named look-up.
    const parent = stack.length > 0 ? stack[stack.length - 1] : undefined;
    if (parent && wrap.end > parent.end) continue;
    if (parent && (wrap.start < parent.start + parent.openLength || wrap.end > parent.end - parent.closeLength))
      continue;
    wrap.inner = [];
    if (parent) parent.inner.push(wrap);
    else roots.push(wrap);
    stack.push(wrap);
  }
  return roots;
}

/** Wraps in text order, the longer first of two that start together. */
function compareWraps(a: Wrap, b: Wrap): number {
  return a.start - b.start || b.end - a.end;
}

function inWrapOrder(wraps: readonly Wrap[]): boolean {
  for (let index = 1; index < wraps.length; index++) {
    if (compareWraps(wraps[index - 1] as Wrap, wraps[index] as Wrap) > 0) return false;
  }
  return true;
}

/** Nodes that may hold a wrap entirely inside them (Markdown input). */
function isContainer(node: PhrasingContent): node is Extract<PhrasingContent, { children: PhrasingContent[] }> {
  return node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete' || node.type === 'link';
}

/**
 * Cut phrasing at the wraps' ranges and wrap each range in its node. `base` is the offset of
 * `nodes` in the block text.
 *
 * Hot (every block with a quote or figure): node ranges are looked up with loops rather than
 * `findIndex` closures, and the cut nodes are pushed straight into the output instead of being
 * spread from arrays made per wrap.
 */
function build(
  nodes: readonly PhrasingContent[],
  base: number,
  wraps: Wrap[],
  context: DetectContext,
): PhrasingContent[] {
  const ranges: Array<[number, number]> = [];
  let offset = base;
  let containers = false;
  let empties = false;
  for (const node of nodes) {
    const length = phrasingLength(node);
    ranges.push([offset, offset + length]);
    offset += length;
    if (isContainer(node)) containers = true;
    if (length === 0) empties = true;
  }

  // Wraps that fall inside a Markdown container are built inside it; wraps that cannot be cut
  // cleanly give way to the wraps they contain.
  const level: Wrap[] = [];
  const inside = new Map<number, Wrap[]>();
  // A stack holding the queue back to front: `shift`/`unshift` on an array of thousands of
  // wraps move the whole array each time (quadratic).
  const queue = [...wraps].reverse();
  while (queue.length > 0) {
    const wrap = queue.pop() as Wrap;
    const container = containers ? containerOf(nodes, ranges, wrap) : -1;
    if (container >= 0) {
      const list = inside.get(container) ?? [];
      list.push(wrap);
      inside.set(container, list);
    } else if (canCut(nodes, ranges, wrap)) level.push(wrap);
    else for (let index = wrap.inner.length - 1; index >= 0; index--) queue.push(wrap.inner[index] as Wrap);
  }
  level.sort((a, b) => a.start - b.start);

  const out: PhrasingContent[] = [];
  // Nodes without text (an image) sit at a point, which may be the end of one slice and the start
  // of the next: the first slice that reaches the point takes them. Most blocks have none, and
  // get no set.
  const placed = empties ? new Set<number>() : undefined;
  let cursor = base;
  for (const wrap of level) {
    sliceInto(out, nodes, ranges, cursor, wrap.start, inside, context, placed);
    const innerStart = wrap.start + wrap.openLength;
    const innerEnd = wrap.end - wrap.closeLength;
    const innerNodes: PhrasingContent[] = [];
    sliceInto(innerNodes, nodes, ranges, innerStart, innerEnd, noWraps, context, placed);
    const children = wrap.inner.length > 0 ? build(innerNodes, innerStart, wrap.inner, context) : innerNodes;
    out.push(wrap.make(children, wrapPosition(nodes, ranges, wrap, children, context)));
    cursor = wrap.end;
  }
  sliceInto(out, nodes, ranges, cursor, offset, inside, context, placed);
  return out;
}

/** No wraps inside any container. */
const noWraps: ReadonlyMap<number, Wrap[]> = new Map();

/*
 * The ranges of a block's nodes follow one another (a node without text has an empty range at
 * a point), so their starts and their ends are both in order, and the nodes around a point are
 * found by binary search. Reading every node for each quote or statistic was quadratic in a
 * Markdown paragraph of many inline nodes: 20,000 code spans with figures (`` `a` 5% ``, 140 KB)
 * took 18 s to parse, now 1.2 s.
 */

/** The first index whose range ends at or after `point` (`strict`: after it), or the count of ranges. */
function firstEnding(ranges: ReadonlyArray<[number, number]>, point: number, strict: boolean): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const end = (ranges[middle] as [number, number])[1];
    if (end < point || (strict && end === point)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The index of the Markdown container that holds a wrap entirely, or -1. */
function containerOf(nodes: readonly PhrasingContent[], ranges: ReadonlyArray<[number, number]>, wrap: Wrap): number {
  // From the first range that reaches the wrap's end, every range starting at or before its
  // start holds it.
  for (let index = firstEnding(ranges, wrap.end, false); index < ranges.length; index++) {
    if ((ranges[index] as [number, number])[0] > wrap.start) break;
    if (isContainer(nodes[index] as PhrasingContent)) return index;
  }
  return -1;
}

/** The index of the node whose range holds `point` strictly inside it, or -1. */
function nodeAround(ranges: ReadonlyArray<[number, number]>, point: number): number {
  const index = firstEnding(ranges, point, true);
  const range = ranges[index];
  return range !== undefined && range[0] < point ? index : -1;
}

/** The index of the first node whose range holds `[from, to)`, or -1. */
function nodeHolding(ranges: ReadonlyArray<[number, number]>, from: number, to: number): number {
  const index = firstEnding(ranges, to, false);
  const range = ranges[index];
  return range !== undefined && range[0] <= from ? index : -1;
}

/** A wrap can be cut when its ends fall in text nodes or on node boundaries, and its marks are text. */
function canCut(nodes: readonly PhrasingContent[], ranges: ReadonlyArray<[number, number]>, wrap: Wrap): boolean {
  for (const point of [wrap.start, wrap.end]) {
    const index = nodeAround(ranges, point);
    if (index >= 0 && (nodes[index] as PhrasingContent).type !== 'text') return false;
  }
  if (wrap.openLength > 0 && !isTextAt(nodes, nodeHolding(ranges, wrap.start, wrap.start + wrap.openLength))) {
    return false;
  }
  if (wrap.closeLength > 0 && !isTextAt(nodes, nodeHolding(ranges, wrap.end - wrap.closeLength, wrap.end))) {
    return false;
  }
  return true;
}

function isTextAt(nodes: readonly PhrasingContent[], index: number): boolean {
  return index >= 0 && (nodes[index] as PhrasingContent).type === 'text';
}

/**
 * Push the nodes covering `[from, to)` onto `out`, text nodes cut through the source map, and the
 * nodes without text (images, footnote references) at a point in `[from, to]` that no earlier
 * slice took (`placed`): they were dropped before, as their empty text left the block's text
 * the same.
 */
function sliceInto(
  out: PhrasingContent[],
  nodes: readonly PhrasingContent[],
  ranges: ReadonlyArray<[number, number]>,
  from: number,
  to: number,
  inside: ReadonlyMap<number, Wrap[]>,
  context: DetectContext,
  placed: Set<number> | undefined,
): void {
  if (to < from) return;
  // Only the nodes from the first that reaches `from` to the last that starts by `to` can count.
  for (let index = firstEnding(ranges, from, false); index < nodes.length; index++) {
    const node = nodes[index] as PhrasingContent;
    const [start, end] = ranges[index] as [number, number];
    if (start > to) break;
    if (start === end) {
      if (placed !== undefined && from <= start && start <= to && !placed.has(index)) {
        placed.add(index);
        out.push(node);
      }
      continue;
    }
    if (end <= from || start >= to || from === to) continue;
    if (node.type === 'text') {
      // One `push` for a whole node and a cut: a push of its own for the whole node ran first on
      // a block of several nodes, after V8 had compiled sliceInto ("Insufficient type feedback").
      const whole = start >= from && end <= to;
      out.push(whole ? node : context.map.slice(node, Math.max(from, start) - start, Math.min(to, end) - start));
      continue;
    }
    const wraps = inside.get(index);
    if (wraps && wraps.length > 0 && isContainer(node)) {
      out.push({ ...node, children: build(node.children, start, wraps, context) } as PhrasingContent);
    } else out.push(node);
  }
}

/** A quote's position covers its marks; a statistic's spans its children. */
function wrapPosition(
  nodes: readonly PhrasingContent[],
  ranges: ReadonlyArray<[number, number]>,
  wrap: Wrap,
  children: readonly PhrasingContent[],
  context: DetectContext,
): Position | undefined {
  const start = pointAt(nodes, ranges, wrap.start, context, 'start');
  const end =
    wrap.closeLength > 0
      ? pointAt(nodes, ranges, wrap.end - 1, context, 'end')
      : (children[children.length - 1]?.position?.end ?? pointAt(nodes, ranges, wrap.end - 1, context, 'end'));
  return start && end ? { start, end } : undefined;
}

function pointAt(
  nodes: readonly PhrasingContent[],
  ranges: ReadonlyArray<[number, number]>,
  index: number,
  context: DetectContext,
  side: 'start' | 'end',
): Position['start'] | undefined {
  const at = nodeHolding(ranges, index, index + 1);
  const node = nodes[at];
  if (!node) return undefined;
  const [start] = ranges[at] as [number, number];
  if (node.type !== 'text') return side === 'start' ? node.position?.start : node.position?.end;
  return context.map.point(node as Text, index - start, side);
}
