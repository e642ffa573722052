/**
 * Resolved configs as plain data (`lint/config-data.ts`): what the lint command sends to worker
 * threads. The data survives structured cloning and lints exactly as the config it came from.
 */
import { describe, expect, it } from 'vitest';
import { configData, configFromData } from '../../src/lint/config-data.js';
import { lint } from '../../src/lint/engine.js';
import { presetNames } from '../../src/lint/presets.js';
import { resolveConfig } from '../../src/lint/resolve.js';
import { parse } from '../../src/parse.js';

const text =
  'STANDARD OIL TO FORM UNIT\n\nBy JANE DOE\n\nPORTLAND, OR, Feb 26 - Profits rose 5 per cent - a record.  "It grew, he said.\n';

describe('configData', () => {
  it.each([
    ...presetNames.map((name) => [name, { extends: name }] as const),
    [
      'custom options',
      { extends: 'ap', rules: { 'sentence-length': ['error', { max: 5 }], 'byline-required': 'info' } },
    ] as const,
  ] as Array<readonly [string, unknown]>)(
    'should survive a structured clone and lint the same as the resolved config: %s',
    (_name, raw) => {
      const resolved = resolveConfig(raw, '.copydeskrc', '/desk/.copydeskrc');
      const copy = configFromData(structuredClone(configData(resolved)));
      expect(copy.file).toBe('/desk/.copydeskrc');
      expect(copy.rules.map((active) => [active.rule, active.severity, active.options])).toEqual(
        resolved.rules.map((active) => [active.rule, active.severity, active.options]),
      );
      const tree = parse(text, { from: 'text' });
      const messages = lint(tree, { source: text, config: copy });
      expect(messages.length).toBeGreaterThan(3);
      expect(messages).toEqual(lint(tree, { source: text, config: resolved }));
    },
  );

  it('should name rules by id, as plain data', () => {
    const data = configData(resolveConfig({ rules: { 'dash-style': ['error', { style: 'en-spaced' }] } }, 'x'));
    expect(data.rules.find((rule) => rule.id === 'dash-style')).toEqual({
      id: 'dash-style',
      severity: 'error',
      options: { style: 'en-spaced' },
    });
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('should refuse a rule id it does not know', () => {
    expect(() =>
      configFromData({ file: undefined, rules: [{ id: 'no-such-rule', severity: 'error', options: {} }] }),
    ).toThrow('Unknown rule `no-such-rule`');
  });
});
