/**
 * The timeline's model, pure (no React): the story's routes and events in date order, the steps a slider
 * moves through, and which features are visible up to a date. Dates are ISO strings, compared as text.
 */
import type { AtlasCollection, EventFeature, RouteFeature, StoryDate } from '../../core/geojson/types';
import { formatStoryDate, MONTH_ABBREVIATIONS } from './format';

export interface TimelineItem {
  id: string;
  kind: 'route' | 'event';
  name: string;
  date: StoryDate;
  /** The date the item appears on the timeline: its start, else its end (undefined: not dated). */
  when?: string;
  status: string;
  feature: RouteFeature | EventFeature;
}

/** The day an item is placed at: "as early as May" at May 1st, "by June" at June 30th. */
function whenOf(d: StoryDate | undefined): string | undefined {
  const s = d?.start ?? d?.end;
  return typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined;
}

/**
 * Routes and events of a collection, dated ones first in date order, then the undated ones in text order.
 *
 * @example timelineItems(collection).map((i) => i.when) // ['2018-03-01', '2018-04-01', …, undefined]
 */
export function timelineItems(collection: AtlasCollection | null): TimelineItem[] {
  if (!collection) return [];
  const items: TimelineItem[] = [];
  for (const f of collection.features) {
    const p = f.properties;
    if (p.kind !== 'route' && p.kind !== 'event') continue;
    const date = (p as { date?: StoryDate }).date ?? { label: '', precision: 'unknown' };
    items.push({
      id: String(f.id),
      kind: p.kind,
      name: p.name,
      date,
      when: whenOf(date),
      status: String((p as { status?: string }).status ?? ''),
      feature: f as RouteFeature | EventFeature,
    });
  }
  const firstMention = (i: TimelineItem) => i.feature.properties.mentions[0]?.start ?? Number.MAX_SAFE_INTEGER;
  return items.sort((a, b) => {
    if (a.when && b.when) return a.when < b.when ? -1 : a.when > b.when ? 1 : firstMention(a) - firstMention(b);
    if (a.when) return -1;
    if (b.when) return 1;
    return firstMention(a) - firstMention(b);
  });
}

/**
 * The distinct dates the slider stops at, ascending.
 *
 * @example timelineSteps(items) // ['2018-03-01', '2018-04-01', '2018-04-02', …]
 */
export function timelineSteps(items: readonly TimelineItem[]): string[] {
  return [...new Set(items.map((i) => i.when).filter((w): w is string => !!w))].sort();
}

/**
 * True when the item is shown with the slider at `until` (null: everything, the undated included).
 *
 * @example isVisibleAt({ when: '2018-03-01', … }, '2018-04-01') // true
 */
export function isVisibleAt(item: Pick<TimelineItem, 'when'>, until: string | null): boolean {
  if (until === null) return true;
  return item.when !== undefined && item.when <= until;
}

/**
 * The ids of routes and events hidden at `until`: the app drops them from the map.
 *
 * @example hiddenIds(items, '2018-03-31').has('route:wang-yi:beijing-moscow') // true
 */
export function hiddenIds(items: readonly TimelineItem[], until: string | null): Set<string> {
  return new Set(items.filter((i) => !isVisibleAt(i, until)).map((i) => i.id));
}

/** A short human date for the slider: "10 Apr 2018". */
export function formatDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  // Not Intl.DateTimeFormat: its first use loads locale data during the first render.
  return `${d.getUTCDate()} ${MONTH_ABBREVIATIONS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/**
 * When an item happens, as the timeline shows it: the article's words and the dates they resolve to, so a
 * reader sees both what was said and what it means ("Monday · 4 Mar 2024", "last month · Mar 2018"); words
 * that already name the year ("April 10, 2018") stand alone.
 * @example timelineWhen({ when: '2018-03-01', date: { label: 'last month', precision: 'month', start: '2018-03-01', end: '2018-03-31' } }) // → 'last month · Mar 2018'
 */
export function timelineWhen(item: Pick<TimelineItem, 'when' | 'date'>): string {
  if (!item.when) return 'date not stated';
  const label = item.date.label.trim();
  const resolved = formatStoryDate(item.date) || formatDay(item.when);
  if (!label) return resolved;
  // Words with a year ("April 10, 2018", "2018") are already a date: saying it again adds nothing.
  return /\b\d{4}\b/.test(label) ? label : `${label} · ${resolved}`;
}
