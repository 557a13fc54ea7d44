/**
 * Split an article into plain runs and mention runs, so the article panel renders it as React children
 * (never as HTML) with each place mention wrapped in its own element.
 */
import type { Mention } from '../../core/types';

export interface TextSegment {
  text: string;
  /** Set when this run is a mention of a place. */
  placeId?: string;
  /** Set when this run lies in a highlighted range (the sentence of a selected route, event or figure). */
  highlighted?: boolean;
  /** Offset of the run in the article. */
  start: number;
}

export interface PlaceMentions {
  id: string;
  mentions: readonly Mention[];
}

/** The mentions an article panel shows, in text order: offsets in typed arrays, the place of each. */
export interface MentionSpans {
  starts: Float64Array;
  ends: Float64Array;
  placeIds: string[];
}

/**
 * The valid mentions in text order, without overlaps. Mentions whose offsets are out of range, empty, or
 * overlap an earlier (longer-first) mention are skipped rather than trusted; of two equal mentions the
 * first place's is kept. Typed arrays sorted by index, since a 2 MB article has ~35,000 mentions.
 * @example mentionSpans('In Moscow.', [{ id: 'place:moscow', mentions: [{ start: 3, end: 9, text: 'Moscow', excerpt: '' }] }]).placeIds // → ['place:moscow']
 */
export function mentionSpans(text: string, places: readonly PlaceMentions[]): MentionSpans {
  let count = 0;
  for (const p of places) count += p.mentions.length;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const owners = new Uint32Array(count);
  let n = 0;
  for (let i = 0; i < places.length; i++) {
    for (const m of places[i]!.mentions) {
      const { start, end } = m;
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) continue;
      starts[n] = start;
      ends[n] = end;
      owners[n] = i;
      n++;
    }
  }
  const order = sortedByStart(starts, n);
  const kept: MentionSpans = { starts: new Float64Array(n), ends: new Float64Array(n), placeIds: [] };
  let k = 0;
  let cursor = 0;
  for (let j = 0; j < n; j++) {
    // Of the mentions that start here, the longest (the first given, of equal ones); the rest overlap it.
    let i = order[j]!;
    while (j + 1 < n && starts[order[j + 1]!] === starts[i]) {
      j++;
      if (ends[order[j]!]! > ends[i]!) i = order[j]!;
    }
    if (starts[i]! < cursor) continue; // overlaps a mention already placed
    kept.starts[k] = starts[i]!;
    kept.ends[k] = ends[i]!;
    kept.placeIds.push(places[owners[i]!]!.id);
    cursor = ends[i]!;
    k++;
  }
  return { starts: kept.starts.subarray(0, k), ends: kept.ends.subarray(0, k), placeIds: kept.placeIds };
}

/** Below this, a start and an index fit in one exact float key (22 + 31 bits of a double's 53). */
const KEYED_START_LIMIT = 2 ** 22;
const INDEX_SPAN = 2 ** 31;

/**
 * Indices 0..n-1 ordered by start, then by index: a numeric sort of one float key each (no comparator
 * calls), or a comparator sort for texts too long for the key.
 */
function sortedByStart(starts: Float64Array, n: number): Uint32Array {
  const order = new Uint32Array(n);
  let fits = true;
  for (let i = 0; i < n && fits; i++) fits = starts[i]! < KEYED_START_LIMIT;
  if (!fits) {
    for (let i = 0; i < n; i++) order[i] = i;
    return order.sort((a, b) => starts[a]! - starts[b]! || a - b);
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = starts[i]! * INDEX_SPAN + i;
  keys.sort();
  for (let j = 0; j < n; j++) order[j] = keys[j]! % INDEX_SPAN;
  return order;
}

/**
 * The runs of `text` from `from` to `to`: the text between mentions and the mentions `first` to `last - 1`
 * of `spans` (which must lie in that stretch).
 * @example runsOf('In Moscow.', mentionSpans('In Moscow.', places), 0, 10, 0, 1) // → In , Moscow, .
 */
export function runsOf(text: string, spans: MentionSpans, from: number, to: number, first: number, last: number): TextSegment[] {
  const out: TextSegment[] = [];
  let cursor = from;
  for (let k = first; k < last; k++) {
    const start = spans.starts[k]!;
    const end = spans.ends[k]!;
    if (start > cursor) out.push({ text: text.slice(cursor, start), start: cursor });
    out.push({ text: text.slice(start, end), placeId: spans.placeIds[k]!, start });
    cursor = end;
  }
  if (cursor < to) out.push({ text: text.slice(cursor, to), start: cursor });
  return out;
}

/**
 * Cut `text` at every valid mention (see mentionSpans for which are kept).
 * @example segmentText('In Moscow.', [{ id: 'place:moscow', mentions: [{ start: 3, end: 9, text: 'Moscow', excerpt: '' }] }])
 * // → [{ text: 'In ', start: 0 }, { text: 'Moscow', placeId: 'place:moscow', start: 3 }, { text: '.', start: 9 }]
 */
export function segmentText(text: string, places: readonly PlaceMentions[]): TextSegment[] {
  const spans = mentionSpans(text, places);
  return runsOf(text, spans, 0, text.length, 0, spans.placeIds.length);
}

/**
 * Locate a mention inside its excerpt so the tooltip can emphasise it: returns the text before, the
 * mention and the text after. Uses the article offsets when the excerpt can be found in the article,
 * otherwise the first occurrence of the mention text; falls back to the bare excerpt.
 * @example splitExcerpt({ start: 3, end: 9, text: 'Moscow', excerpt: 'In Moscow.' }, 'In Moscow.')
 * // → { before: 'In ', match: 'Moscow', after: '.' }
 */
export function splitExcerpt(mention: Mention, articleText?: string): { before: string; match: string; after: string } {
  const { excerpt } = mention;
  let at = -1;
  if (articleText) {
    const excerptStart = articleText.lastIndexOf(excerpt, mention.start);
    if (excerptStart >= 0 && excerptStart + excerpt.length >= mention.end) at = mention.start - excerptStart;
  }
  if (at < 0 || excerpt.slice(at, at + mention.text.length) !== mention.text) at = excerpt.indexOf(mention.text);
  if (at < 0) return { before: excerpt, match: '', after: '' };
  return {
    before: excerpt.slice(0, at),
    match: excerpt.slice(at, at + mention.text.length),
    after: excerpt.slice(at + mention.text.length),
  };
}

/**
 * Cut segments further at the edges of `ranges` and mark the runs inside them, so a selected route's
 * sentence can be highlighted without disturbing the place mentions within it.
 * @example highlightRanges([{ text: 'In Moscow.', start: 0 }], [{ start: 3, end: 9 }])
 * // → [{ text: 'In ', start: 0 }, { text: 'Moscow', start: 3, highlighted: true }, { text: '.', start: 9 }]
 */
export function highlightRanges(segments: readonly TextSegment[], ranges: readonly { start: number; end: number }[]): TextSegment[] {
  const valid = ranges.filter((r) => Number.isInteger(r.start) && Number.isInteger(r.end) && r.end > r.start);
  if (valid.length === 0) return [...segments];
  const cuts = new Set<number>();
  for (const r of valid) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const inside = (at: number) => valid.some((r) => r.start <= at && at < r.end);
  const out: TextSegment[] = [];
  for (const seg of segments) {
    const end = seg.start + seg.text.length;
    const points = [seg.start, ...[...cuts].filter((c) => c > seg.start && c < end).sort((a, b) => a - b), end];
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i]!;
      const b = points[i + 1]!;
      const piece: TextSegment = { text: seg.text.slice(a - seg.start, b - seg.start), start: a };
      if (seg.placeId) piece.placeId = seg.placeId;
      if (inside(a)) piece.highlighted = true;
      out.push(piece);
    }
  }
  return out;
}
