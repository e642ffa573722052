/**
 * The rule id nearest in spelling to one that names no rule, for the hint in an error about a
 * config's rule (`rules.dash-styel`) or a disable comment's (`copydesk-disable dash-styel`).
 */

/**
 * The id nearest to a name, the first of equals in the order given.
 *
 * @param name What was written.
 * @param ids The known ids.
 * @param maxDistance The most edits the answer may be away; any distance by default.
 * @returns The nearest id, or undefined when none is within `maxDistance`.
 */
export function nearestId(
  name: string,
  ids: Iterable<string>,
  maxDistance = Number.POSITIVE_INFINITY,
): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const id of ids) {
    const distance = editDistance(name, id);
    if (distance < bestDistance) {
      best = id;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance, with a transposition (`styel`) counted as one edit. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(value);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}
