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

/**
 * Cut `text` at every valid mention. Mentions whose offsets are out of range, empty, or overlap an
 * earlier (longer-first) mention are skipped rather than trusted.
 * @example segmentText('In Moscow.', [{ id: 'place:moscow', mentions: [{ start: 3, end: 9, text: 'Moscow', excerpt: '' }] }])
 * // → [{ text: 'In ', start: 0 }, { text: 'Moscow', placeId: 'place:moscow', start: 3 }, { text: '.', start: 9 }]
 */
export function segmentText(text: string, places: readonly PlaceMentions[]): TextSegment[] {
  const spans = places
    .flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, placeId: p.id })))
    .filter(
      (s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.end > s.start,
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextSegment[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue; // overlaps a mention already placed
    if (span.start > cursor) out.push({ text: text.slice(cursor, span.start), start: cursor });
    out.push({ text: text.slice(span.start, span.end), placeId: span.placeId, start: span.start });
    cursor = span.end;
  }
  if (cursor < text.length) out.push({ text: text.slice(cursor), start: cursor });
  return out;
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
