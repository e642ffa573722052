/** Exit codes of the `copydesk` command, in one place. */
export const exitCodes = Object.freeze({
  /** Everything worked (lint: no errors). */
  ok: 0,
  /** An input failed (unreadable, binary, …) or lint found errors. */
  failure: 1,
  /** Wrong usage, a bad config, or a crash. */
  usage: 2,
  /**
   * Whoever read stdout stopped (`copydesk … | head`): 128 + SIGPIPE, the code a shell reports for
   * a program that pipe ended, as for `yes | head`.
   */
  brokenPipe: 141,
});
