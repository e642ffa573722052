/**
 * Checks every registered rule the same way (STYLE B9): its id is its file name, it has docs in
 * the README and a URL to them, its messages carry rule id, source and URL, and it survives a
 * tree without positions and without the source text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { ruleUrl } from '../../src/lint/docs.js';
import { lint } from '../../src/lint/engine.js';
import { resolveOptions } from '../../src/lint/options.js';
import { presetNames } from '../../src/lint/presets.js';
import { resolveConfig } from '../../src/lint/resolve.js';
import { rules } from '../../src/lint/rules/index.js';
import type { LintConfig, Rule } from '../../src/lint/types.js';
import { parse } from '../../src/parse.js';

const rulesDirectory = fileURLToPath(new URL('../../src/lint/rules/', import.meta.url));
const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const files = readdirSync(rulesDirectory)
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .sort();

/** An article that sets off most rules: capitals, quotes, numbers, dashes, spacing. */
const article = [
  'STANDARD OIL TO FORM FINANCIAL UNIT',
  '',
  'BY JANE DOE & JOHN ROE.',
  '',
  '    Portland, OR, Feb 26 - Standard Oil Co said it plans a venture -- a big one.  It said',
  '"profits were strong, and 3 analysts agreed twelve times... At least 7,000 people left. ',
  "    “He said “never again” today,” said Bob. Time Warner's ‘90s were 5 per cent and 6%.",
  '    The firm is now one of the biggest investors in Google and more.',
  '    The firm is now one of the biggest investors in Google and more.',
  '',
].join('\n');

function withoutPositions<T>(tree: T): T {
  const copy = structuredClone(tree);
  visit(copy as Nodes, (node) => {
    delete node.position;
  });
  return copy;
}

describe('every rule', () => {
  it('should be registered once per file, sorted by id', () => {
    expect(rules.map((rule) => `${rule.meta.id}.ts`)).toEqual(files);
    expect(rules.length).toBeGreaterThanOrEqual(20);
  });

  for (const file of files) {
    const id = path.basename(file, '.ts');
    describe(id, () => {
      it('should export one rule whose id is its file name', async () => {
        const module = (await import(`../../src/lint/rules/${file}`)) as Record<string, unknown>;
        const exported = Object.values(module).filter(
          (value): value is Rule => typeof value === 'object' && value !== null && 'meta' in value && 'check' in value,
        );
        expect(exported).toHaveLength(1);
        expect(exported[0]?.meta.id).toBe(id);
      });

      it('should link to its README anchor, which exists', () => {
        const rule = rules.find((candidate) => candidate.meta.id === id) as Rule;
        expect(rule.meta.url).toBe(ruleUrl(id));
        expect(rule.meta.description.length).toBeGreaterThan(10);
        expect(readme).toContain(`<a id="rule-${id}"></a>`);
      });

      it('should have valid, frozen option defaults', () => {
        const rule = rules.find((candidate) => candidate.meta.id === id) as Rule;
        expect(Object.isFrozen(rule.defaults)).toBe(true);
        expect(resolveOptions(rule.schema, rule.defaults, { ...rule.defaults })).toEqual({ options: rule.defaults });
      });

      it('should stamp rule id, source and URL on its messages', () => {
        const messages = lint(parse(article, { from: 'text' }), {
          source: article,
          config: {
            extends: 'strict',
            rules: Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.id === id ? 'error' : 'off'])),
          },
        });
        for (const message of messages) {
          expect(message).toMatchObject({
            ruleId: id,
            source: 'copydesk',
            url: ruleUrl(id),
            severity: 'error',
            fatal: true,
          });
        }
      });

      it('should survive a tree without positions and without the source', () => {
        const tree = withoutPositions(parse(article, { from: 'text' }));
        const config: LintConfig = {
          rules: Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.id === id ? 'warn' : 'off'])),
        };
        const messages = lint(tree, { config });
        for (const message of messages) {
          expect(message.place).toBeUndefined();
          expect(message.fix).toBeUndefined();
          expect(message.ruleId).toBe(id);
        }
      });
    });
  }

  it('should fire on the sample article for most rules, so the tests above check something', () => {
    const messages = lint(parse(article, { from: 'text' }), { source: article, config: { extends: 'strict' } });
    const fired = new Set(messages.map((message) => message.ruleId));
    expect(fired.size).toBeGreaterThanOrEqual(12);
  });

  it('should resolve every preset', () => {
    for (const name of presetNames) {
      expect(resolveConfig({ extends: name }, name).rules.length).toBeGreaterThan(0);
    }
  });
});
