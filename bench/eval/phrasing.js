// Quotes and statistics against the hand-labelled gold standard (corpus/gold/dev.jsonl).
//
// A predicted span matches a gold span when it covers at least half of it; quotes are compared
// by their inner text (marks excluded). Matching is one-to-one, greedy by overlap. This module
// prints nothing: bench/eval.js calls `evaluatePhrasing` and prints the metrics.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from '../../dist/index.js';

/** The figures CI requires. */
export const phrasingThresholds = Object.freeze({
  quoteF1: 0.95,
  speaker: 0.85,
  statisticF1: 0.9,
  value: 0.95,
  kind: 0.85,
  unit: 0.9,
  qualifier: 0.9,
  cue: 0.9,
});

/** Alias kept for callers that look for `thresholds`. */
export const thresholds = phrasingThresholds;

/**
 * Evaluate quote and statistic detection on the gold standard.
 *
 * @param {string} sharedDir The shared folder holding `corpus/`.
 * @returns {Promise<{metrics: Record<string, number>, counts: Record<string, number>, misses: string[]}>}
 */
export async function evaluatePhrasing(sharedDir) {
  const corpus = path.join(sharedDir, 'corpus');
  const goldFile = path.join(corpus, 'gold', 'dev.jsonl');
  const lines = readFileSync(goldFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const tally = {
    articles: 0,
    goldDirect: 0,
    predictedDirect: 0,
    matchedDirect: 0,
    speakerRight: 0,
    cueRight: 0,
    goldQuotes: 0,
    kindMatched: 0,
    kindRight: 0,
    goldStatistics: 0,
    predictedStatistics: 0,
    matchedStatistics: 0,
    valueRight: 0,
    statisticKindRight: 0,
    unitRight: 0,
    qualifierRight: 0,
  };
  const misses = [];

  for (const line of lines) {
    const gold = JSON.parse(line);
    const file = findArticle(corpus, gold.file);
    if (!file) {
      misses.push(`${gold.file}: article not found`);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    const tree = parse(text, { file: gold.file });
    const { quotes, statistics } = collect(tree);
    tally.articles++;

    // Direct quotes: precision, recall, speakers.
    const goldDirect = (gold.quotes ?? []).filter((quote) => quote.kind === 'direct');
    const predictedDirect = quotes.filter((quote) => quote.kind === 'direct');
    const directPairs = match(goldDirect, predictedDirect);
    tally.goldDirect += goldDirect.length;
    tally.predictedDirect += predictedDirect.length;
    tally.matchedDirect += directPairs.length;
    for (const [g, p] of directPairs) {
      if (sameSpeaker(g.speaker, p.speaker)) tally.speakerRight++;
      else misses.push(`${gold.file}: speaker ${show(p.speaker)} for gold ${show(g.speaker)} «${clip(g.text)}»`);
      if ((g.cue ?? null) === (p.cue ?? null)) tally.cueRight++;
      else misses.push(`${gold.file}: cue ${show(p.cue)} for gold ${show(g.cue)} «${clip(g.text)}»`);
    }
    for (const g of unmatched(goldDirect, directPairs, 0)) misses.push(`${gold.file}: missed quote «${clip(g.text)}»`);
    for (const p of unmatched(predictedDirect, directPairs, 1)) {
      misses.push(`${gold.file}: extra quote «${clip(text.slice(p.start, p.end))}»`);
    }

    // Direct vs phrase, over every gold quote some predicted quote matches.
    const goldQuotes = gold.quotes ?? [];
    const kindPairs = match(goldQuotes, quotes);
    tally.goldQuotes += goldQuotes.length;
    tally.kindMatched += kindPairs.length;
    for (const [g, p] of kindPairs) {
      if (g.kind === p.kind) tally.kindRight++;
      else misses.push(`${gold.file}: quote kind ${p.kind} for gold ${g.kind} «${clip(g.text)}»`);
    }

    // Statistics.
    const goldStatistics = gold.statistics ?? [];
    const statisticPairs = match(goldStatistics, statistics);
    tally.goldStatistics += goldStatistics.length;
    tally.predictedStatistics += statistics.length;
    tally.matchedStatistics += statisticPairs.length;
    for (const [g, p] of statisticPairs) {
      if (sameValue(g.value, p.value)) tally.valueRight++;
      else misses.push(`${gold.file}: value ${p.value} for gold ${g.value} «${g.text}»`);
      if (g.kind === p.kind) tally.statisticKindRight++;
      else misses.push(`${gold.file}: kind ${p.kind} for gold ${g.kind} «${g.text}»`);
      if ((g.unit ?? null) === (p.unit ?? null)) tally.unitRight++;
      else misses.push(`${gold.file}: unit ${show(p.unit)} for gold ${show(g.unit)} «${g.text}»`);
      if ((g.qualifier ?? null) === (p.qualifier ?? null)) tally.qualifierRight++;
      else misses.push(`${gold.file}: qualifier ${show(p.qualifier)} for gold ${show(g.qualifier)} «${g.text}»`);
    }
    for (const g of unmatched(goldStatistics, statisticPairs, 0))
      misses.push(`${gold.file}: missed statistic «${g.text}»`);
    for (const p of unmatched(statistics, statisticPairs, 1)) {
      misses.push(`${gold.file}: extra statistic «${text.slice(p.start, p.end)}»`);
    }
  }

  const quotePrecision = ratio(tally.matchedDirect, tally.predictedDirect);
  const quoteRecall = ratio(tally.matchedDirect, tally.goldDirect);
  const statisticPrecision = ratio(tally.matchedStatistics, tally.predictedStatistics);
  const statisticRecall = ratio(tally.matchedStatistics, tally.goldStatistics);
  return {
    metrics: {
      quotePrecision,
      quoteRecall,
      quoteF1: f1(quotePrecision, quoteRecall),
      speaker: ratio(tally.speakerRight, tally.matchedDirect),
      cue: ratio(tally.cueRight, tally.matchedDirect),
      quoteKind: ratio(tally.kindRight, tally.kindMatched),
      statisticPrecision,
      statisticRecall,
      statisticF1: f1(statisticPrecision, statisticRecall),
      value: ratio(tally.valueRight, tally.matchedStatistics),
      kind: ratio(tally.statisticKindRight, tally.matchedStatistics),
      unit: ratio(tally.unitRight, tally.matchedStatistics),
      qualifier: ratio(tally.qualifierRight, tally.matchedStatistics),
    },
    counts: tally,
    misses,
  };
}

function findArticle(corpus, name) {
  for (const source of ['bbc', 'reuters']) {
    const file = path.join(corpus, source, 'articles', name);
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** Quotes (inner span, marks excluded) and statistics of a tree, with offsets into the input. */
export function collect(tree) {
  const quotes = [];
  const statistics = [];
  const visit = (node) => {
    if (node.type === 'quote' && node.position) {
      const start = node.position.start.offset + node.marks[0].length;
      const end = node.position.end.offset - node.marks[1].length;
      quotes.push({ start, end, kind: node.kind, speaker: node.speaker, cue: node.cue });
    } else if (node.type === 'statistic' && node.position) {
      statistics.push({
        start: node.position.start.offset,
        end: node.position.end.offset,
        value: node.value,
        kind: node.kind,
        unit: node.unit,
        qualifier: node.qualifier,
        source: node.source,
      });
    }
    if (Array.isArray(node.children)) for (const child of node.children) visit(child);
  };
  visit(tree);
  return { quotes, statistics };
}

/** One-to-one pairs [gold, predicted] where the prediction covers at least half of the gold span. */
function match(gold, predicted) {
  const candidates = [];
  for (const [gi, g] of gold.entries()) {
    for (const [pi, p] of predicted.entries()) {
      if (covers(p, g)) candidates.push([Math.min(g.end, p.end) - Math.max(g.start, p.start), gi, pi]);
    }
  }
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedGold = new Set();
  const usedPredicted = new Set();
  const pairs = [];
  for (const [, gi, pi] of candidates) {
    if (usedGold.has(gi) || usedPredicted.has(pi)) continue;
    usedGold.add(gi);
    usedPredicted.add(pi);
    pairs.push([gold[gi], predicted[pi]]);
  }
  return pairs;
}

function unmatched(list, pairs, side) {
  const used = new Set(pairs.map((pair) => pair[side]));
  return list.filter((item) => !used.has(item));
}

/** Whether a predicted span covers at least half of a gold one (`{start, end}` offsets). */
export function covers(predicted, gold) {
  const overlap = Math.min(gold.end, predicted.end) - Math.max(gold.start, predicted.start);
  return overlap > 0 && overlap * 2 >= Math.max(1, gold.end - gold.start);
}

/** Speakers compare without case, extra whitespace or a leading "the". */
export function normaliseSpeaker(speaker) {
  if (speaker === null || speaker === undefined) return '';
  return String(speaker).toLowerCase().replace(/\s+/g, ' ').trim().replace(/^the /, '');
}

function sameSpeaker(a, b) {
  return normaliseSpeaker(a) === normaliseSpeaker(b);
}

/** Values agree to four significant decimals ("a third" is 0.3333 in the gold standard). */
function sameValue(gold, predicted) {
  if (typeof gold !== 'number' || typeof predicted !== 'number') return false;
  return Math.abs(gold - predicted) <= Math.max(1e-4, Math.abs(gold) * 1e-4);
}

export function ratio(part, whole) {
  return whole === 0 ? 1 : part / whole;
}

function f1(precision, recall) {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function show(value) {
  return value === null || value === undefined ? 'null' : `"${value}"`;
}

function clip(text) {
  const flat = String(text).replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
