/**
 * Where a JSON text stops being JSON. Node 20's `JSON.parse` gives an offset for some errors
 * (`in JSON at position 11`) but not for an unexpected token (`Unexpected token 'r', "rules:
 * …"... is not valid JSON`), which is the usual one: a config holding YAML. So the text is
 * walked once more, by the JSON grammar, to find the offset of the first character that does not
 * fit. Iterative over an explicit stack and linear, so a deeply nested or long file costs no
 * more than reading it.
 */

const whitespace = new Set([' ', '\t', '\n', '\r']);
const literals = ['true', 'false', 'null'];
const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const stringPattern = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/**
 * The offset of the first character of `text` that is not valid JSON there.
 *
 * @param text The JSON text (without a byte-order mark).
 * @returns The offset (the text's length when it ends too soon), or undefined when it is valid.
 */
export function jsonErrorOffset(text: string): number | undefined {
  let index = 0;
  const skip = () => {
    while (whitespace.has(text.charAt(index))) index++;
  };
  // What each open container expects next: a value, a key, or `,`/closing bracket.
  const stack: Array<'array' | 'object'> = [];
  let expect: 'value' | 'key' | 'after-value' | 'after-key' | 'first-value' | 'first-key' = 'value';
  for (;;) {
    skip();
    const char = text.charAt(index);
    if (expect === 'value' || expect === 'first-value') {
      if (expect === 'first-value' && char === ']') {
        stack.pop();
        index++;
        expect = 'after-value';
      } else if (char === '{') {
        stack.push('object');
        index++;
        expect = 'first-key';
      } else if (char === '[') {
        stack.push('array');
        index++;
        expect = 'first-value';
      } else {
        const end = scalarEnd(text, index);
        if (end === undefined) return index;
        index = end;
        expect = 'after-value';
      }
    } else if (expect === 'key' || expect === 'first-key') {
      if (expect === 'first-key' && char === '}') {
        stack.pop();
        index++;
        expect = 'after-value';
        continue;
      }
      stringPattern.lastIndex = index;
      if (!stringPattern.test(text)) return index;
      index = stringPattern.lastIndex;
      expect = 'after-key';
    } else if (expect === 'after-key') {
      if (char !== ':') return index;
      index++;
      expect = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return index < text.length ? index : undefined;
      if (char === ',') {
        index++;
        expect = top === 'object' ? 'key' : 'value';
      } else if (char === (top === 'object' ? '}' : ']')) {
        stack.pop();
        index++;
      } else return index;
    }
  }
}

/** The end of a string, number or literal at `index`, or undefined when none starts there. */
function scalarEnd(text: string, index: number): number | undefined {
  const char = text.charAt(index);
  if (char === '"') {
    stringPattern.lastIndex = index;
    return stringPattern.test(text) ? stringPattern.lastIndex : undefined;
  }
  if (char === '-' || (char >= '0' && char <= '9')) {
    numberPattern.lastIndex = index;
    return numberPattern.test(text) ? numberPattern.lastIndex : undefined;
  }
  for (const literal of literals) if (text.startsWith(literal, index)) return index + literal.length;
  return undefined;
}
