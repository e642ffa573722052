/**
 * Typed errors of the library. The CLI turns them into one-line messages with the file name.
 */

/** Error codes a caller can branch on. */
export type CopydeskErrorCode = 'binary' | 'too-large' | 'invalid-input' | 'invalid-option';

/** An error in the input or in how the library was called. */
export class CopydeskError extends Error {
  /** What went wrong, for programs. */
  readonly code: CopydeskErrorCode;
  /** 1-based line of the problem in the input, when known. */
  readonly line: number | undefined;
  /** 0-based byte offset of the problem in the input, when known. */
  readonly offset: number | undefined;

  constructor(code: CopydeskErrorCode, message: string, place?: { line?: number; offset?: number }) {
    super(message);
    this.name = 'CopydeskError';
    this.code = code;
    this.line = place?.line;
    this.offset = place?.offset;
  }
}
