/**
 * `sarif`: SARIF 2.1.0, the format GitHub code scanning (and Azure DevOps, VS Code's SARIF
 * viewer) uploads. One run with copydesk as the tool and every rule described once; each
 * message becomes a result pointing at its file relative to `%SRCROOT%` (the working
 * directory), so the upload action maps it onto the repository. Columns count UTF-16 code
 * units, as copydesk's positions do. Files that could not be read become tool notifications.
 * A message with a safe fix carries it as a SARIF `fix` (the edits as replacements of regions),
 * which viewers such as VS Code's SARIF viewer can apply.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineIndex } from '../../tree/source-map.js';
import { docsBase } from '../docs.js';
import type { Fix, LintMessage, LintReporter, Severity } from '../types.js';

const levels: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export const sarif: LintReporter = (results, { cwd, version, rules }) => {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const sarifResults: unknown[] = [];
  const notifications: unknown[] = [];
  for (const lintResult of results) {
    const uri = uriReference(
      lintResult.path ? path.relative(cwd, lintResult.path).split(path.sep).join('/') : lintResult.file || 'stdin',
    );
    // Fix edits are offsets into the linted text; regions need its lines (made once per file).
    let lines: LineIndex | undefined;
    for (const message of lintResult.messages) {
      if (message.ruleId === null) {
        notifications.push({
          // Unreadable files are errors; front matter that is not YAML is a warning.
          level: message.severity === 'error' ? 'error' : message.severity === 'warning' ? 'warning' : 'note',
          message: { text: `${uri}: ${message.message}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                // A binary file's message has the line of its first NUL byte; most have no place.
                ...(message.line === undefined ? {} : { region: region(message) }),
              },
            },
          ],
        });
        continue;
      }
      const source = lintResult.source;
      const fix = message.fix && source !== undefined ? message.fix : undefined;
      if (fix && source !== undefined) lines ??= new LineIndex(source);
      sarifResults.push({
        ruleId: message.ruleId,
        ...(ruleIndex.has(message.ruleId) ? { ruleIndex: ruleIndex.get(message.ruleId) } : {}),
        level: levels[message.severity],
        message: { text: message.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              region: region(message),
            },
          },
        ],
        ...(fix && lines ? { fixes: [sarifFix(fix, uri, lines)] } : {}),
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'copydesk',
            version,
            informationUri: docsBase,
            rules: rules.map((rule) => ({
              id: rule.id,
              name: pascalCase(rule.id),
              shortDescription: { text: rule.description },
              helpUri: rule.url,
              defaultConfiguration: { level: levels[rule.severity] },
              properties: { tags: rule.fixable ? ['style', 'fixable'] : ['style'] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(cwd) } },
        columnKind: 'utf16CodeUnits',
        // A file that could not be read was not checked, so the run did not do all it was asked.
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/** SARIF regions need a start line; messages without a place point at the file's start. */
function region(message: LintMessage): Record<string, number> {
  const result: Record<string, number> = { startLine: message.line ?? 1, startColumn: message.column ?? 1 };
  if (message.endLine !== undefined) result['endLine'] = message.endLine;
  if (message.endColumn !== undefined) result['endColumn'] = message.endColumn;
  return result;
}

/**
 * A fix as SARIF: one change to the file, each edit a replacement of the region it deletes (an
 * empty region where it only inserts) by the text it inserts.
 */
function sarifFix(fix: Fix, uri: string, lines: LineIndex): unknown {
  return {
    description: { text: fix.description },
    artifactChanges: [
      {
        artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
        replacements: fix.edits.map((edit) => {
          const start = lines.point(edit.start);
          const end = lines.point(edit.end);
          return {
            deletedRegion: {
              startLine: start.line,
              startColumn: start.column,
              endLine: end.line,
              endColumn: end.column,
            },
            insertedContent: { text: edit.text },
          };
        }),
      },
    ],
  };
}

/**
 * A relative path as a URI reference (RFC 3986), which is what SARIF's `uri` must be: each
 * segment percent-encoded as UTF-8, so `#`, `?`, `%`, spaces and accents survive (GitHub cuts a
 * raw `uri` at `#`). Sub-delimiters, `:` and `@` may stay as they are in a path segment, except
 * a `:` in the first one, which would read as a scheme (`we:ird.txt`), and `+`, which form
 * decoders read as a space.
 *
 * @param relative A `/`-separated path.
 * @returns The same path, encoded segment by segment.
 */
export function uriReference(relative: string): string {
  return relative
    .split('/')
    .map((segment, index) => {
      const encoded = encodeURIComponent(segment).replace(/%(?:24|26|2C|3B|3D|40)/g, decodeURIComponent);
      return index === 0 ? encoded : encoded.replace(/%3A/g, ':');
    })
    .join('/');
}

function directoryUri(directory: string): string {
  const href = pathToFileURL(directory).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase());
}
