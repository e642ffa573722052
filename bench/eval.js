#!/usr/bin/env node
// `npm run eval`: accuracy of every detector on ../shared/corpus, with the thresholds CI enforces.
// Exits 1 when a figure is below its threshold, 0 (with a note) when the corpus is absent.
// `--verbose` lists the articles behind each miss.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateCorpus, structureThresholds } from './eval/structure.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.COPYDESK_SHARED ?? path.resolve(root, '..', 'shared');
const corpus = path.join(shared, 'corpus');
const verbose = process.argv.includes('--verbose');

if (!existsSync(corpus)) {
  console.log(`eval: no corpus at ${corpus}; nothing to evaluate (set COPYDESK_SHARED to point elsewhere)`);
  process.exit(0);
}

const belowThreshold = [];
const percent = (value) => `${(value * 100).toFixed(2)}%`;
const check = (label, value, threshold, format = percent) => {
  const ok = value >= threshold;
  if (!ok) belowThreshold.push(`${label} ${format(value)} < ${format(threshold)}`);
  return `${label.padEnd(34)} ${format(value).padStart(8)}   (threshold ${format(threshold)})${ok ? '' : '  FAIL'}`;
};

console.log('== structure (issue 2)');
for (const name of ['bbc', 'reuters']) {
  const folder = path.join(corpus, name);
  if (!existsSync(folder)) continue;
  const result = await evaluateCorpus(folder);
  console.log(`-- ${name}: ${result.articles} articles`);
  const labels = {
    headline: 'headline exact match',
    datelinePlace: 'dateline place match',
    datelineDate: 'dateline date match',
    sourceTag: 'source tag match',
    paragraphs: 'paragraph count match',
    lossless: 'lossless',
    roundTrip: 'markdown round trip',
  };
  for (const [key, value] of Object.entries(result.metrics)) {
    console.log(`  ${check(`${name} ${labels[key]}`, value, structureThresholds[key])}`);
  }
  console.log(
    `  ${`${name} speed`.padEnd(34)} ${result.articlesPerSecond.toFixed(0)} articles/s, ${result.megabytesPerSecond.toFixed(2)} MB/s (parse only)`,
  );
  for (const [key, list] of Object.entries(result.failures)) {
    if (list.length === 0) continue;
    const shown = verbose ? list : list.slice(0, 3);
    console.log(
      `    ${labels[key]} misses (${list.length}): ${shown.join(' | ')}${shown.length < list.length ? ' …' : ''}`,
    );
  }
}

// Quotes and statistics (issue 3) and lint counts (issue 4) come from their own modules.
const optional = async (file) => {
  if (!existsSync(fileURLToPath(new URL(file, import.meta.url)))) return undefined;
  return import(file);
};

const phrasing = await optional('./eval/phrasing.js');
if (phrasing) {
  console.log('== quotes and statistics (issue 3), against corpus/gold');
  const result = await phrasing.evaluatePhrasing(shared);
  const thresholds = phrasing.phrasingThresholds ?? phrasing.thresholds ?? {};
  const number = (value) => value.toFixed(3);
  for (const [key, value] of Object.entries(result.metrics ?? result)) {
    if (typeof value !== 'number') continue;
    const threshold = thresholds[key];
    console.log(
      `  ${threshold === undefined ? `${key.padEnd(34)} ${number(value).padStart(8)}` : check(key, value, threshold, number)}`,
    );
  }
  if (result.details) console.log(result.details);
}

const sources = await optional('./eval/sources.js');
if (sources) {
  const number = (value) => value.toFixed(3);
  for (const [sample, file] of Object.entries(sources.sourceSamples)) {
    const result = sources.evaluateSources(shared, file);
    console.log(
      `== statistic sources, ${sample} sample: ${result.counts.labelled} labelled corpus statistics (bench/eval/${path.basename(file)})`,
    );
    for (const [key, value] of Object.entries(result.metrics)) {
      const threshold = sources.sourceThresholds[sample][key];
      console.log(
        `  ${threshold === undefined ? `${key.padEnd(34)} ${number(value).padStart(8)}` : check(`${key} (${sample})`, value, threshold, number)}`,
      );
    }
    if (verbose) for (const miss of result.misses) console.log(`    ${miss}`);
  }
}

const lint = await optional('./eval/lint.js');
if (lint) {
  console.log('== lint problems per rule over the corpus (issue 4)');
  const result = await lint.evaluateLint(shared);
  const rows = Object.entries(result.perRule ?? result).filter(([, value]) => typeof value === 'number');
  rows.sort((a, b) => b[1] - a[1]);
  for (const [rule, count] of rows) console.log(`  ${rule.padEnd(28)} ${String(count).padStart(7)}`);
  if (result.articles !== undefined)
    console.log(`  (${result.articles} articles linted, ${result.crashes ?? 0} crashes)`);
  if (result.crashes) belowThreshold.push(`lint crashed on ${result.crashes} articles`);
}

if (belowThreshold.length > 0) {
  console.log(`\neval: FAILED — ${belowThreshold.join('; ')}`);
  process.exit(1);
}
console.log('\neval: all thresholds met');
