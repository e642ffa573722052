/**
 * Control characters drawn as symbols in what the CLI prints for people. A module of its own,
 * without the display-width tables, because the CLI's every message goes through it.
 */

/**
 * Article text printed for people (a code frame, a lint message, an extract table) with its
 * control characters drawn as symbols: a draft may hold an escape sequence (pasted from a
 * terminal, or planted), and printed as it is, it would run in the terminal that shows the
 * report, recolouring it, moving the cursor or rewriting its title. C0 controls (other than tab)
 * and DEL become their Unicode Control Pictures (ESC → ␛, CR → ␍), C1 controls U+FFFD. Each
 * stays one UTF-16 code unit and one column wide, so columns and carets are unchanged.
 *
 * @param text Any text.
 * @returns The text, safe to print.
 */
export function showControls(text: string): string {
  return controls.test(text) ? text.replace(controlsGlobal, controlPicture) : text;
}

const controls = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;
const controlsGlobal = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

function controlPicture(character: string): string {
  const code = character.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  return code === 0x7f ? '\u2421' : '\ufffd';
}
