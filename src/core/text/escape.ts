/**
 * Text from files and articles shown in messages (CLI stderr, the app's alerts): control characters would
 * move a terminal's cursor or change its colours, and bidirectional controls would reorder what follows
 * them ("…fdp.exe" shown as "…exe.pdf"), so messages show them as visible escapes.
 */

/** C0 and C1 controls, DEL, and the bidirectional marks, embeddings, overrides and isolates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE_IN_MESSAGES = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Replace control and bidirectional characters by `\u{…}` escapes.
 * @example escapeControls('a\u001b[31mb') // → 'a\\u{1b}[31mb'
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE_IN_MESSAGES, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
