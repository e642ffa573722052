// Lint counts over the shared corpus: how often each rule fires on published BBC and Reuters
// copy, to spot rules that fire too often to be useful. Every rule is on, at its own severity
// and default options, so rules the `recommended` preset leaves off are counted too. A sample
// of articles is also fixed twice, to check that fixing is idempotent on real copy. This module
// prints nothing: bench/eval.js calls `evaluateLint` and prints the counts. It never throws on
// an article: a failure is counted in `crashes`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fixText, lint, parse, resolveConfig, rules } from '../../dist/index.js';

/** Every rule on at its own severity. */
const everyRule = Object.fromEntries(
  rules.map((rule) => [rule.meta.id, rule.meta.severity === 'warning' ? 'warn' : rule.meta.severity]),
);

/** One article in this many is also fixed twice. */
const fixSample = 10;

/**
 * Lint every corpus article and count messages per rule.
 *
 * @param {string} sharedDir The shared folder holding `corpus/`.
 * @returns {Promise<{perRule: Record<string, number>, filesPerRule: Record<string, number>, recommended: Record<string, number>, articles: number, crashes: number, fixedTwiceChanged: number, failures: string[]}>}
 */
export async function evaluateLint(sharedDir) {
  const all = resolveConfig({ rules: everyRule }, 'eval');
  const recommendedConfig = resolveConfig({}, 'eval');
  const recommendedIds = new Set(recommendedConfig.rules.map((active) => active.rule.meta.id));
  const perRule = Object.fromEntries(rules.map((rule) => [rule.meta.id, 0]));
  const filesPerRule = Object.fromEntries(rules.map((rule) => [rule.meta.id, 0]));
  const recommended = Object.fromEntries([...recommendedIds].map((id) => [id, 0]));
  const failures = [];
  let articles = 0;
  let crashes = 0;
  let fixedTwiceChanged = 0;

  for (const source of ['bbc', 'reuters']) {
    const folder = path.join(sharedDir, 'corpus', source, 'articles');
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      if (!name.endsWith('.txt')) continue;
      const file = `${source}/${name}`;
      articles++;
      try {
        const text = readFileSync(path.join(folder, name), 'utf8');
        const messages = lint(parse(text, { file: name }), { source: text, file, config: all });
        const seen = new Set();
        for (const message of messages) {
          perRule[message.ruleId] = (perRule[message.ruleId] ?? 0) + 1;
          if (recommendedIds.has(message.ruleId)) recommended[message.ruleId] += 1;
          if (!seen.has(message.ruleId)) filesPerRule[message.ruleId] = (filesPerRule[message.ruleId] ?? 0) + 1;
          seen.add(message.ruleId);
        }
        if (articles % fixSample === 0) {
          const once = fixText(text, { parse: { file: name }, lint: { config: all } }).output;
          const twice = fixText(once, { parse: { file: name }, lint: { config: all } }).output;
          if (twice !== once) {
            fixedTwiceChanged++;
            if (failures.length < 10) failures.push(`${file}: fixing twice changed the text`);
          }
        }
      } catch (error) {
        crashes++;
        if (failures.length < 10) failures.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return { perRule, filesPerRule, recommended, articles, crashes, fixedTwiceChanged, failures };
}
