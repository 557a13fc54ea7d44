/**
 * Validating readers for edits and corrections that come from outside the running code (IndexedDB, an
 * imported file): valibot schemas of ./types.ts, and a message that names what is wrong and where.
 */
import * as v from 'valibot';
import { PLACE_TYPES } from '../gazetteer/types';
import type { Result } from '../types';
import type { Edit, PlaceChoice } from './types';

const finite = v.pipe(v.number(), v.finite());
const lon = v.pipe(v.number(), v.finite(), v.minValue(-540), v.maxValue(540));
const lat = v.pipe(v.number(), v.finite(), v.minValue(-90), v.maxValue(90));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const name = v.pipe(v.string(), v.trim(), v.nonEmpty('a name may not be empty'), v.maxLength(500));

export const MentionRefSchema = v.object({ start: offset, end: offset, text: v.pipe(v.string(), v.nonEmpty()) });

export const PlaceRefSchema = v.object({ id: v.string(), name: v.string(), mention: v.optional(MentionRefSchema) });

export const StoryRefSchema = v.object({
  kind: v.picklist(['route', 'event']),
  id: v.string(),
  name: v.string(),
  mentionStart: v.optional(offset),
  fromName: v.optional(v.string()),
  toName: v.optional(v.string()),
});

export const PlaceChoiceSchema = v.variant('type', [
  v.object({
    type: v.literal('gazetteer'),
    ref: v.object({ source: v.pipe(v.string(), v.nonEmpty()), id: v.pipe(v.string(), v.nonEmpty()) }),
    name,
    lon,
    lat,
    placeType: v.picklist(PLACE_TYPES),
    countryCode: v.string(),
    iso3: v.optional(v.string()),
    admin1: v.optional(v.string()),
    admin1Name: v.optional(v.string()),
    countryName: v.optional(v.string()),
    population: v.optional(v.pipe(finite, v.minValue(0))),
  }),
  v.object({ type: v.literal('custom'), name, lon, lat, countryCode: v.optional(v.string()) }),
]);

const status = v.picklist(['happened', 'planned', 'proposed', 'cancelled']);
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD'));
export const StoryDateSchema = v.object({
  start: v.optional(isoDate),
  end: v.optional(isoDate),
  label: v.pipe(v.string(), v.maxLength(200)),
  precision: v.picklist(['day', 'month', 'part-of-month', 'year', 'unknown']),
});

const base = { id: v.pipe(v.string(), v.nonEmpty()), at: v.string() };

export const EditSchema = v.variant('kind', [
  v.object({ ...base, kind: v.literal('choose-place'), place: PlaceRefSchema, choice: PlaceChoiceSchema }),
  v.object({ ...base, kind: v.literal('choose-mention'), mention: MentionRefSchema, choice: PlaceChoiceSchema }),
  v.object({ ...base, kind: v.literal('remove-place'), place: PlaceRefSchema }),
  v.object({ ...base, kind: v.literal('remove-mention'), mention: MentionRefSchema }),
  v.object({
    ...base,
    kind: v.literal('add-place'),
    mention: MentionRefSchema,
    choice: PlaceChoiceSchema,
    sameWords: v.optional(v.boolean()),
  }),
  v.object({ ...base, kind: v.literal('move-place'), place: PlaceRefSchema, lon, lat }),
  v.object({ ...base, kind: v.literal('delete-route'), route: StoryRefSchema }),
  v.object({ ...base, kind: v.literal('delete-event'), event: StoryRefSchema }),
  v.object({
    ...base,
    kind: v.literal('add-route'),
    traveller: v.pipe(v.string(), v.maxLength(500)),
    from: PlaceRefSchema,
    to: PlaceRefSchema,
    status,
    date: v.optional(StoryDateSchema),
  }),
  v.object({ ...base, kind: v.literal('reverse-route'), route: StoryRefSchema }),
  v.object({ ...base, kind: v.literal('set-status'), target: StoryRefSchema, status }),
  v.object({ ...base, kind: v.literal('set-date'), target: StoryRefSchema, date: StoryDateSchema }),
  v.object({ ...base, kind: v.literal('promote-journey'), journey: StoryRefSchema }),
]);

/** "entries[2].place.lat: Invalid value: Expected <=90 but received 91" — the first issue, with its path. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], root = ''): string {
  const first = issues[0];
  if (!first) return 'invalid';
  const path = (first.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('');
  const at = `${root}${path}`.replace(/^\./, '');
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  // valibot words a missing field as an "invalid key"; a person reads "missing".
  const message = first.input === undefined ? 'missing' : first.message;
  return `${at ? `${at}: ` : ''}${message}${more}`;
}

/**
 * Reads a list of edits (from IndexedDB or a file); the message names the first bad field.
 *
 * @example readEdits([{ id: 'e1', kind: 'nope' }]) // → { ok: false, error: 'edits[0].kind: Invalid type: …' }
 */
export function readEdits(value: unknown): Result<Edit[]> {
  const parsed = v.safeParse(v.array(EditSchema), value);
  if (!parsed.success) return { ok: false, error: `not a list of edits: ${describeIssues(parsed.issues, 'edits')}` };
  const ids = new Set<string>();
  for (const e of parsed.output) {
    if (ids.has(e.id)) return { ok: false, error: `not a list of edits: the id ${e.id} is used twice` };
    ids.add(e.id);
  }
  return { ok: true, value: parsed.output as Edit[] };
}

/** @example readPlaceChoice({ type: 'custom', name: 'Camp', lon: 1, lat: 2 }).ok // → true */
export function readPlaceChoice(value: unknown): Result<PlaceChoice> {
  const parsed = v.safeParse(PlaceChoiceSchema, value);
  return parsed.success ? { ok: true, value: parsed.output as PlaceChoice } : { ok: false, error: describeIssues(parsed.issues) };
}
