/**
 * Sentence boundaries, for excerpts. Deliberately simple and linear: a sentence ends at a line break, or at
 * . ! ? (plus closing quotes/brackets) followed by white space and a capital, a digit or a quote — unless
 * the word before the full stop is an abbreviation ("Mr.", "U.S.", "La.", "St.").
 */

const ABBREVIATIONS = new Set(
  'mr mrs ms dr sir st sr jr mt ft gen col lt sgt capt maj gov sen rep rev prof pres inc co corp ltd no vs etc jan feb mar apr jun jul aug sep sept oct nov dec ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn vt va wash wis wyo'.split(
    ' ',
  ),
);

export interface Span {
  start: number;
  end: number;
}

/** A letter or a full stop: ASCII by table (most text), the rest by Unicode property. */
function isLetterOrDot(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}.]/u.test(text[i]!);
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && isLetterOrDot(text, i)) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (!word) return false;
  // Initials and dotted abbreviations: "U.S.", "D.C.", "J."
  if (/^(?:\p{L}\.)*\p{L}$/u.test(word) && word.length <= 5 && (word.includes('.') || word.length === 1)) return true;
  return ABBREVIATIONS.has(word);
}

/**
 * Splits text into sentence spans (UTF-16 offsets, trimmed of surrounding white space).
 *
 * @example sentenceSpans('He left. She stayed.') // → [{start: 0, end: 8}, {start: 9, end: 20}]
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    // Char codes, not one-character strings: this loop sees every character of the article.
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      push(i);
      start = i + 1;
      continue;
    }
    if (c !== 46 && c !== 33 && c !== 63) continue;
    const ch = text[i]!;
    let j = i + 1;
    while (j < n && /["'”’)\]]/.test(text[j]!)) j++;
    if (j >= n || !/[ \t\u00a0]/.test(text[j]!)) continue;
    let k = j;
    while (k < n && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k++;
    if (k < n && !/[\p{Lu}\p{N}"“‘'(]/u.test(text[k]!)) continue;
    if (ch === '.' && endsWithAbbreviation(text, i)) continue;
    push(j);
    start = j;
  }
  push(n);
  return spans;
}

/** Finds the span holding `offset` by binary search (spans sorted, non-overlapping). */
export function spanAt(spans: Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The sentence around [start, end), capped so a runaway "sentence" (no punctuation) stays readable. */
export function excerptFor(text: string, spans: Span[], start: number, end: number, max = 400): string {
  const s = spanAt(spans, start) ?? { start, end };
  let a = s.start;
  let b = Math.max(s.end, end);
  if (b - a > max) {
    a = Math.max(s.start, start - max / 2);
    b = Math.min(Math.max(s.end, end), end + max / 2);
    return `${a > s.start ? '…' : ''}${text.slice(a, b).trim()}${b < s.end ? '…' : ''}`;
  }
  return text.slice(a, b);
}
