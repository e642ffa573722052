import { describe, expect, it } from 'vitest';
import { errorRecord, resultRecord } from '../../../src/cli/ndjson/record.js';
import { escapeLineSeparators } from '../../../src/write/json-line.js';

describe('escapeLineSeparators', () => {
  it('should escape U+2028 and U+2029, keeping the same JSON value', () => {
    const json = JSON.stringify({ text: 'a\u2028b\u2029c' });
    const escaped = escapeLineSeparators(json);
    expect(escaped).toBe('{"text":"a\\u2028b\\u2029c"}');
    expect(JSON.parse(escaped)).toEqual(JSON.parse(json));
  });

  it('should return a line without either as it is', () => {
    const json = '{"text":"a\\nb é"}';
    expect(escapeLineSeparators(json)).toBe(json);
  });
});

describe('resultRecord and errorRecord', () => {
  it('should write one line that Unicode-aware line splitting keeps whole', () => {
    const lines = [
      resultRecord('a\u2028', 'json', '{"type":"root","value":"b\u2029"}\n'),
      resultRecord(1, 'markdown', 'Para\u2028graph\n'),
      resultRecord(2, 'html', '<p>Para\u2029graph</p>\n'),
      errorRecord('c\u2028', { code: 'failed', message: 'bad \u2029', line: 3 }),
    ];
    for (const line of lines) {
      expect(line).toMatch(/^[^\n\r\u2028\u2029]*\n$/);
    }
    expect(JSON.parse(lines[0] as string)).toEqual({ id: 'a\u2028', tree: { type: 'root', value: 'b\u2029' } });
    expect(JSON.parse(lines[1] as string)).toEqual({ id: 1, markdown: 'Para\u2028graph\n' });
    expect(JSON.parse(lines[3] as string)).toEqual({
      id: 'c\u2028',
      error: { code: 'failed', message: 'bad \u2029', line: 3 },
    });
  });
});

describe('errorRecord with a raw number id', () => {
  it('should write the number with its own digits', () => {
    expect(errorRecord({ rawNumber: '12345678901234567890' }, { code: 'too-large', message: 'big', line: 2 })).toBe(
      '{"id":12345678901234567890,"error":{"code":"too-large","message":"big","line":2}}\n',
    );
  });
});
