/**
 * Expected CLI failures: printed as one line without a stack, with their exit code.
 */
import { exitCodes } from './exit-codes.js';

/** A failure the user can fix: bad usage, bad config, a refused output path. */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number = exitCodes.usage) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
