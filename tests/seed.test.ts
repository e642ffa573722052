/**
 * The seed article (`fixtures/seed/article.txt`, a copy of `../shared/seed/article.txt`): the
 * structure listed in the shared seed README. Quotes and statistics have their own tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Heading, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { phrasingText } from '../src/detect/text.js';
import { parse } from '../src/parse.js';
import { sameWords, treeText } from '../src/tree/compare.js';
import type { Section } from '../src/tree/types.js';
import { shared } from './helpers/cli.js';
import { fixturesRoot } from './helpers/fixtures.js';

const seedPath = path.join(fixturesRoot, 'seed', 'article.txt');
const input = readFileSync(seedPath, 'utf8');
const tree = parse(input, { file: 'article.txt' });
const sharedSeed = path.join(shared, 'seed', 'article.txt');

function sections(): Section[] {
  return tree.children.filter((node): node is Section => node.type === 'section');
}

function headingText(section: Section): string {
  const head = section.children[0] as Heading;
  return phrasingText(head.children);
}

function paragraphsOf(nodes: readonly RootContent[]): string[] {
  return nodes.flatMap((node) => (node.type === 'paragraph' ? [phrasingText(node.children)] : []));
}

describe('seed article', () => {
  it.skipIf(!existsSync(sharedSeed))('should be a byte-for-byte copy of ../shared/seed/article.txt', () => {
    expect(readFileSync(seedPath).equals(readFileSync(sharedSeed))).toBe(true);
  });

  it('should be read as plain text', () => {
    expect(tree.data?.format).toBe('text');
    expect(tree.data?.file).toBe('article.txt');
  });

  it('should have no headline and no deck (the text starts with its byline)', () => {
    expect(tree.children.some((node) => node.type === 'headline' || node.type === 'deck')).toBe(false);
  });

  it('should have a staff byline first, with authors ["Palestine Chronicle Staff"]', () => {
    const first = tree.children[0];
    expect(first?.type).toBe('byline');
    expect(first?.type === 'byline' ? first.authors : undefined).toEqual(['Palestine Chronicle Staff']);
    expect(first?.type === 'byline' ? phrasingText(first.children) : undefined).toBe('By Palestine Chronicle Staff');
    expect(first?.position?.start).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it('should have no dateline, although Tehran is named in the lead', () => {
    expect(JSON.stringify(tree)).not.toContain('"dateline"');
    expect(treeText(tree)).toContain('Tehran');
  });

  it('should keep the untitled lead at root level: 5 paragraphs before the first head', () => {
    // The shared README says "6" for the lead and "4" for the first section; the article itself
    // has 5 and 5 (17 body paragraphs either way): these counts follow the article.
    const lead = tree.children.slice(
      1,
      tree.children.findIndex((node) => node.type === 'section'),
    );
    expect(lead.every((node) => node.type === 'paragraph')).toBe(true);
    const paragraphs = paragraphsOf(lead);
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^A high-level meeting of leaders/);
    expect(paragraphs[4]).toMatch(/^Al-Jazeera cited reports/);
  });

  it('should have the sections "Palestinian Resistance" (5 paragraphs) and "Gaza Genocide" (7 paragraphs)', () => {
    expect(sections().map((section) => [headingText(section), paragraphsOf(section.children.slice(1)).length])).toEqual(
      [
        ['Palestinian Resistance', 5],
        ['Gaza Genocide', 7],
      ],
    );
    const [resistance, genocide] = sections();
    expect(resistance?.children[0]).toMatchObject({ type: 'heading', depth: 2 });
    expect(paragraphsOf(resistance?.children ?? [])[0]).toMatch(/^Haniyeh and the leaders/);
    expect(paragraphsOf(genocide?.children ?? [])[6]).toMatch(/^Israel says that 1,200 soldiers/);
  });

  it('should end with the source tags "(PC, AJA)" → PC and AJA', () => {
    const last = tree.children[tree.children.length - 1];
    expect(last?.type).toBe('sourceTags');
    expect(last?.type === 'sourceTags' ? last.tags : undefined).toEqual([
      { name: 'PC', role: 'agency' },
      { name: 'AJA', role: 'agency' },
    ]);
    expect(last?.type === 'sourceTags' ? phrasingText(last.children) : undefined).toBe('(PC, AJA)');
  });

  it('should have exactly byline, 5 paragraphs, 2 sections and the source tags at root level', () => {
    expect(tree.children.map((node) => node.type)).toEqual([
      'byline',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'section',
      'section',
      'sourceTags',
    ]);
    expect(tree.data?.counts).toMatchObject({ paragraphs: 17, sections: 2 });
  });

  it('should keep every character of the body: nothing dropped, nothing duplicated', () => {
    expect(sameWords(treeText(tree), input)).toBe(true);
  });
});
