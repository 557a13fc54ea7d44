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
  /** What the figure measures when the text says ("18km-long border" → "border", "3-kilometre section of a canal" → "canal section"). */
  subject?: string;
  /** "10–15 km": the range's ends as written (`value` is then the lower end, `km` the middle). */
  range?: [number, number];
  /** The text frames the figure as a distance between places ("… km from", "away", "between", "north of"). */
  between: boolean;
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

/** "a 3-kilometre section of a canal", "a 10 km stretch of road": the part of something the figure measures. */
const PART_AFTER = /[ \u00a0]+(section|stretch|segment|length|portion|part|strip|leg|loop|radius|perimeter|circuit|course|trail|path|walk|run|race|hike|ride|swim|queue|tailback|cordon|zone|area|lap)(?:[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+|a[ \u00a0]+|an[ \u00a0]+)?([\p{L}-]{2,30}))?/iuy;
/** Words right after a figure that make it a distance between places: "5 km from", "away", "north of". */
const BETWEEN_AFTER = /[ \u00a0]*(?:\([^)]{0,20}\)[ \u00a0]*)?(?:away|from|apart|north|south|east|west|north-?east|north-?west|south-?east|south-?west|northeast|northwest|southeast|southwest|outside|off|inland|offshore|(?:to|of)[ \u00a0]+\p{Lu})/uy;
/** Words before a figure that make it one: "the distance between …", "a flight of …", "from X, some …". */
const BETWEEN_BEFORE = /\b(?:between|distance|journey|flight|flew|fly|drive|drove|trip|travel(?:l?ed)?|walked|sailed|from)\b[^.!?]{0,50}$/i;
/** Unicode fractions news copy uses: "½ mile", "1½ miles". */
const VULGAR: Readonly<Record<string, number>> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875 };
/** "1/2", "1 1/2", "3/4": a fraction, read whole ("1/2 mile" is half a mile, not "2 mile"). */
const FRACTION = /(?:(\d{1,3})[ \u00a0]+)?(\d{1,2})\/(\d{1,2})(?!\d)/y;
/** "10–15 km", "10-15 km", "10 to 15 km": a second number after a range mark. */
const RANGE_MARK = /[ \u00a0]*(?:[-–—]|to)[ \u00a0]*/y;

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

/**
 * Where the next digit or fraction character stands, from `i` (the text's length when none). A loop of its
 * own, small and soon optimised: the scan sees every character, the reading of a figure only a few.
 */
function nextNumberAt(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 0xbc && c <= 0xbe) || (c >= 0x2150 && c <= 0x215e)) return i;
    i++;
  }
  return n;
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
    i = nextNumberAt(text, i);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    // Only the two small ranges that hold the fraction characters are looked up (½¼¾ and ⅓…⅞).
    const vulgarAlone = (c >= 0xbc && c <= 0xbe) || (c >= 0x2150 && c <= 0x215e) ? VULGAR[text[i] as string] : undefined;
    if (!isDigit(c) && vulgarAlone === undefined) {
      i++;
      continue;
    }
    const prev = text[i - 1];
    const startNumber = i;
    // The number as written: a fraction ("1/2", "1 1/2", "½", "1½"), else digits ("5,799", "5.8").
    let num: { end: number; raw: string } | undefined;
    let numValue = Number.NaN;
    let halfStepValue = 0;
    // A fraction has its slash within a few characters: most numbers never pay for the pattern.
    let slash = false;
    for (let k = i + 1; k < n && k <= i + 7 && !slash; k++) slash = text.charCodeAt(k) === 47;
    FRACTION.lastIndex = i;
    const frac = vulgarAlone === undefined && slash ? FRACTION.exec(text) : null;
    if (vulgarAlone !== undefined) {
      num = { end: i + 1, raw: text[i] as string };
      numValue = vulgarAlone;
      halfStepValue = 0.0625;
    } else if (frac && Number(frac[3]) > 0 && Number(frac[2]) < Number(frac[3])) {
      num = { end: FRACTION.lastIndex, raw: frac[0] };
      numValue = Number(frac[1] ?? 0) + Number(frac[2]) / Number(frac[3]);
      halfStepValue = 0.5 / Number(frac[3]);
    } else {
      num = readNumber(text, i);
      if (num) {
        const vulgarAfter = VULGAR[text[num.end] as string];
        if (vulgarAfter !== undefined) num = { end: num.end + 1, raw: text.slice(i, num.end + 1) };
        numValue = Number(num.raw.replace(/,/g, '').replace(/[½¼¾⅓⅔⅛⅜⅝⅞]$/, '')) + (vulgarAfter ?? 0);
        halfStepValue = vulgarAfter !== undefined ? 0.0625 : halfStep(num.raw);
      }
    }
    i = Math.max(num ? num.end : i + 1, i + 1);
    // A number glued to a word, a decimal point, a slash or another number is not a figure ("A380", "v2.5",
    // "1.2.3", "24/7").
    if (!num || (prev !== undefined && (isWordChar(prev) || prev === '.' || prev === ',' || prev === '/'))) {
      while (i < n && (isDigit(text.charCodeAt(i)) || text[i] === ',' || text[i] === '.' || text[i] === '/')) i++;
      continue;
    }
    // "10–15 km": the range's upper end, then the unit after it.
    let upper: { value: number; end: number; raw: string } | undefined;
    RANGE_MARK.lastIndex = num.end;
    if (RANGE_MARK.test(text) && isDigit(text.charCodeAt(RANGE_MARK.lastIndex))) {
      const second = readNumber(text, RANGE_MARK.lastIndex);
      const v2 = second ? Number(second.raw.replace(/,/g, '')) : Number.NaN;
      if (second && Number.isFinite(v2) && v2 > numValue) upper = { value: v2, end: second.end, raw: second.raw };
    }
    UNIT.lastIndex = upper ? upper.end : num.end;
    const u = UNIT.exec(text);
    if (!u) continue;
    let end = UNIT.lastIndex;
    SPEED.lastIndex = end;
    if (SPEED.test(text)) continue;
    const unitWord = u[1]!;
    const unit = UNIT_OF.find(([re]) => re.test(unitWord))?.[1];
    if (!unit) continue;
    const value = numValue;
    if (!Number.isFinite(value)) continue;

    let subject: string | undefined;
    PART_AFTER.lastIndex = end;
    const part = PART_AFTER.exec(text);
    if (part) subject = part[2] ? `${part[2].toLowerCase()} ${part[1]!.toLowerCase()}` : part[1]!.toLowerCase();
    LONG.lastIndex = end;
    const long = LONG.exec(text);
    if (long && !part) {
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
    // "the border … is 18 km": a noun shortly before, unless another phrase stands between ("a river and a path of 3 km").
    const nounBefore = subject ? null : BORDER_BEFORE.exec(before);
    if (nounBefore && !/\band\b|,/.test(nounBefore[0].slice(nounBefore[1]!.length))) subject = nounBefore[1]!.toLowerCase();

    BETWEEN_AFTER.lastIndex = end;
    const between = BETWEEN_AFTER.test(text) || BETWEEN_BEFORE.test(before);
    const factor = KM_PER_UNIT[unit];
    // A range is checked as its middle, give or take half its width (and the rounding of its ends).
    const mid = upper ? (value + upper.value) / 2 : value;
    const spread = upper ? (upper.value - value) / 2 + halfStep(upper.raw) : halfStepValue;
    claims.push({
      value,
      unit,
      km: mid * factor,
      precisionKm: spread * factor,
      qualifier,
      subject,
      between,
      ...(upper ? { range: [value, upper.value] as [number, number] } : {}),
      mention: { start, end, text: text.slice(start, end), excerpt: excerptFor(text, spans, start, end) },
    });
    i = end;
  }
  return claims;
}
