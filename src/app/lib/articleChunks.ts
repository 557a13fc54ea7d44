/**
 * The article panel's text in chunks of runs, so a long article is rendered a chunk at a time and each
 * chunk re-renders only when its own runs change. Where the chunks end is found in one pass that makes no
 * strings; a chunk's runs are made when it is first shown, so showing a 2 MB article costs its first chunk,
 * not 70,000 runs at once. Pure: no DOM.
 */
import { type MentionSpans, mentionSpans, type PlaceMentions, runsOf, type TextSegment } from './segments';

/** How far past its size a chunk may grow while looking for a line break to end at. */
const STRETCH = 4;
const NEWLINE = 10;

/**
 * An article cut into chunks of about `size` runs (mentions and the text between them). A chunk ends just
 * after a line break when one comes within STRETCH × size runs (the run holding it is cut there), so each
 * chunk can be its own block and the text reads exactly as one block would: a browser then lays out the
 * chunk it adds, not the whole article again.
 */
export class ArticleChunks {
  /** Per chunk: where it starts in the text, and its first mention (an index into `spans`). */
  private readonly starts: number[] = [];
  private readonly firstSpans: number[] = [];
  private readonly made = new Map<number, TextSegment[]>();
  private readonly spans: MentionSpans;

  constructor(
    private readonly text: string,
    places: readonly PlaceMentions[],
    size: number,
  ) {
    this.spans = mentionSpans(text, places);
    const { starts, ends } = this.spans;
    let runs = 0;
    const begin = (at: number, span: number) => {
      this.starts.push(at);
      this.firstSpans.push(span);
    };
    // A run of text between mentions, [from, to), before mention `span`.
    const gap = (from: number, to: number, span: number) => {
      if (runs >= size) {
        let lineEnd = to - 1;
        while (lineEnd >= from && text.charCodeAt(lineEnd) !== NEWLINE) lineEnd--;
        if (lineEnd >= from) {
          begin(lineEnd + 1, span);
          runs = lineEnd + 1 < to ? 1 : 0;
          return;
        }
      }
      if (runs >= STRETCH * size) {
        begin(from, span);
        runs = 0;
      }
      runs++;
    };
    begin(0, 0);
    let cursor = 0;
    for (let k = 0; k < starts.length; k++) {
      if (starts[k]! > cursor) gap(cursor, starts[k]!, k);
      if (runs >= STRETCH * size) {
        begin(starts[k]!, k);
        runs = 0;
      }
      runs++;
      cursor = ends[k]!;
    }
    if (cursor < text.length) gap(cursor, text.length, starts.length);
    // An empty text has no chunk; a text that ends exactly at a cut has no empty last chunk.
    if (runs === 0 && this.starts.length > 0 && this.starts.at(-1) === text.length) {
      this.starts.pop();
      this.firstSpans.pop();
    }
  }

  /** How many chunks there are. */
  get length(): number {
    return this.starts.length;
  }

  /**
   * The runs of chunk `i`, made on first use and kept.
   * @example new ArticleChunks('In Moscow.', places, 400).runs(0).map((r) => r.text) // → ['In ', 'Moscow', '.']
   */
  runs(i: number): TextSegment[] {
    let runs = this.made.get(i);
    if (!runs) {
      const end = i + 1 < this.starts.length ? this.starts[i + 1]! : this.text.length;
      const lastSpan = i + 1 < this.firstSpans.length ? this.firstSpans[i + 1]! : this.spans.placeIds.length;
      runs = runsOf(this.text, this.spans, this.starts[i]!, end, this.firstSpans[i]!, lastSpan);
      this.made.set(i, runs);
    }
    return runs;
  }

  /**
   * The chunk holding a text offset (the last chunk for an offset past the end, -1 for a negative one).
   * @example chunks.at(0) // → 0
   */
  at(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    if (hi < 0 || offset < 0) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * The first chunk with text in one of `ranges` (a highlighted sentence), or -1.
   * @example chunks.firstWith([{ start: 5000, end: 5100 }]) // → the chunk holding offset 5000
   */
  firstWith(ranges: readonly { start: number; end: number }[]): number {
    let first = -1;
    for (const r of ranges) {
      if (!Number.isInteger(r.start) || !Number.isInteger(r.end) || r.end <= r.start || r.end <= 0 || r.start >= this.text.length) continue;
      const i = this.at(Math.max(0, r.start));
      if (i >= 0 && (first < 0 || i < first)) first = i;
    }
    return first;
  }
}

/**
 * Every chunk's runs at once (see ArticleChunks).
 * @example chunkSegments('In Moscow.', [], 1000) // → [[{ text: 'In Moscow.', start: 0 }]]
 */
export function chunkSegments(text: string, places: readonly PlaceMentions[], size: number): TextSegment[][] {
  const chunks = new ArticleChunks(text, places, size);
  return Array.from({ length: chunks.length }, (_, i) => chunks.runs(i));
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
