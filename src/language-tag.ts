/**
 * Language tags for the standalone page. A module of its own so that the CLI can check `--lang`
 * without loading the HTML writer at start-up.
 */

/**
 * Whether text is shaped like a BCP 47 language tag (`en`, `pt-BR`, `zh-Hant-TW`): a front
 * matter's `language: English` is no tag, and the page stays English rather than `lang="English"`.
 *
 * @param text Any text.
 * @returns True for a tag.
 */
export function isLanguageTag(text: string): boolean {
  return /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,6}$/.test(text);
}
