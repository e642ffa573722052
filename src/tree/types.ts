/**
 * Node types of the copydesk article tree.
 *
 * The tree is an mdast tree (and so a unist tree) with news-specific node kinds added by module
 * augmentation, so unified utilities such as `unist-util-visit` are type-checked against them.
 * The JSON form of these types is the public contract described in `TREE.md` and
 * `src/tree/schema.json`: add fields, never rename them.
 */
import type { Data, Heading, Paragraph, Parent, PhrasingContent, Root } from 'mdast';

/** Document metadata carried on the root. */
export interface ArticleData extends Data {
  /** Name of the file the article was read from, when known. */
  file?: string;
  /** Reader that produced the tree. */
  format?: 'text' | 'markdown';
  /** YAML front matter of a Markdown draft, parsed. */
  frontMatter?: Record<string, unknown>;
  /** Counts of the main node kinds, for scripts that only want a summary. */
  counts?: ArticleCounts;
}

/** Counts of node kinds in an article. */
export interface ArticleCounts {
  paragraphs: number;
  sections: number;
  quotes: number;
  statistics: number;
  words: number;
}

/** The root of one article. */
export interface ArticleRoot extends Root {
  data?: ArticleData;
}

/** The article's headline; at most one per article. */
export interface Headline extends Parent {
  type: 'headline';
  children: PhrasingContent[];
}

/** A sub-headline or standfirst directly below the headline. */
export interface Deck extends Parent {
  type: 'deck';
  children: PhrasingContent[];
}

/** A byline: "By Jane Doe and John Roe". */
export interface Byline extends Parent {
  type: 'byline';
  /** Author names without "By" and without titles: ["Jane Doe", "John Roe"]. */
  authors: string[];
  children: PhrasingContent[];
}

/** A dateline: "NEW YORK, March 3 (Reuters) -". A block, or phrasing at the start of the lead. */
export interface Dateline extends Parent {
  type: 'dateline';
  /** The place, as written: "NEW YORK", "PORTLAND, Ore.". */
  place: string;
  /** The state, province or country after the place ("Ore.", "British Columbia"), when given. */
  region?: string;
  /** The date as written ("March 3"), or null. */
  date: string | null;
  /** The agency credited in the dateline ("Reuters", "AP"), or null. */
  agency: string | null;
  children: PhrasingContent[];
}

/** A titled or untitled section: an mdast `heading` (depth 2) first when titled, then blocks. */
export interface Section extends Parent {
  type: 'section';
  children: Array<Heading | SectionContent>;
}

/** One credit in a source-tag line. */
export interface SourceTag {
  /** The credited agency or person: "AP", "Jane Doe". */
  name: string;
  /** "agency", "reporting", "editing", "writing", "additional reporting", … or null. */
  role: string | null;
}

/** Closing credit line(s): "(PC, AJA)", "Reuter", "(Reporting by X; Editing by Y)". */
export interface SourceTags extends Parent {
  type: 'sourceTags';
  tags: SourceTag[];
  children: PhrasingContent[];
}

/** A span in quotation marks. */
export interface Quote extends Parent {
  type: 'quote';
  /** `direct`: reported speech or writing; `phrase`: title, nickname, term, scare quote. */
  kind: 'direct' | 'phrase';
  /** The fullest name the article gives for the speaker, or null. */
  speaker: string | null;
  /** The attribution verb or phrase as written ("said", "according to"), or null. */
  cue: string | null;
  /** The opening and closing marks; the closing mark is "" when the quote is unclosed. */
  marks: [string, string];
  children: PhrasingContent[];
}

/** Kinds of statistic. */
export type StatisticKind = 'money' | 'percent' | 'count' | 'measure' | 'ratio' | 'age' | 'score' | 'other';

/** A number stated as a quantity: "$1.13bn", "at least 7,000 people". */
export interface Statistic extends Parent {
  type: 'statistic';
  /** The value after multipliers; the low end of a range. */
  value: number;
  /** The high end of a range, or null. */
  high: number | null;
  kind: StatisticKind;
  /** ISO currency code, "percent", or the counted noun in the singular; or null. */
  unit: string | null;
  /** "at least", "nearly", "more than", …; or null. */
  qualifier: string | null;
  /** Who the figure is attributed to, or null. */
  source: string | null;
  children: PhrasingContent[];
}

/** Content allowed inside a section besides its heading. */
export type SectionContent = Paragraph | Root['children'][number];

declare module 'mdast' {
  interface RootContentMap {
    headline: Headline;
    deck: Deck;
    byline: Byline;
    dateline: Dateline;
    section: Section;
    sourceTags: SourceTags;
    quote: Quote;
    statistic: Statistic;
  }
  interface BlockContentMap {
    dateline: Dateline;
    sourceTags: SourceTags;
  }
  interface PhrasingContentMap {
    quote: Quote;
    statistic: Statistic;
    dateline: Dateline;
  }
}
