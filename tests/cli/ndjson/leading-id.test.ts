import { describe, expect, it } from 'vitest';
import { leadingId } from '../../../src/cli/ndjson/leading-id.js';

describe('leadingId', () => {
  it('should read a string or number id wherever it stands among the top-level keys', () => {
    expect(leadingId('{"id": "a1", "text": "…')).toBe('a1');
    expect(leadingId('{"text": "short", "id": 7, "more": "…')).toBe(7);
    expect(leadingId(' { "meta": {"id": "inner", "list": [1, {"x": "]}"}]}, "id" : "outer", "te')).toBe('outer');
    expect(leadingId('{"id": "a\\"b\\u00e9", "t')).toBe('a"bé');
  });

  it('should keep the digits of a number a double would round', () => {
    expect(leadingId('{"id": 12345678901234567890, "text": "A."}')).toEqual({ rawNumber: '12345678901234567890' });
    expect(leadingId('{"id": 1e400}')).toEqual({ rawNumber: '1e400' });
  });

  it('should give nothing when the id is cut off, absent, of another type, or the text is not JSON', () => {
    expect(leadingId('{"id": 12')).toBeUndefined();
    expect(leadingId('{"id": "a1')).toBeUndefined();
    expect(leadingId('{"text": "a very long article that was cut')).toBeUndefined();
    expect(leadingId('{"text": "A."}')).toBeUndefined();
    expect(leadingId('{"id": null, "text": "A."}')).toBeUndefined();
    expect(leadingId('{"id": ["a"], "text": "A."}')).toBeUndefined();
    expect(leadingId('["id", "a"]')).toBeUndefined();
    expect(leadingId('id: a')).toBeUndefined();
    expect(leadingId('{"id": "\\x"}')).toBeUndefined();
  });

  it('should stay linear on a long head of brackets and escapes', () => {
    const text = `{"a": ${'['.repeat(50_000)}"${'\\\\'.repeat(50_000)}`;
    const started = performance.now();
    expect(leadingId(text)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(200);
  });
});
