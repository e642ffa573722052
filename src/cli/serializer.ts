/**
 * The writer for an output format, loaded on demand: each writer pulls in its own part of the
 * unified ecosystem (mdast-util-to-markdown, or mdast-util-to-hast with hast-util-to-html), and a
 * run needs only one of them.
 */
import type { ArticleRoot } from '../tree/types.js';

/** Output formats of `convert` (files), and payloads of its NDJSON records. */
export const outputFormats = ['json', 'markdown', 'html'] as const;

/** An output format. */
export type OutputFormat = (typeof outputFormats)[number];

/** Settings that shape the output. */
export interface SerializeOptions {
  readonly to: OutputFormat;
  /** JSON: keep node positions. */
  readonly position: boolean;
  /** HTML: a complete page rather than a fragment. */
  readonly standalone: boolean;
  /** HTML page: its language (`--lang`); undefined for the front matter's, else English. */
  readonly lang?: string | undefined;
  /** Markdown: start with YAML metadata. */
  readonly frontMatter: boolean;
  /** JSON: on one line (for NDJSON) rather than indented. */
  readonly compact?: boolean | undefined;
}

/** Turns a tree into the output text. */
export type Serializer = (tree: ArticleRoot) => string;

/**
 * Load the writer for a format.
 *
 * @param options The format and its settings.
 * @returns The serializer.
 */
export async function loadSerializer(options: SerializeOptions): Promise<Serializer> {
  switch (options.to) {
    case 'json': {
      const { toJson } = await import('../write/json.js');
      const settings = { position: options.position, indent: options.compact ? 0 : 2 };
      return (tree) => toJson(tree, settings);
    }
    case 'markdown': {
      const { toMarkdown } = await import('../write/markdown/index.js');
      const settings = { frontMatter: options.frontMatter };
      return (tree) => toMarkdown(tree, settings);
    }
    case 'html': {
      const { toHtml } = await import('../write/html/index.js');
      const settings = options.lang
        ? { standalone: options.standalone, lang: options.lang }
        : { standalone: options.standalone };
      return (tree) => toHtml(tree, settings);
    }
  }
}
