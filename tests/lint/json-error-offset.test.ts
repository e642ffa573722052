import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src/lint/json-error-offset.js';

describe('jsonErrorOffset', () => {
  it('should find nothing wrong in valid JSON', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, null, "x\\\\n\\u00e9"], "b": {}} ', '"s"', '0']) {
      expect(jsonErrorOffset(text)).toBeUndefined();
    }
  });

  it('should point at the first character that does not fit', () => {
    expect(jsonErrorOffset('rules:\n  a: 1\n')).toBe(0);
    expect(jsonErrorOffset('{\n  "rules": {\n    dash-style: "off"\n')).toBe(19);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('[1 2]')).toBe(3);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset('01')).toBe(1);
    expect(jsonErrorOffset('{} x')).toBe(3);
  });

  it('should point at the end of a text that ends too soon', () => {
    expect(jsonErrorOffset('{ "rules": { ')).toBe(13);
    expect(jsonErrorOffset('')).toBe(0);
  });

  it('should agree with JSON.parse on what is valid, for every prefix of a config', () => {
    const config = '{"extends": ["ap"], "rules": {"dash-style": ["warn", {"style": "em"}], "n": -0.5}}';
    for (let end = 0; end <= config.length; end++) {
      const text = config.slice(0, end);
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(jsonErrorOffset(text) === undefined).toBe(valid);
    }
  });

  it('should stay linear on deep nesting', () => {
    expect(jsonErrorOffset('['.repeat(100_000) + ']'.repeat(100_000))).toBeUndefined();
  });
});
