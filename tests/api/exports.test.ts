import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as copydesk from '../../src/index.js';

const wire =
  'RED LION INNS FILES PLANS OFFERING\n\n    PORTLAND, Ore., Feb 26 - Red Lion Inns said it filed.\n Reuter\n';

describe('public API', () => {
  it('should export exactly the documented values (a change here is a change to the API)', () => {
    expect(Object.keys(copydesk).sort()).toEqual([
      'CopydeskError',
      'LineIndex',
      'SourceMap',
      'applyFixes',
      'copydeskParse',
      'copydeskStringifyHtml',
      'copydeskStringifyJson',
      'copydeskStringifyMarkdown',
      'createResult',
      'decode',
      'detect',
      'fixText',
      'htmlHandlers',
      'lint',
      'looksLikeMarkdown',
      'markdownHandlers',
      'noColors',
      'parse',
      'phrasingText',
      'placeInOriginal',
      'presetNames',
      'presets',
      'readMarkdown',
      'readText',
      'reporterNames',
      'reporters',
      'resolveConfig',
      'resolveFormat',
      'ruleById',
      'rules',
      'sameWords',
      'toArticleElement',
      'toHtml',
      'toJson',
      'toMarkdown',
      'treeText',
      'withoutPositions',
    ]);
  });

  it('should parse and write synchronously: values, not promises', () => {
    const tree = copydesk.parse(wire, { from: 'auto', file: 'wire.txt' });
    expect(tree).not.toBeInstanceOf(Promise);
    expect(tree.type).toBe('root');
    for (const output of [copydesk.toHtml(tree), copydesk.toMarkdown(tree), copydesk.toJson(tree)]) {
      expect(typeof output).toBe('string');
    }
    expect(copydesk.lint(tree)).not.toBeInstanceOf(Promise);
  });

  it('should give the same tree for the same input (deterministic)', () => {
    const seed = readFileSync(new URL('../../fixtures/seed/article.txt', import.meta.url), 'utf8');
    expect(copydesk.toJson(copydesk.parse(seed))).toBe(copydesk.toJson(copydesk.parse(seed)));
  });

  it('should be importable by its package name, as users do', async () => {
    const byName = (await import('copydesk')) as Record<string, unknown>;
    for (const name of ['parse', 'toJson', 'toMarkdown', 'toHtml', 'lint', 'copydeskParse', 'copydeskStringifyHtml']) {
      expect(typeof byName[name]).toBe('function');
    }
  });
});
