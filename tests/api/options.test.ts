/**
 * Argument checks of the public entry points: `parse`, the writers and the unified plugins throw
 * a `CopydeskError` with code `invalid-option` naming the option, the value and what is expected,
 * and a `TypeError` when given something other than text or an article tree, as `lint` does.
 */
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import {
  CopydeskError,
  copydeskParse,
  copydeskStringifyHtml,
  copydeskStringifyJson,
  copydeskStringifyMarkdown,
  createResult,
  fixText,
  lint,
  parse,
  reporterNames,
  reporters,
  resolveFormat,
  toArticleElement,
  toHtml,
  toJson,
  toMarkdown,
} from '../../src/index.js';

const text = 'Budget passes\n\nThe council approved the budget on Monday, 7-2.\n';
const tree = parse(text);

/** Run `call` and return the CopydeskError it throws. */
function invalidOption(call: () => unknown): CopydeskError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(CopydeskError);
    expect((error as CopydeskError).code).toBe('invalid-option');
    return error as CopydeskError;
  }
  throw new Error('expected an invalid-option error');
}

describe('parse options', () => {
  it('should refuse an unknown `from` rather than read the text as `auto`', () => {
    expect(invalidOption(() => parse(text, { from: 'html' as never })).message).toBe(
      'Unexpected `"html"` for `from` in the parse() options, expected `auto`, `text` or `markdown`',
    );
  });

  it('should refuse a `file` that is not a string', () => {
    expect(invalidOption(() => parse(text, { file: 3 as never })).message).toBe(
      'Unexpected `3` for `file` in the parse() options, expected a file name',
    );
  });

  it('should refuse options that are not an object, and unknown keys', () => {
    expect(invalidOption(() => parse(text, 'markdown' as never)).message).toBe(
      'Unexpected `"markdown"` as the parse() options, expected an object',
    );
    expect(invalidOption(() => parse(text, { form: 'text' } as never)).message).toBe(
      'Unexpected key `form` in the parse() options, expected `from`, `file`',
    );
  });

  it('should accept null, undefined and keys set to undefined as the defaults', () => {
    expect(parse(text, null)).toEqual(tree);
    expect(parse(text, undefined)).toEqual(tree);
    expect(parse(text, { from: undefined, file: undefined } as never)).toEqual(tree);
  });

  it('should throw a TypeError for text that is not a string, as lint does for a tree', () => {
    expect(() => parse(42 as never)).toThrow(new TypeError('parse() takes the article as a string, not `42`'));
    expect(() => parse(undefined as never)).toThrow(TypeError);
    expect(() => parse(new TextEncoder().encode(text) as never)).toThrow(
      'parse() takes text, not bytes: parse(decode(bytes).text)',
    );
  });

  it('should check the arguments of resolveFormat too', () => {
    expect(invalidOption(() => resolveFormat(text, { file: 3 as never })).message).toContain('resolveFormat()');
    expect(resolveFormat('# Title\n\nText.', { file: 'a.txt' })).toBe('text');
  });
});

describe('lint and fixText options', () => {
  it('should refuse a misspelt key of lint() and a source that is not a string', () => {
    expect(invalidOption(() => lint(tree, { source: text, confg: {} } as never)).message).toBe(
      'Unexpected key `confg` in the lint() options, expected `source`, `file`, `config`',
    );
    expect(invalidOption(() => lint(tree, { source: 42 } as never)).message).toBe(
      'Unexpected `42` for `source` in the lint() options, expected a string',
    );
  });

  it("should refuse lint's options at fixText's top level, where they were ignored", () => {
    const dashed = 'Budget passes\n\nIt rose 5% - a record.\n';
    expect(invalidOption(() => fixText(dashed, { config: { rules: { 'dash-style': 'off' } } } as never)).message).toBe(
      'Unexpected key `config` in the fixText() options, expected `parse`, `lint`',
    );
    // Where they belong, they are obeyed.
    expect(fixText(dashed, { lint: { config: { rules: { 'dash-style': 'off' } } } }).output).toBe(dashed);
  });
});

describe('writer options', () => {
  it('should refuse an indent outside 0–10 or not an integer', () => {
    for (const indent of [-1, 11, 1.5, Number.NaN, '\t']) {
      expect(invalidOption(() => toJson(tree, { indent: indent as never })).message).toBe(
        `Unexpected \`${typeof indent === 'string' ? JSON.stringify(indent) : indent}\` for \`indent\` in the toJson() options, expected an integer from 0 to 10`,
      );
    }
    expect(toJson(tree, { indent: 0 })).not.toContain('\n  ');
    expect(toJson(tree, { indent: 10 })).toContain(`\n${' '.repeat(10)}"type"`);
  });

  it('should refuse strings for boolean options, which would read as true', () => {
    expect(invalidOption(() => toHtml(tree, { standalone: 'false' as never })).message).toBe(
      'Unexpected `"false"` for `standalone` in the toHtml() options, expected `true` or `false`',
    );
    expect(invalidOption(() => toMarkdown(tree, { frontMatter: 'no' as never })).message).toBe(
      'Unexpected `"no"` for `frontMatter` in the toMarkdown() options, expected `true` or `false`',
    );
    expect(invalidOption(() => toJson(tree, { position: 0 as never })).message).toContain('`position`');
  });

  it('should refuse a lang that is not a string, and a misspelt key', () => {
    expect(invalidOption(() => toHtml(tree, { standalone: true, lang: 42 as never })).message).toBe(
      'Unexpected `42` for `lang` in the toHtml() options, expected a language tag such as `en`',
    );
    expect(invalidOption(() => toHtml(tree, { standAlone: true } as never)).message).toBe(
      'Unexpected key `standAlone` in the toHtml() options, expected `standalone`, `lang`',
    );
  });

  it('should throw a TypeError when given something other than an article tree', () => {
    expect(() => toHtml(null as never)).toThrow(
      new TypeError('toHtml() takes an article tree: the root node that parse() returns, not `null`'),
    );
    expect(() => toMarkdown(text as never)).toThrow(
      new TypeError('toMarkdown() takes an article tree, not text: toMarkdown(parse(text))'),
    );
    expect(() => toJson({ type: 'paragraph', children: [] } as never)).toThrow(TypeError);
    expect(() => toArticleElement({ type: 'root' } as never)).toThrow(TypeError);
  });
});

describe('plugin options', () => {
  it('should refuse wrong options when the processor is used, naming the plugin', () => {
    expect(
      invalidOption(() =>
        unified()
          .use(copydeskParse, { from: 'html' as never })
          .parse(text),
      ).message,
    ).toBe('Unexpected `"html"` for `from` in the copydeskParse options, expected `auto`, `text` or `markdown`');
    const withCompiler = (plugin: never, options: unknown) => () =>
      unified()
        .use(copydeskParse)
        .use(plugin, options as never)
        .processSync(text);
    expect(invalidOption(withCompiler(copydeskStringifyHtml as never, { standalone: 'yes' })).message).toContain(
      'for `standalone` in the copydeskStringifyHtml options',
    );
    expect(invalidOption(withCompiler(copydeskStringifyJson as never, { indent: -1 })).message).toContain(
      'for `indent` in the copydeskStringifyJson options',
    );
    expect(invalidOption(withCompiler(copydeskStringifyMarkdown as never, { frontMatter: 1 })).message).toContain(
      'for `frontMatter` in the copydeskStringifyMarkdown options',
    );
  });
});

describe('reporter context', () => {
  const draft = 'Budget passes\n\nThe council approved the budget - a record.\n';
  const messages = lint(parse(draft), {
    source: draft,
    file: 'budget.txt',
    config: { rules: { 'dash-style': 'error' } },
  });
  const results = [createResult({ file: 'budget.txt', path: `${process.cwd()}/budget.txt`, messages, source: draft })];

  it('should run every reporter without a context, with no colours, the working directory and every rule', () => {
    for (const name of reporterNames) {
      expect(() => reporters[name](results)).not.toThrow();
      expect(reporters[name](results, {})).toBe(reporters[name](results));
    }
    expect(reporters.github(results)).toContain('::error file=budget.txt,');
    expect(reporters.stylish(results)).not.toContain('\u001b[');
    const sarif = JSON.parse(reporters.sarif(results, null)) as {
      runs: Array<{ tool: { driver: { version: string; rules: unknown[] } } }>;
    };
    expect(sarif.runs[0]?.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(sarif.runs[0]?.tool.driver.rules.length).toBeGreaterThan(20);
  });

  it('should fill in only what a partial context leaves out', () => {
    const sarif = JSON.parse(reporters.sarif(results, { version: '9.9.9' })) as {
      runs: Array<{ tool: { driver: { version: string } } }>;
    };
    expect(sarif.runs[0]?.tool.driver.version).toBe('9.9.9');
  });

  it('should refuse a context that is not one', () => {
    expect(invalidOption(() => reporters.stylish(results, 'plain' as never)).message).toBe(
      'Unexpected `"plain"` as the reporters.stylish() context, expected an object',
    );
    expect(invalidOption(() => reporters.sarif(results, { rule: [] } as never)).message).toBe(
      'Unexpected key `rule` in the reporters.sarif() context, expected `colors`, `cwd`, `version`, `rules`',
    );
    expect(invalidOption(() => reporters.github(results, { cwd: 3 } as never)).message).toBe(
      'Unexpected `3` for `cwd` in the reporters.github() context, expected a string',
    );
    expect(invalidOption(() => reporters.stylish(results, { colors: true } as never)).message).toContain(
      'Unexpected `true` for `colors` in the reporters.stylish() context, expected an object of functions',
    );
    expect(invalidOption(() => reporters.sarif(results, { rules: {} } as never)).message).toContain(
      'Unexpected `{}` for `rules` in the reporters.sarif() context, expected an array of rule metadata',
    );
  });
});
