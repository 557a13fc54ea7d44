/**
 * Date expressions in news prose, resolved against the publication date: absolute ("April 10, 2018",
 * "in 2017"), parts of months ("early April", "at the end of April"), relative ("last month", "last week",
 * "yesterday", "two weeks ago") and open-ended ("as early as May", "by June").
 *
 * Without a publication date, relative expressions keep their words but get no calendar dates
 * (precision "unknown") — we never guess a year.
 */
import type { DatePrecision, StoryDate } from '../geojson/types';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar';

/** How an open-ended expression bounds the event: "as early as May" is the earliest, "by June" the latest. */
export type DateQualifier = 'earliest' | 'latest' | 'since';

/** A StoryDate with the open-endedness the words express (assignable to the contract's StoryDate). */
export interface StoryDateEx extends StoryDate {
  qualifier?: DateQualifier;
}

/** A date expression found in the text: article offsets plus the resolved date. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  date: StoryDateEx;
  /** True for "since …" expressions: they date a starting point, not the event in the clause. */
  since: boolean;
}

const MONTH_ABBR: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  sept: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

// Month names are matched case-sensitively (capitalised) so that the modal verb "may" is not May.
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const YEAR = '(1[89]\\d\\d|20\\d\\d)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const PART =
  '([Ee]arly|[Mm]id|[Ll]ate|(?:[Aa]t |[Tt]owards? )?the (?:end|beginning|start|middle|first half|second half|first week|last week) of)';
const OPEN_WORDS = [
  'as early as',
  'no earlier than',
  'not before',
  'as soon as',
  'from',
  'since',
  'by',
  'no later than',
  'not later than',
  'before',
  'until',
  'till',
  'as late as',
];
/**
 * The open-ended lead-in ("as early as", "by", …) is read by looking back from a match, not inside the big
 * alternation: an optional prefix on every branch would make the engine try each branch at every position.
 * `OPEN` is an empty capture group kept so that the group numbers below stay put.
 */
const OPEN = '()';
const OPEN_BEFORE = new RegExp(`(?:^|[^A-Za-z])(${OPEN_WORDS.join('|')}) $`, 'i');
const MONTH_FULL = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const COUNT = '(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

/**
 * One alternation, longest forms first; named by group index in `resolve`. The `u` flag is deliberately
 * absent: the pattern is ASCII and this keeps it fast. Bounded quantifiers only (no catastrophic backtracking).
 */
const DATE_RE = new RegExp(
  [
    `\\b${OPEN}(\\d{4})-(\\d{2})-(\\d{2})\\b`, // 1 open, 2-4 ISO
    `\\b${OPEN}${MONTH} ${DAY},? ${YEAR}\\b`, // 5 open, 6 month, 7 day, 8 year
    `\\b${OPEN}${DAY} ${MONTH},? ${YEAR}\\b`, // 9 open, 10 day, 11 month, 12 year
    `\\b${OPEN}${PART}[- ]${MONTH}(?:,? ${YEAR})?\\b`, // 13 open, 14 part, 15 month, 16 year
    `\\b${OPEN}${MONTH},? ${YEAR}\\b`, // 17 open, 18 month, 19 year
    `\\b${OPEN}${MONTH} ${DAY}\\b(?!,? \\d)`, // 20 open, 21 month, 22 day
    `\\b${OPEN}${DAY} ${MONTH}(?![\\w]|,? \\d)`, // 23 open, 24 day, 25 month
    `\\b(earlier|later) this (week|month|year)\\b`, // 26, 27
    `\\b(last|next|this|past|coming) (week|weekend|month|year)\\b`, // 28, 29
    `\\b(yesterday|today|tomorrow|tonight|the end of the week|the end of this week|the end of the month|the end of this month|the end of the year|the end of this year)\\b`, // 30
    `\\b${COUNT} (day|week|month|year)s? (ago|later|earlier)\\b`, // 31 n, 32 unit, 33 dir
    `\\b(?:[Ii]n|[Ww]ithin) ${COUNT} (day|week|month|year)s?\\b`, // 34 n, 35 unit
    `\\b(?:on |last |next |this )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b`, // 36
    `\\b${OPEN}(?:(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id-?) (?:the year )?)${YEAR}\\b`, // 37 open, 38 year
    `\\b${OPEN}(?:(?:[Ii]n|[Dd]uring|[Ee]arly|[Ll]ate|[Nn]ext|[Ll]ast|[Tt]his) )?${MONTH_FULL}(?![\\w]|,? \\d)`, // 39 open, 40 month (full names only: "Jan" is also a name)
  ].join('|'),
  'g',
);

/** Every date pattern contains a digit, a month, or one of these words. */
const MAYBE_DATE =
  /\d|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|[Ww]eek|[Mm]onth|[Yy]ear|[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|day/;

interface YMD {
  y: number;
  m: number; // 0-based
  d: number;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function iso(y: number, m: number, d: number): string {
  // Normalise overflowing days/months through UTC Date arithmetic.
  const t = new Date(Date.UTC(y, m, d));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = MONTH_NAMES.indexOf(w);
  return full >= 0 ? full : (MONTH_ABBR[w] ?? -1);
}

function countOf(word: string): number {
  const n = Number(word);
  return Number.isFinite(n) ? n : (NUMBER_WORDS[word.toLowerCase()] ?? 1);
}

/**
 * Parses a publication date ("2018-04-10" or a full ISO timestamp). Returns undefined when absent or invalid.
 *
 * @example parsePublished('2018-04-10') // → { y: 2018, m: 3, d: 10 }
 */
export function parsePublished(published: string | undefined): YMD | undefined {
  if (!published) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]) - 1;
  const d = Number(m[3]);
  // No news is dated before the year 1000, and Date.UTC reads years 0–99 as 1900–1999.
  if (y < 1000) return undefined;
  if (mo < 0 || mo > 11 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return { y, m: mo, d };
}

function qualifierOf(open: string | undefined): DateQualifier | undefined {
  if (!open) return undefined;
  const o = open.toLowerCase();
  if (o === 'since') return 'since';
  if (/^(as early as|no earlier than|not before|as soon as|from)$/.test(o)) return 'earliest';
  return 'latest';
}

/** Applies an open-ended qualifier: "as early as May" keeps May's first day as the start and drops the end. */
function bounded(d: StoryDateEx, q: DateQualifier | undefined): StoryDateEx {
  if (!q) return d;
  if (q === 'earliest' || q === 'since') return { label: d.label, precision: d.precision, start: d.start, qualifier: q };
  return { label: d.label, precision: d.precision, end: d.end, qualifier: q };
}

function monthRange(label: string, y: number, m: number): StoryDateEx {
  return { label, precision: 'month', start: iso(y, m, 1), end: iso(y, m, daysInMonth(y, m)) };
}

function dayDate(label: string, y: number, m: number, d: number): StoryDateEx {
  const s = iso(y, m, d);
  return { label, precision: 'day', start: s, end: s };
}

function unknown(label: string): StoryDateEx {
  return { label, precision: 'unknown' };
}

/** Monday (UTC) of the week containing the date. */
function mondayOf(y: number, m: number, d: number): Date {
  const t = new Date(Date.UTC(y, m, d));
  const dow = (t.getUTCDay() + 6) % 7; // Monday = 0
  return new Date(Date.UTC(y, m, d - dow));
}

function weekRange(label: string, monday: Date): StoryDateEx {
  const y = monday.getUTCFullYear();
  const m = monday.getUTCMonth();
  const d = monday.getUTCDate();
  // A week is a part of a month in the contract's precision vocabulary (it has no "week").
  return { label, precision: 'part-of-month', start: iso(y, m, d), end: iso(y, m, d + 6) };
}

function partRange(label: string, part: string, y: number, m: number): StoryDateEx {
  const p = part.toLowerCase();
  const last = daysInMonth(y, m);
  let a = 1;
  let b = last;
  if (p === 'early' || /beginning|start|first week/.test(p)) b = /first week/.test(p) ? 7 : 10;
  else if (p === 'mid' || /middle/.test(p)) [a, b] = [11, 20];
  else if (p === 'late' || /end/.test(p)) a = 21;
  else if (/last week/.test(p)) a = last - 6;
  else if (/first half/.test(p)) b = 15;
  else if (/second half/.test(p)) a = 16;
  return { label, precision: 'part-of-month', start: iso(y, m, a), end: iso(y, m, b) };
}

/** Resolves one regex match into a StoryDate; `pub` is the publication date when known. */
function resolve(g: (string | undefined)[], label: string, pub: YMD | undefined, open: string | undefined): { date: StoryDateEx; since: boolean } {
  const q = qualifierOf(open);
  const since = q === 'since';
  const out = (d: StoryDateEx) => ({ date: bounded(d, q), since });
  if (g[2]) return out(dayDate(label, Number(g[2]), Number(g[3]) - 1, Number(g[4])));
  if (g[6]) return out(dayDate(label, Number(g[8]), monthIndex(g[6]), Number(g[7])));
  if (g[10]) return out(dayDate(label, Number(g[12]), monthIndex(g[11] as string), Number(g[10])));
  if (g[14]) {
    const m = monthIndex(g[15] as string);
    const y = g[16] ? Number(g[16]) : pub?.y;
    return out(y === undefined ? unknown(label) : partRange(label, g[14], y, m));
  }
  if (g[18]) return out(monthRange(label, Number(g[19]), monthIndex(g[18])));
  if (g[21]) {
    if (!pub) return out(unknown(label));
    return out(dayDate(label, pub.y, monthIndex(g[21]), Number(g[22])));
  }
  if (g[25]) {
    if (!pub) return out(unknown(label));
    return out(dayDate(label, pub.y, monthIndex(g[25]), Number(g[24])));
  }
  if (g[26]) {
    if (!pub) return out(unknown(label));
    const unit = g[27] as string;
    const before = g[26] === 'earlier';
    if (unit === 'year') {
      const startDay = before ? iso(pub.y, 0, 1) : iso(pub.y, pub.m, pub.d);
      const endDay = before ? iso(pub.y, pub.m, pub.d) : iso(pub.y, 11, 31);
      return out({ label, precision: 'year', start: startDay, end: endDay });
    }
    if (unit === 'month') {
      const startDay = before ? iso(pub.y, pub.m, 1) : iso(pub.y, pub.m, pub.d);
      const endDay = before ? iso(pub.y, pub.m, pub.d) : iso(pub.y, pub.m, daysInMonth(pub.y, pub.m));
      return out({ label, precision: 'part-of-month', start: startDay, end: endDay });
    }
    const mon = mondayOf(pub.y, pub.m, pub.d);
    const w = weekRange(label, mon);
    return out(before ? { ...w, end: iso(pub.y, pub.m, pub.d) } : { ...w, start: iso(pub.y, pub.m, pub.d) });
  }
  if (g[28]) {
    if (!pub) return out(unknown(label));
    const rel = g[28].toLowerCase();
    const unit = g[29] as string;
    const shift = rel === 'last' || rel === 'past' ? -1 : rel === 'next' || rel === 'coming' ? 1 : 0;
    if (unit === 'year') {
      const y = pub.y + shift;
      return out({ label, precision: 'year', start: iso(y, 0, 1), end: iso(y, 11, 31) });
    }
    if (unit === 'month') {
      const t = new Date(Date.UTC(pub.y, pub.m + shift, 1));
      return out(monthRange(label, t.getUTCFullYear(), t.getUTCMonth()));
    }
    const mon = mondayOf(pub.y, pub.m, pub.d);
    const shifted = new Date(Date.UTC(mon.getUTCFullYear(), mon.getUTCMonth(), mon.getUTCDate() + 7 * shift));
    if (unit === 'weekend') {
      const sat = new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate() + 5));
      const y = sat.getUTCFullYear();
      const m = sat.getUTCMonth();
      const d = sat.getUTCDate();
      return out({ label, precision: 'part-of-month', start: iso(y, m, d), end: iso(y, m, d + 1) });
    }
    return out(weekRange(label, shifted));
  }
  if (g[30]) {
    if (!pub) return out(unknown(label));
    const w = g[30].toLowerCase();
    if (w.startsWith('the end of')) {
      if (w.endsWith('week')) {
        const mon = mondayOf(pub.y, pub.m, pub.d);
        const y = mon.getUTCFullYear();
        const m = mon.getUTCMonth();
        const d = mon.getUTCDate();
        return out({ label, precision: 'part-of-month', start: iso(y, m, d + 4), end: iso(y, m, d + 6) });
      }
      if (w.endsWith('month')) return out(partRange(label, 'late', pub.y, pub.m));
      return out({ label, precision: 'month', start: iso(pub.y, 11, 1), end: iso(pub.y, 11, 31) });
    }
    const off = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
    return out(dayDate(label, pub.y, pub.m, pub.d + off));
  }
  if (g[31] || g[34]) {
    if (!pub) return out(unknown(label));
    const n = countOf((g[31] ?? g[34]) as string);
    const unit = (g[32] ?? g[35]) as string;
    const sign = g[33] === 'ago' || g[33] === 'earlier' ? -1 : 1;
    if (unit === 'year') {
      const y = pub.y + sign * n;
      return out({ label, precision: 'year', start: iso(y, 0, 1), end: iso(y, 11, 31) });
    }
    if (unit === 'month') {
      const t = new Date(Date.UTC(pub.y, pub.m + sign * n, 1));
      return out(monthRange(label, t.getUTCFullYear(), t.getUTCMonth()));
    }
    const days = unit === 'week' ? 7 * n : n;
    if (unit === 'week') {
      const mon = mondayOf(pub.y, pub.m, pub.d + sign * days);
      return out(weekRange(label, mon));
    }
    return out(dayDate(label, pub.y, pub.m, pub.d + sign * days));
  }
  if (g[36]) {
    if (!pub) return out(unknown(label));
    // A bare weekday in news copy is the most recent such day, publication day included.
    const want = WEEKDAY_NAMES.indexOf(g[36].toLowerCase());
    const dow = new Date(Date.UTC(pub.y, pub.m, pub.d)).getUTCDay();
    const back = (dow - want + 7) % 7;
    const forward = /^next /i.test(label);
    return out(dayDate(label, pub.y, pub.m, forward ? pub.d + ((want - dow + 7) % 7 || 7) : pub.d - back));
  }
  if (g[38]) {
    const y = Number(g[38]);
    return out({ label, precision: 'year', start: iso(y, 0, 1), end: iso(y, 11, 31) });
  }
  if (g[40]) {
    if (!pub) return out(unknown(label));
    const m = monthIndex(g[40]);
    const lower = label.toLowerCase();
    let y = pub.y;
    if (/^next /.test(lower) && m <= pub.m) y += 1;
    if (/^last /.test(lower) && m >= pub.m) y -= 1;
    return out(monthRange(label, y, m));
  }
  return out(unknown(label));
}

/**
 * Finds the date expressions of `text` (a sentence), with offsets shifted by `base`.
 *
 * @example
 * findDates('He visited China last month.', 0, '2018-04-10')[0].date
 * // → { label: 'last month', precision: 'month', start: '2018-03-01', end: '2018-03-31' }
 */
export function findDates(text: string, base: number, published: string | undefined): DateMention[] {
  const out: DateMention[] = [];
  // Most sentences hold no date: a cheap test spares them the big alternation.
  if (!MAYBE_DATE.test(text)) return out;
  const pub = parsePublished(published);
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m !== null; m = DATE_RE.exec(text)) {
    let raw = m[0];
    let at = m.index;
    // An open-ended lead-in just before the match belongs to the label: "as early as May".
    const ob = OPEN_BEFORE.exec(text.slice(Math.max(0, at - 20), at));
    const open = ob?.[1];
    if (open) {
      at -= open.length + 1;
      raw = text.slice(at, m.index + raw.length);
    }
    // Trim a leading connective from the label: "in early April" → "early April".
    const lead = open ? null : /^(?:[Ii]n|[Oo]n|[Dd]uring|[Tt]hroughout|[Oo]f|[Aa]t) /.exec(raw);
    const cut = lead ? lead[0].length : 0;
    const label = raw.slice(cut);
    const start = base + at + cut;
    const r = resolve(Array.from(m), label, pub, open);
    // "since he took power in 2011": a date inside a since-clause dates a starting point, not the event.
    const before = text.slice(Math.max(0, at - 50), at);
    const since = r.since || /\bsince\b[^,;:.]*$/i.test(before);
    out.push({ start, end: start + label.length, text: label, date: r.date, since });
  }
  return out;
}

/**
 * Orders dates by start (then end); dates without a start sort last. Used by the timeline and by merging.
 *
 * @example compareStoryDates({label:'a',precision:'day',start:'2018-01-01'}, {label:'b',precision:'unknown'}) // < 0
 */
export function compareStoryDates(a: StoryDate, b: StoryDate): number {
  const as = a.start ?? a.end;
  const bs = b.start ?? b.end;
  if (as && bs) return as < bs ? -1 : as > bs ? 1 : (a.end ?? '').localeCompare(b.end ?? '');
  if (as) return -1;
  if (bs) return 1;
  return 0;
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 4, 'part-of-month': 3, month: 2, year: 1, unknown: 0 };

/**
 * True when `a` is more precise than `b` ("April 10, 2018" beats "April 2018" beats "2018").
 *
 * @example morePrecise({label:'x',precision:'day'}, {label:'y',precision:'month'}) // true
 */
export function morePrecise(a: StoryDate, b: StoryDate): boolean {
  return PRECISION_RANK[a.precision] > PRECISION_RANK[b.precision];
}
