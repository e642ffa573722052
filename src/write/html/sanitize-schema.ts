/**
 * The sanitize schema for article HTML: GitHub's defaults (no script, style, event handlers or
 * `javascript:` URLs) plus the elements, classes and data attributes copydesk's handlers emit.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

const defaults = defaultSchema.attributes ?? {};

export const articleSchema: Schema = {
  ...defaultSchema,
  // Markdown links and images keep their URLs only with these protocols: a draft cannot smuggle
  // `javascript:` or `data:` into a page. hast-util-sanitize compares them case-sensitively, so
  // both writers lower-case a URL's scheme first (url-scheme.ts): `HTTPS:` and `Https:` pass as
  // `https:`, and `JaVaScRiPt:` is dropped as `javascript:`.
  // `longDesc` too: GitHub's defaults allow it on `img` and check it there, and a map without it
  // let `longdesc="javascript:…"` (from a tree's `hProperties`) through unchecked.
  protocols: {
    href: ['http', 'https', 'mailto'],
    cite: ['http', 'https'],
    longDesc: ['http', 'https'],
    src: ['http', 'https'],
  },
  tagNames: [...(defaultSchema.tagNames ?? []), 'article', 'header', 'footer', 'section', 'data', 'q', 'span'],
  attributes: {
    ...defaults,
    p: [...(defaults['p'] ?? []), ['className', 'deck', 'byline', 'dateline', 'source-tags']],
    span: [...(defaults['span'] ?? []), ['className', 'author', 'dateline']],
    q: [
      ...(defaults['q'] ?? []),
      ['className', 'quote', 'direct', 'phrase'],
      'dataKind',
      'dataSpeaker',
      'dataCue',
      'dataMarks',
    ],
    data: [
      ...(defaults['data'] ?? []),
      ['className', 'statistic'],
      'value',
      'dataKind',
      'dataHigh',
      'dataUnit',
      'dataQualifier',
      'dataSource',
    ],
  },
};
