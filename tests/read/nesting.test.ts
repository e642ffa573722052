/**
 * Markdown containers nested deeper than any article: flattened below `maxNestingDepth`, so that
 * parse, the writers and lint never overflow the stack (through the API and the CLI).
 */
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/engine.js';
import { parse } from '../../src/parse.js';
import { capNesting, maxNestingDepth } from '../../src/read/nesting.js';
import { treeText, withoutPositions } from '../../src/tree/compare.js';
import { toHtml } from '../../src/write/html/index.js';
import { toMarkdown } from '../../src/write/markdown/index.js';
import { spawnCli } from '../helpers/cli.js';

/** The tree's depth, the root being 0, measured without recursion. */
function depthOf(tree: Nodes): number {
  let deepest = 0;
  const stack: Array<[Nodes, number]> = [[tree, 0]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, depth] = item;
    deepest = Math.max(deepest, depth);
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push([child, depth + 1]);
  }
  return deepest;
}

function nestedEmphasis(levels: number): string {
  let open = '';
  let close = '';
  for (let level = 0; level < levels; level++) {
    const mark = level % 2 ? '*' : '_';
    open += `${mark}x `;
    close = ` y${mark}${close}`;
  }
  return `${open.trimEnd()}${close}`;
}

describe('capNesting', () => {
  it('should leave a tree no deeper than the cap as it is', () => {
    const tree = parse('# Deep\n\n> > > She said "yes".\n', { from: 'markdown' });
    expect(depthOf(tree)).toBeLessThan(maxNestingDepth);
    const copy = structuredClone(tree);
    capNesting(copy);
    expect(copy).toEqual(tree);
  });

  it('should keep the paragraph and its words when it flattens block quotes', () => {
    const tree = parse(`# Deep\n\n${'>'.repeat(3000)} Prices rose 5%, "sharply" said Jo.\n`, { from: 'markdown' });
    expect(depthOf(tree)).toBeLessThanOrEqual(maxNestingDepth + 3);
    expect(treeText(tree)).toContain('Prices rose 5%, "sharply" said Jo.');
    expect(JSON.stringify(tree)).toContain('"type":"statistic"');
  });

  it.each([
    ['block quotes', `${'>'.repeat(3000)} a`],
    ['block quotes and lists', `${'> - '.repeat(1500)}a`],
    ['emphasis', nestedEmphasis(2000)],
  ])('should parse, write and lint thousands of nested %s', (_name, body) => {
    const source = `# Deep\n\n${body}\n`;
    const tree = parse(source, { from: 'markdown' });
    expect(depthOf(tree)).toBeLessThanOrEqual(maxNestingDepth + 3);
    expect(toHtml(tree)).toContain('<article>');
    const markdown = toMarkdown(tree);
    expect(withoutPositions(parse(markdown, { from: 'markdown' }), { rootData: false })).toEqual(
      withoutPositions(tree, { rootData: false }),
    );
    expect(Array.isArray(lint(tree, { source }))).toBe(true);
  });
});

describe('copydesk convert: deeply nested Markdown (spawned bin)', () => {
  it('should convert 3,000 nested block quotes instead of failing', () => {
    const input = `# Deep\n\n${'>'.repeat(3000)} Prices rose 5%.\n`;
    const html = spawnCli(['convert', '--from', 'markdown', '--to', 'html'], { input });
    expect(html.stderr).toBe('');
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('Prices rose');
    const lint = spawnCli(['lint', '--stdin-filename', 'deep.md', '--format', 'json'], { input });
    expect(lint.stderr).not.toContain('RangeError');
    expect([0, 1]).toContain(lint.code);
  });
});
