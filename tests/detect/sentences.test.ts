import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCapitalised, tokenize } from '../../src/detect/sentences.js';

/** The indices of the word tokens that start with a capital, as the name passes read them. */
function capitalisedWords(value: string): number[] {
  const found: number[] = [];
  tokenize(value).forEach((token, index) => {
    if (token.word && isCapitalised(token.text)) found.push(index);
  });
  return found;
}

describe('tokenize capitals', () => {
  it.each(['Bank of England said', 'the Élysée and Zoë', '3M and 3m, iPhone', 'Smith,Jones "Yes," he said.', ''])(
    'should list every capitalised word of %j, in order',
    (value) => {
      const capitals: number[] = [];
      tokenize(value, 0, value.length, undefined, undefined, capitals);
      expect(capitals).toEqual([...capitals].sort((a, b) => a - b));
      for (const index of capitalisedWords(value)) expect(capitals).toContain(index);
    },
  );

  it('should list every capitalised word of any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (value) => {
        const capitals: number[] = [];
        tokenize(value, 0, value.length, undefined, undefined, capitals);
        for (const index of capitalisedWords(value)) expect(capitals).toContain(index);
      }),
    );
  });
});
