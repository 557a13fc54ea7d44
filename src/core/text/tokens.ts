/**
 * Word tokens with UTF-16 offsets into the article: the one tokenisation the story reader and the figures
 * read (through the document model, `document.ts`). Words are letters and digits joined by hyphens
 * ("Jae-in", "face-to-face"), the possessive 's is its own token, every other mark is a token of its own.
 * The geoparser keeps its name-lookup atoms (letters and digits, hyphen parts apart) and joins them by the
 * same rule when a name spans a hyphen, so both read "Moon Jae-in" as the same two words.
 */

/** A span of the article: `text === article.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A word or punctuation token; `lower` is the lower-cased text with ’ folded to '. */
export interface Token extends Span {
  lower: string;
  /** True for words (letters/digits), false for punctuation. */
  word: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Letters and digits; ASCII by table, the rest by Unicode property (code point, so astral letters count). */
function isWordCode(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x202f || c === 0x205f || c === 0x1680 || c === 0xfeff;
}

/**
 * Tokens of `text`, offsets relative to `base` (so tokens of a sentence carry article offsets). A
 * hand-written scanner: several times faster than the equivalent Unicode regex on news text, and linear by
 * construction.
 *
 * @example tokenize("Russia's Moon Jae-in", 0).map((t) => t.text) // → ['Russia', "'s", 'Moon', 'Jae-in']
 */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.codePointAt(i) as number;
    const w = c > 0xffff ? 2 : 1;
    if (isWordCode(c)) {
      let j = i + w;
      while (j < n) {
        const d = text.codePointAt(j) as number;
        if (isWordCode(d)) {
          j += d > 0xffff ? 2 : 1;
          continue;
        }
        // Hyphen or Unicode hyphen joining two word parts ("Jae-in", "face-to-face").
        if ((d === 45 || d === 0x2010) && j + 1 < n && isWordCode(text.codePointAt(j + 1) as number)) {
          j += 1;
          continue;
        }
        break;
      }
      push(out, text, base, i, j, true);
      i = j;
      continue;
    }
    if (isSpaceCode(c)) {
      i += 1;
      continue;
    }
    // The possessive 's / ’s, when the s ends the word.
    if ((c === 39 || c === 0x2019) && text.charCodeAt(i + 1) === 115 && !(i + 2 < n && isWordCode(text.codePointAt(i + 2) as number))) {
      push(out, text, base, i, i + 2, false);
      i += 2;
      continue;
    }
    push(out, text, base, i, i + w, false);
    i += w;
  }
  return out;
}

function push(out: Token[], text: string, base: number, a: number, b: number, word: boolean): void {
  const t = text.slice(a, b);
  const lower = t.toLowerCase();
  out.push({ start: base + a, end: base + b, text: t, lower: lower.charCodeAt(0) === 0x2019 ? `'${lower.slice(1)}` : lower, word });
}

/**
 * True when the first letter is upper case.
 *
 * @example isCapitalizedWord('Moscow') // → true
 */
export function isCapitalizedWord(word: string): boolean {
  // Upper case iff lower-casing changes it (digits and punctuation do not change); ASCII by its code.
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

/**
 * The short words a Title Case headline may leave in lower case ("Lavrov Accepts Invitation to Visit the
 * DPRK"). Other short words count: prose's "is set to fly" and "is due in" are lower-case content words.
 */
const HEADLINE_LOWER_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up', 'via', 'vs', 'from', 'into', 'with', 'over']);

/**
 * True when a line reads like a Title Case headline ("Lavrov Accepts Invitation To Visit"): prose has
 * lower-case content words, a headline in Title Case has (almost) none.
 *
 * @example isTitleCase(tokenize('Lavrov Accepts Invitation To Visit Pyongyang')) // → true
 */
export function isTitleCase(tokens: readonly Token[]): boolean {
  let words = 0;
  let lower = 0;
  for (const t of tokens) {
    if (!t.word || HEADLINE_LOWER_WORDS.has(t.text)) continue;
    const c = t.text.charAt(0);
    if (c === t.lower.charAt(0) && c === c.toUpperCase()) continue; // digits: not a word for this purpose
    words++;
    if (c === t.lower.charAt(0)) lower++;
  }
  return words >= 4 && lower / words < 0.1;
}
