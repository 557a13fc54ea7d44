/**
 * The story reader's view of the text layer: sentences, tokens and slugs come from `src/core/text/` (one
 * tokenisation, one slug rule for the whole core); this module only re-exports them under the names the
 * story's stages use.
 */
import { slugify } from '../text/normalize';
import { sentenceSpans } from '../text/sentences';
import type { Span } from '../text/tokens';

export { isCapitalizedWord, isTitleCase, type Span, type Token, tokenize } from '../text/tokens';

/**
 * Splits text into trimmed sentence spans with their text (the core's sentence splitter).
 *
 * @example splitSentences('Kim went to Seoul. He met Moon.').map((s) => s.text)
 * // → ['Kim went to Seoul.', 'He met Moon.']
 */
export function splitSentences(text: string): Span[] {
  return sentenceSpans(text).map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
}

/**
 * A lower-case, id-safe slug — the core's one slug rule (`slugify`): "Moon Jae-in" → "moon-jae-in".
 *
 * @example slug('Wang Yi') // → 'wang-yi'
 */
export function slug(s: string): string {
  return slugify(s);
}
