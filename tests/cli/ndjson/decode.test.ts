import { describe, expect, it } from 'vitest';
import { decodeRecord } from '../../../src/cli/ndjson/decode.js';

function invalid(id: string | number | null | { rawNumber: string }, message: string) {
  return { id, error: { code: 'invalid-record', message } };
}

describe('decodeRecord', () => {
  it('should read a string or number id and the text', () => {
    expect(decodeRecord('{"id": "a1", "text": "A."}')).toEqual({ id: 'a1', text: 'A.' });
    expect(decodeRecord('{"id": 7, "text": "A.", "extra": true}')).toEqual({ id: 7, text: 'A.' });
    expect(decodeRecord('{"id": -1.5, "text": ""}')).toEqual({ id: -1.5, text: '' });
  });

  it('should keep integer ids up to Number.MAX_SAFE_INTEGER', () => {
    expect(decodeRecord('{"id": 9007199254740991, "text": "A."}')).toEqual({ id: 9007199254740991, text: 'A.' });
    expect(decodeRecord('{"id": -9007199254740991, "text": "A."}')).toEqual({ id: -9007199254740991, text: 'A.' });
  });

  it.each([
    ['an integer beyond 2^53', '12345678901234567890'],
    ['the first unsafe integer', '9007199254740992'],
    ['a negative unsafe integer', '-9007199254740993'],
    ['an integer in exponent form', '1e20'],
    ['a number out of range', '1e400'],
    ['a negative number out of range', '-1e400'],
  ])(
    'should refuse %s as an id that would lose digits, say to send it as a string, and keep its digits',
    (_name, id) => {
      const decoded = decodeRecord(`{"id": ${id}, "text": "A."}`);
      expect(decoded).toEqual(invalid({ rawNumber: id }, expect.stringContaining('would lose digits')));
      expect(decoded).toEqual(invalid({ rawNumber: id }, expect.stringContaining('send it as a string')));
    },
  );

  it('should accept the same digits sent as a string', () => {
    expect(decodeRecord('{"id": "12345678901234567890", "text": "A."}')).toEqual({
      id: '12345678901234567890',
      text: 'A.',
    });
  });

  it('should say "missing" only for an absent id', () => {
    expect(decodeRecord('{"text": "A."}')).toEqual(invalid(null, 'missing "id": expected a string or a number'));
  });

  it.each([
    ['{"x": 1}', 'an object'],
    ['[1]', 'an array'],
    ['true', 'a boolean'],
    ['null', 'null'],
  ])('should name the type of an id that is present but %s', (id, type) => {
    expect(decodeRecord(`{"id": ${id}, "text": "A."}`)).toEqual(
      invalid(null, `"id" is ${type}, expected a string or a number`),
    );
  });

  it('should say "missing" for an absent text, and name the type of a wrong one', () => {
    expect(decodeRecord('{"id": "a"}')).toEqual(invalid('a', 'missing "text": expected the article as a string'));
    expect(decodeRecord('{"id": 7, "text": 42}')).toEqual(
      invalid(7, '"text" is a number, expected the article as a string'),
    );
    expect(decodeRecord('{"id": 7, "text": null}')).toEqual(
      invalid(7, '"text" is null, expected the article as a string'),
    );
    expect(decodeRecord('{"id": 7, "text": ["A."]}')).toEqual(
      invalid(7, '"text" is an array, expected the article as a string'),
    );
  });

  it('should check the id before the text', () => {
    expect(decodeRecord('{"id": true, "text": 1}')).toEqual(
      invalid(null, '"id" is a boolean, expected a string or a number'),
    );
  });

  it('should ask for an object when the line holds another JSON value', () => {
    expect(decodeRecord('["an", "array"]')).toEqual(
      invalid(null, 'expected an object such as {"id": "a1", "text": "…"}'),
    );
    expect(decodeRecord('"a1"')).toEqual(invalid(null, 'expected an object such as {"id": "a1", "text": "…"}'));
  });

  it('should report invalid JSON with the parser message', () => {
    expect(decodeRecord('{"id": "a", "text": ')).toEqual({
      id: null,
      error: { code: 'invalid-json', message: expect.stringMatching(/^not valid JSON: \S/) },
    });
    expect(decodeRecord('not json')).not.toEqual(
      expect.objectContaining({ error: expect.objectContaining({ message: expect.stringContaining('CR') }) }),
    );
  });

  it('should hint at line ends when records separated by bare CRs merged into one line', () => {
    const decoded = decodeRecord('{"id": 1, "text": "A."}\r{"id": 2, "text": "B."}');
    expect(decoded).toEqual({
      id: null,
      error: {
        code: 'invalid-json',
        message: expect.stringMatching(
          /^not valid JSON: .+ \(the line holds a bare CR: separate records with LF or CRLF line ends\)$/,
        ),
      },
    });
  });

  it('should accept a CR as whitespace between tokens of a valid record', () => {
    expect(decodeRecord('{"id": 1,\r"text": "A."}')).toEqual({ id: 1, text: 'A.' });
  });
});
