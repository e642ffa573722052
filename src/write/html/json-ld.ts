/**
 * schema.org `NewsArticle` metadata for the standalone page.
 */
import type { ArticleRoot } from '../../tree/types.js';
import { articleMetadata } from '../metadata.js';

/**
 * The JSON-LD object describing an article.
 *
 * @param tree The article tree.
 * @returns A schema.org NewsArticle.
 */
export function newsArticle(tree: ArticleRoot): Record<string, unknown> {
  const metadata = articleMetadata(tree);
  const result: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'NewsArticle' };
  if (typeof metadata['title'] === 'string') result['headline'] = metadata['title'];
  if (typeof metadata['description'] === 'string') result['description'] = metadata['description'];
  const authors = metadata['authors'];
  if (Array.isArray(authors)) result['author'] = authors.map((name) => ({ '@type': 'Person', name }));
  const dateline = metadata['dateline'] as { place: string; region?: string; agency: string | null } | undefined;
  // A dateline with no place ("Nov 20 (Reuters) -") names no location.
  if (dateline && dateline.place !== '') {
    result['locationCreated'] = {
      '@type': 'Place',
      name: dateline.region ? `${dateline.place}, ${dateline.region}` : dateline.place,
    };
  }
  const organisations = new Set<string>();
  if (dateline?.agency) organisations.add(dateline.agency);
  const sources = metadata['sources'] as Array<{ name: string; role: string | null }> | undefined;
  for (const source of sources ?? []) if (source.role === 'agency') organisations.add(source.name);
  if (organisations.size > 0) {
    result['sourceOrganization'] = [...organisations].map((name) => ({ '@type': 'Organization', name }));
  }
  const words = tree.data?.counts?.words;
  if (words !== undefined) result['wordCount'] = words;
  const published = publishedDate(tree.data?.frontMatter?.['date']);
  if (published !== undefined) result['datePublished'] = published;
  return result;
}

/**
 * A front matter `date` as schema.org wants it (ISO 8601): a YAML date, or text that is one
 * (`2025-01-02`, `2025-01-02T09:30:00Z`). Anything else (`last Tuesday`) is left out rather
 * than guessed. The dateline's date is not used: wire datelines rarely give the year.
 */
function publishedDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text))
    return undefined;
  return Number.isNaN(Date.parse(text.replace(' ', 'T'))) ? undefined : text;
}

/**
 * JSON for a `<script type="application/ld+json">` block. `<`, `>` and `&` are written as
 * `\u` escapes so that article text such as `</script>` cannot end the block early.
 *
 * @param value The object.
 * @returns Safe JSON text.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
