import type { Code } from 'mdast';
import { escapeAttribute, escapeText } from '../escape.js';
import type { FastHandler } from '../state.js';

/**
 * `<pre><code class="language-…">` with a final line ending. A language that starts with
 * white space gives `language-`, which the sanitizer's `/^language-./` removes, leaving an
 * empty `class`.
 */
export const code: FastHandler<Code> = (state, node) => {
  const language = node.lang ? node.lang.split(/\s+/)[0] : undefined;
  const className =
    language === undefined ? '' : language ? ` class="language-${escapeAttribute(language)}"` : ' class=""';
  state.out += `<pre><code${className}>${escapeText(node.value ? `${node.value}\n` : '')}</code></pre>`;
};
