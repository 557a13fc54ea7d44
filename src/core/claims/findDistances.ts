/**
 * Finds the distance and length figures an article states: "18km-long border", "5799km", "5,799 km",
 * "about 1,200 kilometres", "300 miles", "40 nautical miles". A figure needs a length unit right after it, so
 * "10 billion US dollars", "35,000 citizens", "2018" and "April 10" are never figures; areas ("300 sq km",
 * "km²") and speeds ("km/h") are not lengths either.
 *
 * Linear time on any input: a hand-written scanner reads each number once, and the unit and context patterns
 * are sticky regexes of bounded length tried only where a number ends (no backtracking across the text).
 */
import { excerptFor, type Span, sentenceSpans, spanAt } from '../text/sentences';
import type { Mention } from '../types';

export type LengthUnit = 'km' | 'mi' | 'nmi' | 'm';

/** Kilometres per unit (international mile 1,609.344 m; nautical mile 1,852 m). */
export const KM_PER_UNIT: Readonly<Record<LengthUnit, number>> = { km: 1, mi: 1.609344, nmi: 1.852, m: 0.001 };

export type Qualifier = 'exact' | 'approximate' | 'at-least' | 'at-most';

/** One stated figure. */
export interface DistanceClaim {
  /** The number as written ("5,799" → 5799). */
  value: number;
  unit: LengthUnit;
  /** The figure in km. */
  km: number;
  /** Half the rounding step of the figure as written, in km ("18" → 0.5; "1,200" → 50; "5.8" → 0.05). */
  precisionKm: number;
  qualifier: Qualifier;
  /** What the figure measures when the text says ("18km-long border" → "border"). */
  subject?: string;
  /** The whole expression as a mention: qualifier, number and unit ("about 1,200 kilometres"). */
  mention: Mention;
}

// Units, longest first so "nautical miles" wins over "miles". Bounded: no nested quantifiers.
const UNIT = /[ \u00a0\u202f]?(?:-[ \u00a0]?)?(nautical[ \u00a0]+miles?|nmi|kilomet(?:re|er)s?|kms?|miles?|mi|met(?:re|er)s?)(?![\p{L}\p{N}²³/])/iuy;
// "per hour" right after the unit makes it a speed.
const SPEED = /[ \u00a0]*(?:per[ \u00a0]+hour|an[ \u00a0]+hour|a[ \u00a0]+day)/iy;
// "-long border", " long frontier", "-wide" (a width is still a length).
const LONG = /[ \u00a0]?-?[ \u00a0]?(?:long|wide|deep|high)(?:[ \u00a0]+([\p{L}-]{2,30}))?/iuy;
const QUALIFIER_BEFORE =
  /(about|around|approximately|approx\.|roughly|some|nearly|almost|close to|more than|over|at least|less than|under|up to|just over|just under|an estimated|estimated)[ \u00a0]+$/i;
const BORDER_BEFORE = /\b(border|frontier|boundary|coastline|coast|river|railway|road|pipeline|bridge|tunnel)\b[^.!?]{0,60}$/i;

/** Nouns a stated length can be "of"; anything else after "-long" is not taken as a subject. */
const SUBJECTS = new Set(
  'border borders frontier boundary coastline coast river railway railroad road highway motorway pipeline bridge tunnel wall fence canal line route trip journey flight drive march corridor zone strip'.split(
    ' ',
  ),
);

const UNIT_OF: ReadonlyArray<[RegExp, LengthUnit]> = [
  [/^nautical|^nmi$/i, 'nmi'],
  [/^kilomet|^kms?$/i, 'km'],
  [/^miles?$|^mi$/i, 'mi'],
  [/^met/i, 'm'],
];

const QUALIFIER_OF: Record<string, Qualifier> = {
  'more than': 'at-least',
  over: 'at-least',
  'at least': 'at-least',
  'just over': 'at-least',
  'less than': 'at-most',
  under: 'at-most',
  'up to': 'at-most',
  'just under': 'at-most',
};

const isDigit = (c: number) => c >= 48 && c <= 57;
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);

/** Reads a number token at `i`: 5799 · 5,799 · 1,200.5 · 5.8. Returns its end and the text, or undefined. */
function readNumber(text: string, i: number): { end: number; raw: string } | undefined {
  const n = text.length;
  let j = i;
  while (j < n && isDigit(text.charCodeAt(j))) j++;
  const intDigits = j - i;
  // Thousands groups only after 1–3 leading digits, each exactly 3 digits.
  if (intDigits <= 3) {
    while (
      j + 3 < n &&
      text[j] === ',' &&
      isDigit(text.charCodeAt(j + 1)) &&
      isDigit(text.charCodeAt(j + 2)) &&
      isDigit(text.charCodeAt(j + 3)) &&
      !isDigit(text.charCodeAt(j + 4))
    ) {
      j += 4;
    }
  }
  if (text[j] === '.' && isDigit(text.charCodeAt(j + 1))) {
    j++;
    while (j < n && isDigit(text.charCodeAt(j))) j++;
  }
  return { end: j, raw: text.slice(i, j) };
}

/** Half the rounding step of a number as written ("18" → 0.5, "1,200" → 50, "5.8" → 0.05). */
function halfStep(raw: string): number {
  const plain = raw.replace(/,/g, '');
  const dot = plain.indexOf('.');
  if (dot >= 0) return 0.5 * 10 ** -(plain.length - dot - 1);
  const zeros = plain.length - plain.replace(/0+$/, '').length;
  // "0" or a run of zeros: the step is 1.
  return zeros >= plain.length ? 0.5 : 0.5 * 10 ** zeros;
}

/**
 * Every distance or length figure in `text`, in order of appearance.
 *
 * @example
 * findDistanceClaims('They share an 18km-long border. Moscow is 5,799 km away.')
 * // → [{ value: 18, unit: 'km', km: 18, subject: 'border', … }, { value: 5799, unit: 'km', km: 5799, … }]
 */
export function findDistanceClaims(text: string, spans: Span[] = sentenceSpans(text)): DistanceClaim[] {
  const claims: DistanceClaim[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) {
      i++;
      continue;
    }
    const prev = text[i - 1];
    const num = readNumber(text, i);
    const startNumber = i;
    i = Math.max(num ? num.end : i + 1, i + 1);
    // A number glued to a word, a decimal point or another number is not a figure ("A380", "v2.5", "1.2.3").
    if (!num || (prev !== undefined && (isWordChar(prev) || prev === '.' || prev === ','))) {
      while (i < n && (isDigit(text.charCodeAt(i)) || text[i] === ',' || text[i] === '.')) i++;
      continue;
    }
    UNIT.lastIndex = num.end;
    const u = UNIT.exec(text);
    if (!u) continue;
    let end = UNIT.lastIndex;
    SPEED.lastIndex = end;
    if (SPEED.test(text)) continue;
    const unitWord = u[1]!;
    const unit = UNIT_OF.find(([re]) => re.test(unitWord))?.[1];
    if (!unit) continue;
    const value = Number(num.raw.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;

    let subject: string | undefined;
    LONG.lastIndex = end;
    const long = LONG.exec(text);
    if (long) {
      const noun = long[1]?.toLowerCase();
      subject = noun && SUBJECTS.has(noun) ? noun : undefined;
      // The mention covers "18km-long" (the figure and its adjective), not the noun after it.
      const adjective = /^[ \u00a0]?-?[ \u00a0]?(?:long|wide|deep|high)/i.exec(long[0]);
      end += adjective ? adjective[0].length : 0;
    }

    // Qualifier and subject from the words just before, within the sentence.
    const span = spanAt(spans, startNumber) ?? { start: Math.max(0, startNumber - 60), end: startNumber };
    const before = text.slice(Math.max(span.start, startNumber - 60), startNumber);
    const q = QUALIFIER_BEFORE.exec(before);
    const start = q ? startNumber - q[0].length : startNumber;
    const qualifierWord = q?.[1]?.toLowerCase();
    const qualifier: Qualifier = qualifierWord ? (QUALIFIER_OF[qualifierWord] ?? 'approximate') : 'exact';
    if (!subject) subject = BORDER_BEFORE.exec(before)?.[1]?.toLowerCase();

    const factor = KM_PER_UNIT[unit];
    claims.push({
      value,
      unit,
      km: value * factor,
      precisionKm: halfStep(num.raw) * factor,
      qualifier,
      subject,
      mention: { start, end, text: text.slice(start, end), excerpt: excerptFor(text, spans, start, end) },
    });
    i = end;
  }
  return claims;
}
