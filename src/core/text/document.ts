/**
 * The document model: one reading of an article's text, computed once per article by the pipeline and
 * read by the story reader, the figures and the borders — paragraphs, sentences with their word tokens
 * (UTF-16 offsets into the article), quotations and the dateline. Before it, each step split sentences
 * and tokenised on its own (about eight sentence splits per article).
 */
import { sentenceSpans } from './sentences';
import { isTitleCase, type Span, type Token, tokenize } from './tokens';

/** One sentence with its tokens. `index` is its position in `ArticleDocument.sentences`. */
export interface Sentence extends Span {
  index: number;
  /** The paragraph (line) it belongs to. */
  paragraph: number;
  tokens: Token[];
  /** A Title Case line (a headline): names there are unreliable. */
  titleCase: boolean;
}

/** "MOSCOW, April 10 (Reuters) —": where the article was filed; no journey, no event. */
export interface Dateline extends Span {
  /** The place words as written ("MOSCOW", "Washington"). */
  place: string;
}

export interface ArticleDocument {
  text: string;
  /** Non-empty lines: news copy puts each paragraph on a line of its own. */
  paragraphs: Span[];
  sentences: Sentence[];
  /**
   * Whole sentences as the splitter reads them, for excerpts: the same as `sentences` except that a
   * "sentence" over MAX_SENTENCE characters is one span here and several pieces there.
   */
  sentenceSpans: Array<{ start: number; end: number }>;
  /** Quoted passages, marks included ("“We welcome it,”"). */
  quotes: Span[];
  dateline?: Dateline;
}

/** Longest piece analysed as one sentence: real sentences are far shorter; this bounds per-sentence work. */
export const MAX_SENTENCE = 1000;

/** Cuts an over-long "sentence" (no punctuation for pages) into pieces at whitespace. */
function pieces(text: string, s: { start: number; end: number }): Array<{ start: number; end: number }> {
  if (s.end - s.start <= MAX_SENTENCE) return [s];
  const out: Array<{ start: number; end: number }> = [];
  let a = s.start;
  while (a < s.end) {
    let b = Math.min(s.end, a + MAX_SENTENCE);
    if (b < s.end) {
      const ws = text.lastIndexOf(' ', b);
      if (ws > a + MAX_SENTENCE / 2) b = ws;
    }
    out.push({ start: a, end: b });
    a = b;
  }
  return out;
}

function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    let a = start;
    let b = i;
    while (a < b && /\s/.test(text[a] as string)) a++;
    while (b > a && /\s/.test(text[b - 1] as string)) b--;
    if (b > a) out.push({ start: a, end: b, text: text.slice(a, b) });
    start = i + 1;
  }
  return out;
}

/** “ « „ and ” » “ as char codes: the scan below reads every character of the article. */
const isOpenQuote = (c: number) => c === 0x201c || c === 0xab || c === 0x201e;
const isCloseQuote = (c: number) => c === 0x201d || c === 0xbb || c === 0x201c;

/** Quoted passages within each paragraph: curly pairs, or straight double quotes taken two by two. */
function quotesOf(text: string, paragraphs: Span[]): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs) {
    let open = -1;
    let straight = -1;
    for (let i = p.start; i < p.end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 34) {
        if (straight < 0) straight = i;
        else {
          out.push({ start: straight, end: i + 1, text: text.slice(straight, i + 1) });
          straight = -1;
        }
      } else if (open < 0 && isOpenQuote(ch)) open = i;
      else if (open >= 0 && isCloseQuote(ch)) {
        out.push({ start: open, end: i + 1, text: text.slice(open, i + 1) });
        open = -1;
      }
    }
    // A quotation running on to the next paragraph (news style opens it again there) ends with its paragraph.
    if (open >= 0) out.push({ start: open, end: p.end, text: text.slice(open, p.end) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "MOSCOW, April 10 (Reuters) -", "WASHINGTON —", "Seoul (AP) —": place words, then a dash. */
const DATELINE = /^((?:\p{Lu}[\p{L}.'’-]*)(?:[ ,]+\p{Lu}[\p{L}.'’-]*){0,3})(?:,[^()\n—–-]{1,30})?(?:[ ]*\([^)\n]{1,30}\))?[ ]*[—–-]{1,2}[ ]/u;

function datelineOf(paragraphs: Span[]): Dateline | undefined {
  // The first paragraphs may be a headline and a byline; the dateline opens the first body paragraph.
  for (const p of paragraphs.slice(0, 4)) {
    const m = DATELINE.exec(p.text);
    if (!m) continue;
    const place = (m[1] as string).replace(/,$/, '');
    // Shouting capitals or a wire-service credit: a mere capitalised phrase with a dash is not a dateline.
    if (place !== place.toUpperCase() && !m[0].includes('(')) continue;
    return { start: p.start, end: p.start + m[0].trimEnd().length, text: m[0].trimEnd(), place };
  }
  return undefined;
}

/**
 * Reads an article once.
 *
 * @example
 * const doc = readDocument('MOSCOW (Reuters) — Lavrov said “we welcome it.” He left.');
 * doc.sentences.length // → 2
 * doc.dateline?.place // → 'MOSCOW'
 * doc.quotes[0].text // → '“we welcome it.”'
 */
export function readDocument(text: string): ArticleDocument {
  const article = typeof text === 'string' ? text : '';
  const paragraphs = paragraphsOf(article);
  const sentences: Sentence[] = [];
  let p = 0;
  const spans = sentenceSpans(article);
  for (const span of spans) {
    for (const piece of pieces(article, span)) {
      while (p + 1 < paragraphs.length && (paragraphs[p] as Span).end <= piece.start) p++;
      const s = article.slice(piece.start, piece.end);
      const tokens = tokenize(s, piece.start);
      sentences.push({ start: piece.start, end: piece.end, text: s, index: sentences.length, paragraph: p, tokens, titleCase: isTitleCase(tokens) });
    }
  }
  return { text: article, paragraphs, sentences, sentenceSpans: spans, quotes: quotesOf(article, paragraphs), dateline: datelineOf(paragraphs) };
}

/**
 * The sentence holding an offset (binary search), for excerpts and clause reading.
 *
 * @example sentenceAt(doc, text.indexOf('Moscow'))?.text
 */
export function sentenceAt(doc: ArticleDocument, offset: number): Sentence | undefined {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid] as Sentence;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/**
 * True when an offset lies inside a quotation (binary search over the sorted, non-overlapping quotes).
 *
 * @example inQuote(readDocument('He said “go to Paris”.'), 12) // → true
 */
export function inQuote(doc: ArticleDocument, offset: number): boolean {
  const qs = doc.quotes;
  let lo = 0;
  let hi = qs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = qs[mid] as Span;
    if (offset < q.start) hi = mid - 1;
    else if (offset >= q.end) lo = mid + 1;
    else return true;
  }
  return false;
}
