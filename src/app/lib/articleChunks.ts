/**
 * The article panel's text in chunks of runs, so a long article is rendered a chunk at a time and each
 * chunk re-renders only when its own runs change. Pure: no DOM.
 */
import { type PlaceMentions, segmentText, type TextSegment } from './segments';

/**
 * Cut the article into runs (see segmentText) and group them, `size` runs a chunk.
 * @example chunkSegments('In Moscow.', [], 1000) // → [[{ text: 'In Moscow.', start: 0 }]]
 */
export function chunkSegments(text: string, places: readonly PlaceMentions[], size: number): TextSegment[][] {
  const segments = segmentText(text, places);
  const chunks: TextSegment[][] = [];
  for (let i = 0; i < segments.length; i += size) chunks.push(segments.slice(i, i + size));
  return chunks;
}

/**
 * Whether two chunks would render the same (same runs, same highlighting), so a chunk whose runs were
 * recomputed but did not change is not rendered again.
 * @example sameSegments([{ text: 'a', start: 0 }], [{ text: 'a', start: 0 }]) // → true
 */
export function sameSegments(a: readonly TextSegment[], b: readonly TextSegment[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && (x.start !== y.start || x.text !== y.text || x.placeId !== y.placeId || !x.highlighted !== !y.highlighted)) return false;
  }
  return true;
}

/**
 * The index of the first chunk with a highlighted run, or -1.
 * @example firstHighlightedChunk([[{ text: 'a', start: 0 }], [{ text: 'b', start: 1, highlighted: true }]]) // → 1
 */
export function firstHighlightedChunk(chunks: readonly (readonly TextSegment[])[]): number {
  return chunks.findIndex((c) => c.some((s) => s.highlighted));
}
