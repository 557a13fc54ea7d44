/**
 * The article panel's text in chunks of runs, so a long article is rendered a chunk at a time and each
 * chunk re-renders only when its own runs change. Pure: no DOM.
 */
import { type PlaceMentions, segmentText, type TextSegment } from './segments';

/** How far past its size a chunk may grow while looking for a line break to end at. */
const STRETCH = 4;

/**
 * Cut the article into runs (see segmentText) and group them about `size` runs a chunk. A chunk ends just
 * after a line break when one comes within STRETCH × size runs (the run holding it is cut there), so each
 * chunk can be its own block and the text reads exactly as one block would: a browser then lays out the
 * chunk it adds, not the whole article again.
 * @example chunkSegments('In Moscow.', [], 1000) // → [[{ text: 'In Moscow.', start: 0 }]]
 */
export function chunkSegments(text: string, places: readonly PlaceMentions[], size: number): TextSegment[][] {
  const chunks: TextSegment[][] = [];
  let current: TextSegment[] = [];
  for (const segment of segmentText(text, places)) {
    const ready = current.length >= size;
    const breakAt = ready && !segment.placeId ? segment.text.lastIndexOf('\n') : -1;
    if (breakAt >= 0) {
      const head = segment.text.slice(0, breakAt + 1);
      const tail = segment.text.slice(breakAt + 1);
      current.push({ ...segment, text: head });
      chunks.push(current);
      current = tail ? [{ ...segment, text: tail, start: segment.start + breakAt + 1 }] : [];
      continue;
    }
    if (current.length >= STRETCH * size) {
      chunks.push(current);
      current = [];
    }
    current.push(segment);
  }
  if (current.length) chunks.push(current);
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
