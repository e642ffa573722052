// Structure accuracy on the shared corpus: headline, dateline, source tags, paragraph counts,
// losslessness, Markdown round trip and speed, per corpus.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse, sameWords, toMarkdown, treeText, withoutPositions } from '../../dist/index.js';

/** Thresholds CI enforces (issue 2). */
export const structureThresholds = Object.freeze({
  headline: 0.99,
  datelinePlace: 0.98,
  datelineDate: 0.98,
  sourceTag: 0.99,
  paragraphs: 0.97,
  lossless: 1,
  roundTrip: 1,
});

/**
 * Evaluate one corpus folder.
 * @param {string} folder e.g. ../shared/corpus/reuters
 * @returns {Promise<{name: string, articles: number, metrics: Record<string, number>, failures: Record<string, string[]>, articlesPerSecond: number, megabytesPerSecond: number}>}
 */
export async function evaluateCorpus(folder) {
  const name = path.basename(folder);
  const truth = (await readFile(path.join(folder, 'truth.jsonl'), 'utf8'))
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
  const texts = await Promise.all(truth.map((row) => readFile(path.join(folder, 'articles', row.file), 'utf8')));

  const counts = {
    headline: 0,
    datelinePlace: 0,
    datelineDate: 0,
    datelineTotal: 0,
    sourceTag: 0,
    paragraphs: 0,
    lossless: 0,
    roundTrip: 0,
  };
  const failures = {
    headline: [],
    datelinePlace: [],
    datelineDate: [],
    sourceTag: [],
    paragraphs: [],
    lossless: [],
    roundTrip: [],
  };
  const isReuters = truth.some((row) => 'dateline' in row);

  // Speed: parse every article once to warm up, then time a second pass.
  for (const text of texts) parse(text);
  const started = performance.now();
  const trees = texts.map((text) => parse(text));
  const seconds = (performance.now() - started) / 1000;
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);

  truth.forEach((row, index) => {
    const tree = trees[index];
    const text = texts[index];
    const headline = tree.children.find((node) => node.type === 'headline');
    const headlineText = headline ? treeText(headline).trim() : null;
    if (headlineText === (row.headline ?? null)) counts.headline++;
    else
      failures.headline.push(`${row.file}: got ${JSON.stringify(headlineText)}, want ${JSON.stringify(row.headline)}`);

    if (isReuters && row.datelineCity) {
      counts.datelineTotal++;
      const dateline = findFirst(tree, 'dateline');
      const place = dateline?.place ?? null;
      if (place && place.toLowerCase() === row.datelineCity.toLowerCase()) counts.datelinePlace++;
      else
        failures.datelinePlace.push(
          `${row.file}: got ${JSON.stringify(place)}, want ${JSON.stringify(row.datelineCity)}`,
        );
      const date = dateline?.date ?? null;
      if (date !== null && sameDate(date, row.dateline)) counts.datelineDate++;
      else failures.datelineDate.push(`${row.file}: got ${JSON.stringify(date)}, from ${JSON.stringify(row.dateline)}`);
    }

    if (isReuters) {
      const tags = tree.children.filter((node) => node.type === 'sourceTags').flatMap((node) => node.tags);
      const got = tags.length > 0 ? tags[tags.length - 1].name : null;
      if ((got ?? '').toLowerCase() === (row.source ?? '').toLowerCase()) counts.sourceTag++;
      else failures.sourceTag.push(`${row.file}: got ${JSON.stringify(got)}, want ${JSON.stringify(row.source)}`);
    }

    const paragraphs = countBodyParagraphs(tree);
    if (paragraphs === row.paragraphs) counts.paragraphs++;
    else failures.paragraphs.push(`${row.file}: got ${paragraphs}, want ${row.paragraphs}`);

    if (sameWords(treeText(tree), text.replace(/^\uFEFF/, ''))) counts.lossless++;
    else failures.lossless.push(row.file);

    const again = parse(toMarkdown(tree), { from: 'markdown' });
    if (isDeepStrictEqual(withoutPositions(again, { rootData: false }), withoutPositions(tree, { rootData: false }))) {
      counts.roundTrip++;
    } else failures.roundTrip.push(row.file);
  });

  const total = truth.length;
  const metrics = {
    headline: counts.headline / total,
    ...(isReuters
      ? {
          datelinePlace: counts.datelinePlace / Math.max(1, counts.datelineTotal),
          datelineDate: counts.datelineDate / Math.max(1, counts.datelineTotal),
          sourceTag: counts.sourceTag / total,
        }
      : {}),
    paragraphs: counts.paragraphs / total,
    lossless: counts.lossless / total,
    roundTrip: counts.roundTrip / total,
  };
  return {
    name,
    articles: total,
    metrics,
    failures,
    articlesPerSecond: total / seconds,
    megabytesPerSecond: bytes / 1e6 / seconds,
  };
}

/**
 * Whether a dateline's date is the one the truth file's dateline ends with ("PORTLAND, Ore., Feb
 * 26" → "Feb 26"; "ANGLETON, Tex. March 3" → "March 3"). The truth's dateline is cut at its
 * dash where it runs on into the story ("THE HAGUE, March 2 - Dutch imports …").
 */
function sameDate(date, truthDateline) {
  const cut = truthDateline.split(' - ')[0].replace(/[,\s]+$/, '');
  return cut.endsWith(date);
}

/**
 * Body paragraphs as the corpus counts them: paragraphs anywhere but the top matter and credits.
 * A wire table (a `code` block from the text reader) is one block of the body; the truth files
 * count each of its indented rows as a paragraph instead, so an article with a table may miss.
 */
function countBodyParagraphs(tree) {
  let count = 0;
  const walk = (node) => {
    if (node.type === 'paragraph' || node.type === 'code') count++;
    else if (node.type === 'section') node.children.forEach(walk);
  };
  tree.children.forEach(walk);
  return count;
}

function findFirst(node, type) {
  if (node.type === type) return node;
  for (const child of node.children ?? []) {
    const found = findFirst(child, type);
    if (found) return found;
  }
  return undefined;
}
