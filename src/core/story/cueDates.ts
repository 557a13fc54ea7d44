/**
 * The dating stage: which of a sentence's date phrases (found by `dates.ts`) belongs to which movement,
 * meeting or incident. A saying's date stays with the saying ("Putin said on Tuesday that … would fly"), a
 * fronted date dates the sentence's first event ("At the end of April, Kim …"), "could take place as early
 * as May" dates the meeting named before it, and a date farther than a short phrase from every cue belongs
 * to another clause. A bare weekday read as the last such day moves a week on when the event is ahead.
 */
import type { RouteStatus } from '../geojson/types';
import type { SentenceInfo } from './actors';
import type { DateMention, StoryDateEx } from './dates';
import { statusGroup } from './status';
import { STORY_LIMITS } from './weights';

/** Something a date can belong to: an anchor or an incident, with its offsets in the article. */
export interface Dateable {
  start: number;
  end: number;
  /** Meetings take "could take place as early as May" from a later clause. */
  kind?: string;
}

/** "no date has been set", "yet to be scheduled": the event is named but has no date yet. */
const NOT_SET = /\b(?:no date|(?:a |the )?date (?:has|had) not (?:yet )?been|not yet been (?:set|scheduled|fixed)|yet to be (?:set|scheduled|fixed|announced))\b[^.;]*/i;
/** A speech verb right before the date: the date is the saying's. */
const SAID_BEFORE = /\b(?:said|says|told \w+|announced|added|stated)\s+(?:on\s+)?$/i;
/** "take place", "be held" right before the date: the date is the meeting's, wherever the cue stands. */
const TAKES_PLACE = /\b(?:take place|be held|happen|occur|convene)\s+$/i;
const FRONTED_END = /^\s*,/;
const WEEKDAY_LABEL = /^(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Characters between two spans (0 when they overlap). */
function gap(a: { start: number; end: number }, d: { start: number; end: number }): number {
  if (d.start >= a.end) return d.start - a.end;
  if (a.start >= d.end) return a.start - d.end;
  return 0;
}

/**
 * Gives each cue of a sentence the date expression that belongs to it.
 *
 * @example
 * // "Lavrov will fly to Pyongyang on Tuesday."
 * assignDates(sentence, [flyAnchor], findDates(sentence.text, sentence.start, '2018-04-10')).get(flyAnchor)?.label // → 'on Tuesday'
 */
export function assignDates<A extends Dateable>(s: SentenceInfo, cues: readonly A[], dates: readonly DateMention[]): Map<A, StoryDateEx> {
  const out = new Map<A, { d: StoryDateEx; g: number }>();
  const give = (a: A, d: DateMention, g: number) => {
    const cur = out.get(a);
    if (!cur || g < cur.g) out.set(a, { d: d.date, g });
  };
  for (const d of dates) {
    if (d.since || cues.length === 0) continue;
    const before = s.text.slice(Math.max(0, d.start - s.start - STORY_LIMITS.dateLeadIn), d.start - s.start);
    if (SAID_BEFORE.test(before)) continue;
    if (TAKES_PLACE.test(before)) {
      const m = [...cues].reverse().find((a) => a.kind === 'meeting' && a.end <= d.start);
      if (m) {
        give(m, d, 0);
        continue;
      }
    }
    const fronted = d.start - s.start <= STORY_LIMITS.frontedDateStart && FRONTED_END.test(s.text.slice(d.end - s.start));
    if (fronted) {
      give(cues[0] as A, d, 1);
      continue;
    }
    let best: A | undefined;
    let bestGap = Number.POSITIVE_INFINITY;
    for (const a of cues) {
      const g = gap(a, d);
      if (g < bestGap) {
        best = a;
        bestGap = g;
      }
    }
    if (best && bestGap <= STORY_LIMITS.dateReach) give(best, d, bestGap);
  }
  return new Map([...out].map(([a, v]) => [a, v.d]));
}

/**
 * The date nearest a span within reach ("a roadside bomb went off in Multan on Friday"), ignoring "since" phrases.
 *
 * @example nearestDate({ start: 2, end: 30 }, dates)?.label // → 'on Saturday'
 */
export function nearestDate(span: { start: number; end: number }, dates: readonly DateMention[]): StoryDateEx | undefined {
  let date: StoryDateEx | undefined;
  let best = Number.POSITIVE_INFINITY;
  for (const d of dates) {
    const g = gap(span, d);
    if (!d.since && g < best && g <= STORY_LIMITS.dateReach) {
      best = g;
      date = d.date;
    }
  }
  return date;
}

/**
 * "will meet on Tuesday": a bare weekday read as the last such day moves a week on when the event is ahead.
 *
 * @example futureWeekday({ label: 'on Tuesday', precision: 'day', start: '2018-04-10', end: '2018-04-10' }, 'planned', '2018-04-12').start // → '2018-04-17'
 */
export function futureWeekday(date: StoryDateEx | undefined, status: RouteStatus, published: string | undefined): StoryDateEx | undefined {
  if (!date?.start || !published || date.precision !== 'day' || !WEEKDAY_LABEL.test(date.label)) return date;
  if (statusGroup(status) !== 'future' || date.start >= published.slice(0, 10)) return date;
  const t = new Date(`${date.start}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 7);
  const d = t.toISOString().slice(0, 10);
  return { ...date, start: d, end: d };
}

/**
 * The words saying an event has no date yet ("no date has been set for the summit"), or undefined.
 *
 * @example dateNotSet('No date has been set for the summit.') // → 'No date has been set for the summit'
 */
export function dateNotSet(sentence: string): string | undefined {
  return NOT_SET.exec(sentence)?.[0].trim();
}
