/**
 * Helpers for fixture tests: the list of fixture articles, reading their input the way the CLI
 * does, golden files (rewritten only with `UPDATE=1`), and a small summary of a tree in the
 * shape of a fixture's hand-written `expected.json`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RootContent } from 'mdast';
import { expect } from 'vitest';
import { phrasingText } from '../../src/detect/text.js';
import { decode } from '../../src/read/decode.js';
import type { ArticleRoot, Dateline, SourceTag } from '../../src/tree/types.js';

/** Absolute path of the `fixtures/` folder. */
export const fixturesRoot = fileURLToPath(new URL('../../fixtures', import.meta.url));

/** Golden files are rewritten only when asked, and never on CI. */
export const updateGolden = process.env['UPDATE'] === '1' && !process.env['CI'];

/** One fixture article folder. */
export interface Fixture {
  /** Name shown in test titles: the folder name (`seed` for the seed article). */
  readonly name: string;
  /** Absolute path of the folder. */
  readonly folder: string;
  /** File name of the input inside the folder (`input.txt`, `input.md` or `article.txt`). */
  readonly inputName: string;
  /** Absolute path of the input. */
  readonly inputPath: string;
}

const inputNames = ['input.txt', 'input.md', 'article.txt'];

function fixtureIn(name: string, folder: string): Fixture | undefined {
  const inputName = inputNames.find((candidate) => existsSync(path.join(folder, candidate)));
  if (!inputName || !existsSync(path.join(folder, 'expected.json'))) return undefined;
  return { name, folder, inputName, inputPath: path.join(folder, inputName) };
}

/**
 * Every fixture article: `fixtures/articles/*\/` in name order, then the seed.
 *
 * @returns The fixtures.
 */
export function listFixtures(): Fixture[] {
  const articles = path.join(fixturesRoot, 'articles');
  const fixtures: Fixture[] = [];
  for (const entry of readdirSync(articles, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory()) continue;
    const fixture = fixtureIn(entry.name, path.join(articles, entry.name));
    if (fixture) fixtures.push(fixture);
  }
  const seed = fixtureIn('seed', path.join(fixturesRoot, 'seed'));
  if (seed) fixtures.push(seed);
  return fixtures;
}

/**
 * The decoded text of a fixture's input, exactly as the CLI reads it (BOM dropped).
 *
 * @param fixture The fixture.
 * @returns The text.
 */
export function readInputText(fixture: Fixture): string {
  return decode(readFileSync(fixture.inputPath)).text;
}

/**
 * Compare a generated output with its golden file, or rewrite the golden file under `UPDATE=1`.
 *
 * @param file Absolute path of the golden file.
 * @param actual The generated output.
 */
export function expectGolden(file: string, actual: string): void {
  if (updateGolden) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (current !== actual) writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(`Missing golden file ${path.relative(fixturesRoot, file)}: run \`npm run test:update\``);
  }
  expect(actual, `${path.relative(fixturesRoot, file)} differs (review, then \`npm run test:update\`)`).toBe(
    readFileSync(file, 'utf8'),
  );
}

/** The parts of an article a fixture's `expected.json` states by hand. */
export interface ArticleSummary {
  format: 'text' | 'markdown' | undefined;
  headline: string | null;
  deck: string | null;
  byline: string[] | null;
  dateline: { place: string; region?: string; date: string | null; agency: string | null } | null;
  /** Paragraphs at root level (the untitled lead), including a paragraph that is only a dateline. */
  lead: number;
  /** Wire tables (`code` blocks) at root level; left out when there are none. */
  tables?: number;
  sections: Array<{ heading: string | null; paragraphs: number }>;
  sourceTags: SourceTag[] | null;
}

/** A fixture's `expected.json`: the summary plus a description of what the fixture is for. */
export interface Expected extends ArticleSummary {
  description: string;
}

/**
 * Read a fixture's `expected.json`.
 *
 * @param fixture The fixture.
 * @returns The expectation.
 */
export function readExpected(fixture: Fixture): Expected {
  return JSON.parse(readFileSync(path.join(fixture.folder, 'expected.json'), 'utf8')) as Expected;
}

/**
 * Summarise an article tree in the shape of `expected.json`.
 *
 * @param tree The article tree.
 * @returns What the tree says about headline, deck, byline, dateline, sections and credits.
 */
export function summarize(tree: ArticleRoot): ArticleSummary {
  const summary: ArticleSummary = {
    format: tree.data?.format,
    headline: null,
    deck: null,
    byline: null,
    dateline: null,
    lead: 0,
    sections: [],
    sourceTags: null,
  };
  const tags: SourceTag[] = [];
  for (const node of tree.children) {
    switch (node.type) {
      case 'headline':
        summary.headline = phrasingText(node.children);
        break;
      case 'deck':
        summary.deck = phrasingText(node.children);
        break;
      case 'byline':
        summary.byline = [...node.authors];
        break;
      case 'dateline':
        summary.dateline ??= datelineSummary(node);
        break;
      case 'paragraph': {
        summary.lead++;
        const first = node.children[0];
        if (first?.type === 'dateline') summary.dateline ??= datelineSummary(first);
        break;
      }
      case 'code':
        summary.tables = (summary.tables ?? 0) + 1;
        break;
      case 'section': {
        const [head, ...rest] = node.children;
        summary.sections.push({
          heading: head?.type === 'heading' ? phrasingText(head.children) : null,
          paragraphs: rest.filter((child: RootContent) => child.type === 'paragraph').length,
        });
        break;
      }
      case 'sourceTags':
        tags.push(...node.tags);
        break;
      default:
        break;
    }
  }
  if (tags.length > 0) summary.sourceTags = tags;
  return summary;
}

function datelineSummary(node: Dateline): NonNullable<ArticleSummary['dateline']> {
  return {
    place: node.place,
    ...(node.region === undefined ? {} : { region: node.region }),
    date: node.date,
    agency: node.agency,
  };
}
