/**
 * Whole-pipeline tests over every fixture article (`fixtures/articles/*\/` and the seed):
 * the hand-written `expected.json`, golden outputs (`tree.json`, `output.md`, `output.html`,
 * rewritten only by `npm run test:update`), and the tree's guarantees — exact positions,
 * lossless text, Markdown round trip, determinism and the JSON Schema.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import type { Nodes } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import { readMarkdown } from '../src/read/markdown.js';
import { sameWords, treeText, withoutPositions } from '../src/tree/compare.js';
import { LineIndex } from '../src/tree/source-map.js';
import type { ArticleRoot } from '../src/tree/types.js';
import { toHtml } from '../src/write/html/index.js';
import { toJson } from '../src/write/json.js';
import { toMarkdown } from '../src/write/markdown/index.js';
import {
  expectGolden,
  type Fixture,
  listFixtures,
  readExpected,
  readInputText,
  summarize,
} from './helpers/fixtures.js';

const fixtures = listFixtures();
const schema = JSON.parse(readFileSync(new URL('../src/tree/schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true }).compile(schema);

function parseFixture(fixture: Fixture): { input: string; tree: ArticleRoot } {
  const input = readInputText(fixture);
  return { input, tree: parse(input, { file: fixture.inputName }) };
}

/** Nodes in document order with their parent. */
function allNodes(tree: ArticleRoot): Array<{ node: Node; parent: Node | undefined }> {
  const result: Array<{ node: Node; parent: Node | undefined }> = [{ node: tree, parent: undefined }];
  visit(tree as Nodes, (node, _index, parent) => {
    if (node !== tree) result.push({ node, parent });
  });
  return result;
}

function withoutSpace(text: string): string {
  return text.replace(/\s+/g, '');
}

describe('fixtures', () => {
  it('should have at least 16 fixture articles besides the seed', () => {
    expect(fixtures.filter((fixture) => fixture.name !== 'seed').length).toBeGreaterThanOrEqual(16);
    expect(fixtures.some((fixture) => fixture.name === 'seed')).toBe(true);
  });

  describe.each(fixtures)('$name', (fixture) => {
    const { input, tree } = parseFixture(fixture);

    it('should match the hand-written expected.json', () => {
      const { description, ...expected } = readExpected(fixture);
      expect(description).toBeTypeOf('string');
      expect(summarize(tree)).toEqual(expected);
    });

    it('should match the golden tree.json, output.md and output.html', () => {
      expectGolden(path.join(fixture.folder, 'tree.json'), toJson(tree));
      expectGolden(path.join(fixture.folder, 'output.md'), toMarkdown(tree));
      expectGolden(path.join(fixture.folder, 'output.html'), toHtml(tree));
    });

    it('should give every node a position whose line and column match its offset', () => {
      const lines = new LineIndex(input);
      for (const { node } of allNodes(tree)) {
        const position = node.position;
        expect(position, `${node.type} has no position`).toBeDefined();
        if (!position) continue;
        expect(position.start.offset).toBeTypeOf('number');
        expect(position.end.offset).toBeTypeOf('number');
        const start = position.start.offset ?? 0;
        const end = position.end.offset ?? 0;
        expect(start).toBeLessThanOrEqual(end);
        expect(end).toBeLessThanOrEqual(input.length);
        expect(position.start).toEqual(lines.point(start));
        expect(position.end).toEqual(lines.point(end));
      }
    });

    it('should nest positions: children inside their parent, siblings in order', () => {
      for (const { node } of allNodes(tree)) {
        const children = (node as Node & { children?: Node[] }).children ?? [];
        let previousEnd = node.position?.start.offset ?? 0;
        for (const child of children) {
          const start = child.position?.start.offset ?? -1;
          const end = child.position?.end.offset ?? -1;
          expect(start, `${child.type} starts before the end of its previous sibling`).toBeGreaterThanOrEqual(
            previousEnd,
          );
          expect(end, `${child.type} ends after its parent ${node.type}`).toBeLessThanOrEqual(
            node.position?.end.offset ?? Number.POSITIVE_INFINITY,
          );
          previousEnd = end;
        }
      }
    });

    it('should give each text node the input text at its offsets (modulo whitespace)', () => {
      let previousEnd = 0;
      for (const { node } of allNodes(tree)) {
        if (node.type !== 'text') continue;
        const value = (node as Node & { value: string }).value;
        const start = node.position?.start.offset ?? 0;
        const end = node.position?.end.offset ?? 0;
        expect(withoutSpace(input.slice(start, end))).toBe(withoutSpace(value));
        expect(start, 'text nodes overlap or are out of order').toBeGreaterThanOrEqual(previousEnd);
        previousEnd = end;
      }
    });

    it('should be lossless: the text of all nodes is the input text', () => {
      const reference = tree.data?.format === 'markdown' ? treeText(readMarkdown(input).tree) : input;
      const text = treeText(tree);
      expect(sameWords(text, reference), 'text differs from the input beyond whitespace').toBe(true);
      expect(withoutSpace(text)).toBe(withoutSpace(reference));
    });

    it('should read its Markdown output back to the same tree', () => {
      const markdown = toMarkdown(tree);
      const back = parse(markdown, { from: 'markdown' });
      expect(withoutPositions(back, { rootData: false })).toEqual(withoutPositions(tree, { rootData: false }));
      expect(toMarkdown(back)).toBe(markdown);
    });

    it('should be deterministic', () => {
      const again = parseFixture(fixture).tree;
      expect(toJson(again)).toBe(toJson(tree));
      expect(toMarkdown(again)).toBe(toMarkdown(tree));
      expect(toHtml(again)).toBe(toHtml(tree));
      expect(toHtml(again, { standalone: true })).toBe(toHtml(tree, { standalone: true }));
    });

    it('should validate against src/tree/schema.json, with and without positions', () => {
      for (const json of [toJson(tree), toJson(tree, { position: false })]) {
        const valid = validate(JSON.parse(json));
        expect(validate.errors ?? [], 'schema errors').toEqual([]);
        expect(valid).toBe(true);
      }
    });
  });
});
