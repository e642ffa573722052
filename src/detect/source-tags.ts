/**
 * Source tags: the closing credit lines of an article. "(PC, AJA)", "Reuter", "— AP",
 * "(Reporting by Jane Doe; Editing by John Roe)", "Additional reporting by Ann Poe", AFP's
 * "bur-as/jj".
 */
import type { Paragraph, RootContent } from 'mdast';
import type { SourceTag, SourceTags } from '../tree/types.js';
import { phrasingText } from './text.js';

/** Agency names recognised on their own (any case), besides short upper-case credits like "AJA". */
const agencies = new Set(
  [
    'reuter',
    'reuters',
    'ap',
    'afp',
    'upi',
    'dpa',
    'pa',
    'ians',
    'pti',
    'xinhua',
    'tass',
    'efe',
    'ansa',
    'kyodo',
    'bloomberg',
    'associated press',
    'the associated press',
    'agence france-presse',
    'press association',
    'anadolu',
    'wafa',
    'bernama',
    'yonhap',
  ].map((name) => name.toLowerCase()),
);

/**
 * Whether a name is a known news agency ("Reuters", "Associated Press", any case).
 *
 * @param name A name.
 * @returns True for a known agency.
 */
export function isAgencyName(name: string): boolean {
  // Asked of every organisation a block names: a longer name is no agency, and is not lower-cased.
  return name.length <= longestAgency && agencies.has(name.toLowerCase());
}

/** The length of the longest agency name. */
const longestAgency = Math.max(...[...agencies].map((agency) => agency.length));

const creditRole =
  /^(additional reporting|reporting|editing|writing|compiled|compiling|research|photos?|graphics|translation|translated|produced|production|sub-?editing)(?: and (editing|writing|reporting))? by\s+(.+)$/i;

/**
 * Parse the text of a block into source tags, or return undefined when it is not a credit line.
 *
 * @param text The block's text.
 * @returns The tags, or undefined.
 */
export function parseSourceTags(text: string): SourceTag[] | undefined {
  let body = text.trim();
  if (body.length === 0 || body.length > 300) return undefined;
  // "— AP", "- Reuters"
  body = body.replace(/^(?:--|[-–—])\s*/, '');
  const parenthesised = /^\((.*)\)\.?$/.exec(body);
  if (parenthesised) body = parenthesised[1]?.trim() ?? '';
  if (body.length === 0) return undefined;
  const roles = parseRoles(body);
  if (roles) return roles;
  const contributors = parseContributors(body);
  if (contributors) return contributors;
  const signature = parseDeskSignature(body);
  if (signature) return signature;
  const bloomberg = parseBloomberg(body);
  if (bloomberg) return bloomberg;
  return parseAgencies(body, parenthesised !== null);
}

/**
 * AFP's closing signature: the writers' initials, then after each slash the editors' ("as/jj",
 * "bur-as/jj", "sst-dk/mlm/ser"). "bur" stands for the bureau's other reporters. Lower case
 * groups of two to four letters, at least one slash: a last line of prose never looks like it.
 */
const deskSignature = /^[a-z]{2,4}(?:-[a-z]{2,4})*(?:\/[a-z]{2,4}(?:-[a-z]{2,4})*)+$/;

function parseDeskSignature(body: string): SourceTag[] | undefined {
  if (!deskSignature.test(body)) return undefined;
  const tags: SourceTag[] = [];
  body.split('/').forEach((group, index) => {
    for (const name of group.split('-')) {
      const role = index > 0 ? 'editing' : name === 'bur' ? 'reporting' : 'writing';
      tags.push({ name, role });
    }
  });
  return tags;
}

/**
 * AP's closing credit: "Associated Press writer Jamie Stengle in Dallas contributed to this
 * report." (also "writers … and …", "contributed reporting", "contributed"). The writers are
 * credited with additional reporting, and the agency named before them as the agency.
 */
const contributedLine =
  /^(?:(?:The )?(?<agency>[\p{Lu}][\p{L}.&' -]{0,40}?) (?:staff )?(?:writers?|reporters?|correspondents?|photographers?) )?(?<names>\p{Lu}[\p{L}.,'’ -]{0,200}?) contributed(?: to this (?:report|story|article)| reporting)?$/u;

function parseContributors(body: string): SourceTag[] | undefined {
  if (!body.includes(' contributed')) return undefined;
  const match = contributedLine.exec(body.replace(/\.$/, ''));
  const groups = match?.groups;
  if (!groups) return undefined;
  const tags: SourceTag[] = [];
  const agency = groups['agency'];
  if (agency !== undefined) {
    if (!agencies.has(agency.toLowerCase())) return undefined;
    tags.push({ name: agency, role: 'agency' });
  }
  for (const name of (groups['names'] ?? '').split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
    // "Jamie Stengle in Dallas" credits Jamie Stengle; the place stays in the text.
    const trimmed = name.trim().replace(/\s+in\s+\p{Lu}[\p{L}.' -]*$/u, '');
    if (!isPersonName(trimmed)) return undefined;
    tags.push({ name: trimmed, role: 'additional reporting' });
  }
  return tags.length > (agency === undefined ? 0 : 1) ? tags : undefined;
}

/** A person's name: capitalised words, with the particles names have ("Ursula von der Leyen"). */
const personName = /^\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|de|da|del|der|di|du|van|von|bin|al|la|le)){1,4}$/u;

/** Whether a credited name is a person's ("Jamie Stengle"), not a body's ("The Council"). */
function isPersonName(name: string): boolean {
  return personName.test(name) && !name.startsWith('The ');
}

/**
 * Bloomberg's closing credits: "--With assistance from Jane Doe and John Roe." (additional
 * reporting), and the contact lines under it, "To contact the reporter on this story: Jane Doe in
 * London at jdoe@bloomberg.net" (the reporter's, so reporting) and "To contact the editors
 * responsible for this story: …" (editing). The place after "in" and the address after "at" stay
 * in the text. The patterns match the prefix only, and the list is the rest: capturing it after
 * `\s*` would backtrack on a run of spaces (see tests/robustness/regex.test.ts).
 */
const assistanceLine = /^with assistance from\s/i;

const contactLine =
  /^to contact the (reporters?|authors?|writers?|editors?)(?: (?:on|of|for|responsible for) this (?:story|article|report))? ?:/i;

/** The start either of Bloomberg's lines needs, tested first: every article's last paragraph is asked. */
const bloombergStart = /^(?:with assistance from|to contact the) /i;

function parseBloomberg(body: string): SourceTag[] | undefined {
  if (!bloombergStart.test(body)) return undefined;
  const line = body.replace(/\.$/, '');
  const assistance = assistanceLine.exec(line);
  if (assistance) return creditPeople(line.slice(assistance[0].length), 'additional reporting');
  const contact = contactLine.exec(line);
  if (!contact) return undefined;
  const role = /^editor/i.test(contact[1] ?? '') ? 'editing' : 'reporting';
  return creditPeople(line.slice(contact[0].length), role);
}

/**
 * Tags for a list of people with one role: "Jane Doe and John Roe", "Jane Doe in London at
 * jdoe@bloomberg.net; John Roe in New York at jroe@bloomberg.net". Undefined when one of them
 * is no person's name.
 */
function creditPeople(list: string, role: string): SourceTag[] | undefined {
  const tags: SourceTag[] = [];
  for (const entry of list.split(/[;,&]|\sand\s/)) {
    let name = entry.trim();
    // "Ann Poe, and John Roe": the comma and the "and" leave an empty entry between them.
    if (name === '') continue;
    // "at jdoe@bloomberg.net" and "in London" follow the name.
    const at = name.lastIndexOf(' at ');
    if (at > 0 && name.includes('@', at)) name = name.slice(0, at);
    name = name.replace(/\s+in\s+\p{Lu}[\p{L}.' -]*$/u, '').trim();
    if (!isPersonName(name)) return undefined;
    tags.push({ name, role });
  }
  return tags.length > 0 ? tags : undefined;
}

/**
 * The start `creditRole` needs (a role word, any case). Asked first of the last paragraph of
 * every article, most of them prose: splitting the paragraph at semicolons and lifting a full
 * stop from its first part, for `creditRole` to refuse it, cost 0.7% of a parse.
 */
const creditRoleStart =
  /^(?:with )?(?:additional reporting|reporting|editing|writing|compil|research|photo|graphics|translat|produc|sub-?editing)/i;

function parseRoles(body: string): SourceTag[] | undefined {
  // The first part of the body starts where the body does: without a role word there, it is no credit.
  if (!creditRoleStart.test(body)) return undefined;
  const tags: SourceTag[] = [];
  for (const part of body.split(/\s*;\s*/)) {
    // "(With additional reporting by Grace Lam)": the "With" is no part of the role.
    const match = creditRole.exec(part.replace(/\.$/, '').replace(/^with /i, ''));
    if (!match) return undefined;
    // "Reporting and writing by X" credits X for both roles.
    const roles = [match[1], match[2]].flatMap((role) => (role ? [normaliseRole(role)] : []));
    for (const name of (match[3] ?? '').split(/\s*,\s*|\s+and\s+|\s*&\s*/)) {
      // "Reporting by Jane Doe in Rotterdam" credits Jane Doe; the place stays in the text.
      const trimmed = name.trim().replace(/\s+in\s+\p{Lu}[\p{L}.' -]*$/u, '');
      if (!trimmed || !/^\p{Lu}/u.test(trimmed)) return undefined;
      for (const role of roles) tags.push({ name: trimmed, role });
    }
  }
  return tags.length > 0 ? tags : undefined;
}

function normaliseRole(role: string): string {
  const lower = role.toLowerCase();
  if (lower === 'compiled' || lower === 'compiling') return 'compiling';
  if (lower === 'translated') return 'translation';
  if (lower === 'produced') return 'production';
  if (lower === 'photo') return 'photos';
  return lower;
}

/** What separates the agencies of a credit: "AP, Reuters", "afp/dpa", "AP and Reuters". */
const agencySeparator = /\s*[,/;]\s*|\s+and\s+/;

function parseAgencies(body: string, parenthesised: boolean): SourceTag[] | undefined {
  // The first name alone decides most paragraphs (prose): it is found without splitting the whole
  // paragraph, which cost 0.6% of a parse. Several names there are when a separator is found.
  const separator = agencySeparator.exec(body);
  const firstName = separator === null ? body : body.slice(0, separator.index);
  if (!isAgencyCredit(firstName, parenthesised, separator !== null)) return undefined;
  const names = body.split(agencySeparator);
  const tags: SourceTag[] = [];
  for (const name of names) {
    if (!isAgencyCredit(name, parenthesised, names.length > 1)) return undefined;
    tags.push({ name, role: 'agency' });
  }
  if (tags.length === 0) return undefined;
  if (!parenthesised && !tags.some((tag) => agencies.has(tag.name.toLowerCase()))) return undefined;
  return tags;
}

/** Whether one name of a credit line can stand in it (`several`: beside other names). */
function isAgencyCredit(name: string, parenthesised: boolean, several: boolean): boolean {
  if (!name) return false;
  const known = agencies.has(name.toLowerCase());
  // Short upper-case credits ("PC", "AJA") count only inside parentheses or next to a known agency.
  const shortCaps = /^\p{Lu}[\p{Lu}\d&]{1,5}$/u.test(name);
  return known || (shortCaps && (parenthesised || several));
}

/**
 * Turn a closing paragraph into a source-tags node when it is a credit line.
 *
 * @param node A paragraph at the end of the article.
 * @returns The source-tags node, or undefined.
 */
export function toSourceTags(node: Paragraph): SourceTags | undefined {
  const tags = parseSourceTags(phrasingText(node.children));
  if (!tags) return undefined;
  const result: SourceTags = { type: 'sourceTags', tags, children: node.children };
  if (node.position) result.position = node.position;
  return result;
}

/**
 * The lines a news site prints under a story's credit, which web copy pasted from the page keeps:
 * Reuters' "Our Standards: The Thomson Reuters Trust Principles.", AP's "Follow AP's coverage of
 * the election at …" and "The Associated Press receives support from …", a newsletter's "Sign up
 * for …", "Copyright 2024 The Associated Press. All rights reserved.", "This article was
 * originally published …", "Related: …", a correction note, a rule (AP's "___"). Each opens in a
 * way no story's last paragraph does; and they count only between credits and the end.
 */
const footerLine = new RegExp(
  `^(?:${[
    String.raw`our standards\s*:`,
    String.raw`the thomson reuters trust principles\b`,
    String.raw`purchase licensing rights\b`,
    String.raw`more stories like this are available on\b`,
    // "Follow AP's coverage of …", "Follow AP coverage …", "Follow Jane Doe on X: https://…".
    String.raw`follow (?:the )?(?:ap|associated press)\b`,
    String.raw`follow [^.:]{1,60}? on (?:x|twitter|bluesky|threads|instagram|facebook|linkedin|tiktok|mastodon)\b`,
    "find (?:ap|the associated press)['’]s? ",
    // "The Associated Press’ climate and environmental coverage receives financial support …"
    String.raw`(?:the )?(?:associated press|ap)\b[^.]{0,120}? receives? (?:financial )?support\b`,
    String.raw`(?:the )?(?:associated press|ap) is solely responsible\b`,
    String.raw`sign up (?:for|to|here)\b`,
    String.raw`subscribe (?:to|for|here)\b`,
    String.raw`(?:copyright\b|©|\(c\) ?\d)`,
    String.raw`all rights reserved\b`,
    // "This article was originally published …", "This story has been corrected …", "A version of
    // this article first appeared …", "(This story has been refiled to …)".
    String.raw`\(?(?:a version of )?this (?:article|story|report|piece|version) (?:was |is |has been |had been |first )*(?:originally |first )?(?:published|appeared|amended|corrected|updated|refiled|produced|republished)\b`,
    String.raw`(?:originally|first) (?:published|appeared)\b`,
    String.raw`an earlier version of this (?:article|story|report)\b`,
    String.raw`(?:correction|clarification)s?\s*:`,
    String.raw`(?:related(?: (?:coverage|stories|articles|content|reading|links))?|read more|read also|also read|see also|read next|more on this story|more reading|further reading|recommended)\s*:`,
    // A rule: AP's "___" between the credit and its footer.
    String.raw`[_*=~\-–—]{3,}$`,
  ].join('|')})`,
  'i',
);

/** The longest block read as a footer line: AP's support notes run to three sentences. */
const maxFooterLength = 400;

/** How many footer blocks may follow the credits: AP prints a rule and up to three lines. */
const maxFooters = 6;

/**
 * Whether a block is a line of a news site's footer (see `footerLine`). A Markdown rule (`___`,
 * `---`) is one too.
 *
 * @param block A block at the end of the article.
 * @returns True for a footer line.
 */
export function isFooterLine(block: RootContent): boolean {
  if (block.type === 'thematicBreak') return true;
  if (block.type !== 'paragraph') return false;
  const text = phrasingText(block.children).trim();
  return text.length <= maxFooterLength && footerLine.test(text);
}

/**
 * Take the closing credit lines off the end of an article's blocks, so nothing else claims them.
 * Web copy pasted from a news site goes on past the credit with the site's footer ("Our
 * Standards: …", "Follow AP's coverage …"), which hid the credit: the credits are looked for above
 * such lines too. The footer lines stay as they were (paragraphs) after the credits, in the order
 * of the text; without a credit above them they stay where they are, in the body.
 *
 * @param blocks The article's blocks: the credits, and the footer lines under them, are removed.
 * @returns The removed blocks: the credits as source-tags nodes, then the footer lines.
 */
export function takeClosingCredits(blocks: RootContent[]): RootContent[] {
  const end = blocks.length - footerLines(blocks);
  const tail: RootContent[] = [];
  let start = end;
  // The first block is never a credit: an article of one line is its text.
  while (start > 1) {
    const block = blocks[start - 1] as RootContent;
    const tags = block.type === 'paragraph' ? toSourceTags(block) : undefined;
    if (!tags) break;
    tail.unshift(tags);
    start--;
  }
  // Footer lines with no credit above them are no closing matter: they stay in the body.
  if (tail.length === 0) return [];
  for (const footer of blocks.splice(start).slice(end - start)) tail.push(footer);
  return tail;
}

/**
 * Where an article's closing matter starts: its closing credits and the footer lines under them
 * (see `takeClosingCredits`), which the HTML writers put in `<footer>`. Footer lines with no
 * credit above them are body text.
 *
 * @param blocks The article's top-level blocks.
 * @param from The first block that may be closing matter (after the top matter).
 * @returns The index of the first credit, or `blocks.length` when there is none.
 */
export function closingMatterStart(blocks: readonly RootContent[], from: number): number {
  // Asked by the HTML writers of every article: without a credit among the last blocks there is
  // no closing matter, and their footer lines need not be read (flattening a paragraph's text).
  if (!hasCreditNearEnd(blocks, from)) return blocks.length;
  const end = blocks.length - footerLines(blocks);
  let start = end;
  while (start > from && (blocks[start - 1] as RootContent).type === 'sourceTags') start--;
  return start < end ? start : blocks.length;
}

/** Whether a source-tags node is among the last `maxFooters` + 1 blocks (from `from` on). */
function hasCreditNearEnd(blocks: readonly RootContent[], from: number): boolean {
  const stop = Math.max(from, blocks.length - 1 - maxFooters);
  for (let index = blocks.length - 1; index >= stop; index--) {
    if ((blocks[index] as RootContent).type === 'sourceTags') return true;
  }
  return false;
}

/** How many blocks at the end of an article are footer lines (at most `maxFooters`). */
function footerLines(blocks: readonly RootContent[]): number {
  let count = 0;
  while (
    count < maxFooters &&
    count < blocks.length - 2 &&
    isFooterLine(blocks[blocks.length - 1 - count] as RootContent)
  ) {
    count++;
  }
  return count;
}
