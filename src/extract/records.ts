/**
 * Records for `copydesk extract`: one flat object per quote, statistic or credited source,
 * with the file and the place it was found. Pure functions over the article tree.
 */
import type { Nodes } from 'mdast';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';
import { phrasingText } from '../detect/text.js';
import type { ArticleRoot } from '../tree/types.js';

/** What `extract` can pull out of an article. */
export const extractKinds = ['quotes', 'statistics', 'sources'] as const;
export type ExtractKind = (typeof extractKinds)[number];

/** Fields every record starts with. */
export interface RecordPlace {
  file: string;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  text: string;
}

/** A quote record. */
export interface QuoteRecord extends RecordPlace {
  kind: 'direct' | 'phrase';
  speaker: string | null;
  cue: string | null;
  open: string;
  close: string;
}

/** A statistic record. */
export interface StatisticRecord extends RecordPlace {
  value: number;
  high: number | null;
  kind: string;
  unit: string | null;
  qualifier: string | null;
  source: string | null;
}

/** A credited source: a byline author, a dateline agency or a source tag. */
export interface SourceRecord extends RecordPlace {
  name: string;
  role: string | null;
  from: 'byline' | 'dateline' | 'sourceTags';
}

export type ExtractRecord = QuoteRecord | StatisticRecord | SourceRecord;

/** Column order of each kind, for CSV and tables. */
export const recordColumns: Record<ExtractKind, readonly string[]> = {
  quotes: ['file', 'line', 'column', 'kind', 'speaker', 'cue', 'text', 'open', 'close', 'endLine', 'endColumn'],
  statistics: [
    'file',
    'line',
    'column',
    'text',
    'value',
    'high',
    'kind',
    'unit',
    'qualifier',
    'source',
    'endLine',
    'endColumn',
  ],
  sources: ['file', 'line', 'column', 'name', 'role', 'from', 'text', 'endLine', 'endColumn'],
};

/**
 * Extract the records of one kind from an article tree.
 *
 * @param tree The article tree.
 * @param kind What to extract.
 * @param file The file name to put in each record.
 * @returns The records in document order.
 */
export function extractRecords(tree: ArticleRoot, kind: ExtractKind, file: string): ExtractRecord[] {
  const records: ExtractRecord[] = [];
  visit(tree as Nodes, (node) => {
    if (kind === 'quotes' && node.type === 'quote') {
      records.push({
        ...place(file, node.position, phrasingText(node.children)),
        kind: node.kind,
        speaker: node.speaker,
        cue: node.cue,
        open: node.marks[0],
        close: node.marks[1],
      });
    } else if (kind === 'statistics' && node.type === 'statistic') {
      records.push({
        ...place(file, node.position, phrasingText(node.children)),
        value: node.value,
        high: node.high,
        kind: node.kind,
        unit: node.unit,
        qualifier: node.qualifier,
        source: node.source,
      });
    } else if (kind === 'sources') {
      if (node.type === 'byline') {
        const text = phrasingText(node.children);
        for (const name of node.authors) {
          records.push({ ...place(file, node.position, text), name, role: 'author', from: 'byline' });
        }
      } else if (node.type === 'dateline' && node.agency) {
        records.push({
          ...place(file, node.position, phrasingText(node.children)),
          name: node.agency,
          role: 'agency',
          from: 'dateline',
        });
      } else if (node.type === 'sourceTags') {
        const text = phrasingText(node.children);
        for (const tag of node.tags) {
          records.push({ ...place(file, node.position, text), name: tag.name, role: tag.role, from: 'sourceTags' });
        }
      }
    }
  });
  return records;
}

function place(file: string, position: Position | undefined, text: string): RecordPlace {
  return {
    file,
    line: position?.start.line ?? null,
    column: position?.start.column ?? null,
    endLine: position?.end.line ?? null,
    endColumn: position?.end.column ?? null,
    text,
  };
}
