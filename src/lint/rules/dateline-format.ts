/**
 * dateline-format: a dateline follows AP style.
 *
 * Why: the dateline tells readers where a story was reported, and AP style keeps it scannable:
 * the place in capitals, a US state in its AP abbreviation (`Ore.`, not `OR` or `Oregon`),
 * months abbreviated the AP way (`Feb. 26`, `March 3`, `Sept. 5`), and an em dash before the
 * story (`PORTLAND, Ore. (AP) — `).
 *
 * Options: `placeCase` `upper` (default) or `any`; `states` `ap` (default) or `any`; `months`
 * `ap` or `any` (default); `dash` `em` or `any` (default). The `ap` preset sets all four.
 *
 * ok: `PORTLAND, Ore., Feb. 26 (AP) — Red Lion Inns …`
 *
 * not ok: `Portland, OR, Feb 26 - Red Lion Inns …`
 */
import type { Nodes } from 'mdast';
import type { Dateline } from '../../tree/types.js';
import { visit } from '../../tree/visit.js';
import { ruleUrl } from '../docs.js';
import { code } from '../format.js';
import { mapBlock, replacementFix, sourceRange } from '../mapped-text.js';
import { choiceOption } from '../options.js';
import type { Finding, Rule } from '../types.js';

interface Options {
  placeCase: 'upper' | 'any';
  states: 'ap' | 'any';
  months: 'ap' | 'any';
  dash: 'em' | 'any';
}

/** AP dateline abbreviations of US states, by postal code; states AP never abbreviates map to their name. */
const apStates: Readonly<Record<string, string>> = Object.freeze({
  AL: 'Ala.',
  AK: 'Alaska',
  AZ: 'Ariz.',
  AR: 'Ark.',
  CA: 'Calif.',
  CO: 'Colo.',
  CT: 'Conn.',
  DE: 'Del.',
  FL: 'Fla.',
  GA: 'Ga.',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Ill.',
  IN: 'Ind.',
  IA: 'Iowa',
  KS: 'Kan.',
  KY: 'Ky.',
  LA: 'La.',
  ME: 'Maine',
  MD: 'Md.',
  MA: 'Mass.',
  MI: 'Mich.',
  MN: 'Minn.',
  MS: 'Miss.',
  MO: 'Mo.',
  MT: 'Mont.',
  NE: 'Neb.',
  NV: 'Nev.',
  NH: 'N.H.',
  NJ: 'N.J.',
  NM: 'N.M.',
  NY: 'N.Y.',
  NC: 'N.C.',
  ND: 'N.D.',
  OH: 'Ohio',
  OK: 'Okla.',
  OR: 'Ore.',
  PA: 'Pa.',
  RI: 'R.I.',
  SC: 'S.C.',
  SD: 'S.D.',
  TN: 'Tenn.',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vt.',
  VA: 'Va.',
  WA: 'Wash.',
  WV: 'W.Va.',
  WI: 'Wis.',
  WY: 'Wyo.',
});

/** State names and common non-AP spellings, lower-cased, to their AP form. */
const stateNames: ReadonlyMap<string, string> = new Map(
  Object.entries({
    alabama: 'Ala.',
    arizona: 'Ariz.',
    arkansas: 'Ark.',
    california: 'Calif.',
    cal: 'Calif.',
    calif: 'Calif.',
    colorado: 'Colo.',
    colo: 'Colo.',
    connecticut: 'Conn.',
    conn: 'Conn.',
    delaware: 'Del.',
    florida: 'Fla.',
    fla: 'Fla.',
    georgia: 'Ga.',
    illinois: 'Ill.',
    ill: 'Ill.',
    indiana: 'Ind.',
    kansas: 'Kan.',
    kans: 'Kan.',
    'kans.': 'Kan.',
    kentucky: 'Ky.',
    louisiana: 'La.',
    maryland: 'Md.',
    massachusetts: 'Mass.',
    mass: 'Mass.',
    michigan: 'Mich.',
    mich: 'Mich.',
    minnesota: 'Minn.',
    minn: 'Minn.',
    mississippi: 'Miss.',
    missouri: 'Mo.',
    montana: 'Mont.',
    nebraska: 'Neb.',
    nevada: 'Nev.',
    'new hampshire': 'N.H.',
    'new jersey': 'N.J.',
    'new mexico': 'N.M.',
    'north carolina': 'N.C.',
    'north dakota': 'N.D.',
    oklahoma: 'Okla.',
    okla: 'Okla.',
    oregon: 'Ore.',
    ore: 'Ore.',
    pennsylvania: 'Pa.',
    penn: 'Pa.',
    'penn.': 'Pa.',
    'rhode island': 'R.I.',
    'south carolina': 'S.C.',
    'south dakota': 'S.D.',
    tennessee: 'Tenn.',
    tenn: 'Tenn.',
    tex: 'Texas',
    'tex.': 'Texas',
    vermont: 'Vt.',
    virginia: 'Va.',
    washington: 'Wash.',
    wash: 'Wash.',
    'west virginia': 'W.Va.',
    wisconsin: 'Wis.',
    wis: 'Wis.',
    wyoming: 'Wyo.',
  }),
);

/** Months as AP writes them with a date. */
const apMonths: ReadonlyMap<string, string> = new Map([
  ['jan', 'Jan.'],
  ['feb', 'Feb.'],
  ['mar', 'March'],
  ['apr', 'April'],
  ['may', 'May'],
  ['jun', 'June'],
  ['jul', 'July'],
  ['aug', 'Aug.'],
  ['sep', 'Sept.'],
  ['oct', 'Oct.'],
  ['nov', 'Nov.'],
  ['dec', 'Dec.'],
]);

export const datelineFormat: Rule<Options> = {
  meta: {
    id: 'dateline-format',
    description: 'A dateline follows AP style: `PORTLAND, Ore., Feb. 26 (AP) —`',
    severity: 'warning',
    recommended: true,
    fixable: true,
    url: ruleUrl('dateline-format'),
  },
  defaults: Object.freeze({ placeCase: 'upper', states: 'ap', months: 'any', dash: 'any' }),
  schema: {
    placeCase: choiceOption(['upper', 'any'] as const),
    states: choiceOption(['ap', 'any'] as const),
    months: choiceOption(['ap', 'any'] as const),
    dash: choiceOption(['em', 'any'] as const),
  },
  check(tree, { options, source }) {
    const findings: Finding[] = [];
    visit(tree as Nodes, 'dateline', (node: Dateline) => {
      const mapped = mapBlock(node, source);
      const text = mapped.text;
      // The dateline's words as AP writes them: a safe fix where the text is the source's own
      // characters (not a line joined from two, say), so the edit replaces exactly what is shown.
      const replace = (start: number, end: number, found: string, expected: string) => {
        const fix = replacementFix(mapped, start, end, expected, `Replace ${code(found)} with ${code(expected)}`);
        return { node, range: sourceRange(mapped, start, end), ...(fix ? { fix } : {}) };
      };

      const place = node.place;
      if (options.placeCase === 'upper' && place !== place.toUpperCase() && text.startsWith(place)) {
        findings.push({
          message: `Unexpected ${code(place)} in the dateline, expected ${code(place.toUpperCase())}`,
          ...replace(0, place.length, place, place.toUpperCase()),
        });
      }

      const region = node.region;
      if (options.states === 'ap' && region) {
        const expected = apStates[region] ?? stateNames.get(region.toLowerCase());
        const start = text.indexOf(region, place.length);
        if (expected && expected !== region && start >= 0) {
          findings.push({
            message: `Unexpected ${code(region)} in the dateline, expected ${code(expected)}`,
            ...replace(start, start + region.length, region, expected),
          });
        }
      }

      const date = node.date;
      const monthMatch = date ? /\p{L}+\.?/u.exec(date) : null;
      if (options.months === 'ap' && date && monthMatch) {
        const month = monthMatch[0];
        const expected = apMonths.get(month.slice(0, 3).toLowerCase());
        const start = text.indexOf(date);
        if (expected && month !== expected && start >= 0) {
          const from = start + monthMatch.index;
          findings.push({
            message: `Unexpected ${code(month)} in the dateline, expected ${code(expected)}`,
            ...replace(from, from + month.length, month, expected),
          });
        }
      }

      const dash = /(?:--|[-–―:])\s*$/.exec(text);
      if (options.dash === 'em' && dash) {
        const mark = dash[0].trim();
        const from = dash.index;
        // A colon is no dash to replace: the writer may have meant it.
        const fix =
          mark === ':'
            ? undefined
            : replacementFix(mapped, from, from + mark.length, '—', `Replace ${code(mark)} with \`—\``);
        findings.push({
          message: `Unexpected ${code(mark)} after the dateline, expected \`—\``,
          node,
          range: sourceRange(mapped, from, from + mark.length),
          ...(fix ? { fix } : {}),
        });
      }
    });
    return findings;
  },
};
