/**
 * How the CLI talks to people on stderr: errors, warnings, summaries. The only place that
 * decides on colour (chalk, honouring NO_COLOR, FORCE_COLOR and --no-color).
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { showControls } from '../show-controls.js';
import type { CliIo } from './context.js';

/** Writes human messages to stderr. */
export interface Reporter {
  readonly chalk: ChalkInstance;
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
}

/**
 * Colour level for a run: none unless stderr is a terminal, NO_COLOR wins, FORCE_COLOR forces.
 *
 * @param io The run's I/O.
 * @param color The --color/--no-color choice, if given.
 * @returns A chalk level.
 */
export function colorLevel(io: CliIo, color?: boolean): 0 | 1 | 2 | 3 {
  if (color === false) return 0;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') {
    const level = Number(force);
    return level >= 1 && level <= 3 ? (level as 1 | 2 | 3) : 1;
  }
  if (force === '0' || force === 'false') return 0;
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return 0;
  if (color === true) return 1;
  return io.stderrIsTty ? 1 : 0;
}

/**
 * A reporter writing to the run's stderr.
 *
 * @param io The run's I/O.
 * @param options Colour choice and quiet mode.
 * @returns The reporter.
 */
export function createReporter(io: CliIo, options?: { color?: boolean; quiet?: boolean }): Reporter {
  const chalk = new Chalk({ level: colorLevel(io, options?.color) });
  const write = (line: string) => io.stderr.write(`${line}\n`);
  return {
    chalk,
    error: (message) => write(`${chalk.red('error')} ${shown(message)}`),
    warn: (message) => write(`${chalk.yellow('warning')} ${shown(message)}`),
    info: (message) => {
      if (!options?.quiet) write(shown(message));
    },
  };
}

/**
 * Messages name files and may quote them: their control characters are drawn, never sent to the
 * terminal (see `showControls`), line by line, as a message may hold several lines.
 */
function shown(message: string): string {
  return message.includes('\n') ? message.split('\n').map(showControls).join('\n') : showControls(message);
}
