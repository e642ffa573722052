/**
 * Source tags: the closing credit lines of an article. "(PC, AJA)", "Reuter", "— AP",
 * "(Reporting by Jane Doe; Editing by John Roe)", "Additional reporting by Ann Poe", AFP's
 * "bur-as/jj".
 */
import type { Paragraph } from 'mdast';
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
    // A name: capitalised words, with the particles names have ("Ursula von der Leyen").
    if (
      !/^\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|de|da|del|der|di|du|van|von|bin|al|la|le)){1,4}$/u.test(trimmed)
    ) {
      return undefined;
    }
    if (trimmed.startsWith('The ')) return undefined;
    tags.push({ name: trimmed, role: 'additional reporting' });
  }
  return tags.length > (agency === undefined ? 0 : 1) ? tags : undefined;
}

/**
 * The start `creditRole` needs (a role word, any case). Asked first of the last paragraph of
 * every article, most of them prose: splitting the paragraph at semicolons and lifting a full
 * stop from its first part, for `creditRole` to refuse it, cost 0.7% of a parse.
 */
const creditRoleStart =
  /^(?:additional reporting|reporting|editing|writing|compil|research|photo|graphics|translat|produc|sub-?editing)/i;

function parseRoles(body: string): SourceTag[] | undefined {
  // The first part of the body starts where the body does: without a role word there, it is no credit.
  if (!creditRoleStart.test(body)) return undefined;
  const tags: SourceTag[] = [];
  for (const part of body.split(/\s*;\s*/)) {
    const match = creditRole.exec(part.replace(/\.$/, ''));
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
