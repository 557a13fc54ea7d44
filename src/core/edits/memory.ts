/**
 * The corrections memory ("Remember this choice"): a name, in the context it was corrected in, → the place a
 * person says it means (or: not a place). Later articles use it as a strong prior: when an article names the
 * same words and shares the context, the remembered place is taken over the resolver's scores, and the place
 * says so (`properties.decidedBy: "your corrections"`). It is a JSON file a team can share and the command
 * line can read (`--corrections FILE`).
 *
 * The context is the countries of the article's other places when the choice was made: "Paris" corrected to
 * Paris, Missouri in an article about Missouri towns applies to later articles that name a place in the
 * United States, not to one about France. An entry with no countries applies everywhere.
 */
import * as v from 'valibot';
import type { Gazetteer } from '../gazetteer/gazetteer';
import type { AtlasCollection, PlaceFeature } from '../geojson/types';
import type { RememberedReadings } from '../geoparse';
import { normalizeKey, slugify } from '../text/normalize';
import type { Mention, ResolvedPlace, Result } from '../types';
import { describeIssues, PlaceChoiceSchema } from './schema';
import { DECIDED_BY_CORRECTIONS, type Edit, type PlaceChoice } from './types';

export interface CorrectionContext {
  /** ISO alpha-2 codes of the countries of the article's other places. */
  countries: string[];
}

export interface CorrectionEntry {
  /** The article's words ("Paris", "Xinhua"); matched on their normalised form. */
  name: string;
  context: CorrectionContext;
  /** The place the words mean; null when they are not a place. */
  place: PlaceChoice | null;
  /** When the choice was made (ISO 8601). */
  at?: string;
}

export interface CorrectionsMemory {
  format: 'news-atlas-corrections';
  version: 1;
  entries: CorrectionEntry[];
}

export const CORRECTIONS_FORMAT = 'news-atlas-corrections';

/** Files larger than this are not corrections a team wrote: refuse rather than parse megabytes. */
export const MAX_CORRECTIONS_BYTES = 5_000_000;

/** @example emptyMemory().entries // → [] */
export function emptyMemory(): CorrectionsMemory {
  return { format: CORRECTIONS_FORMAT, version: 1, entries: [] };
}

const countryCode = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'a country is an ISO 3166-1 alpha-2 code such as "US"'));

const MemorySchema = v.object({
  format: v.literal(CORRECTIONS_FORMAT, `"format" must be "${CORRECTIONS_FORMAT}"`),
  version: v.literal(1, '"version" must be 1'),
  entries: v.pipe(
    v.array(
      v.object({
        name: v.pipe(v.string(), v.trim(), v.nonEmpty('a name may not be empty'), v.maxLength(200)),
        context: v.object({ countries: v.array(countryCode) }),
        place: v.nullable(PlaceChoiceSchema),
        at: v.optional(v.string()),
      }),
    ),
    v.maxLength(100_000),
  ),
});

/**
 * Reads a corrections file (its text, or the parsed value); a malformed one gets a message naming what is
 * wrong and where.
 *
 * @example readCorrections('{"format":"news-atlas-corrections","version":1,"entries":[{"name":"Paris"}]}')
 * // → { ok: false, error: 'corrections file: entries[0].context: missing' }
 */
export function readCorrections(input: unknown): Result<CorrectionsMemory> {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > MAX_CORRECTIONS_BYTES) return { ok: false, error: 'corrections file: larger than 5 MB; not a corrections file' };
    if (!input.trim()) return { ok: false, error: 'corrections file: empty' };
    try {
      value = JSON.parse(input);
    } catch (error) {
      return { ok: false, error: `corrections file: not JSON (${(error as Error).message})` };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'corrections file: expected a JSON object with "format", "version" and "entries"' };
  }
  const parsed = v.safeParse(MemorySchema, value);
  if (!parsed.success) return { ok: false, error: `corrections file: ${describeIssues(parsed.issues)}` };
  return { ok: true, value: parsed.output as CorrectionsMemory };
}

/**
 * The file's text: one entry per line, so a team's file diffs well.
 *
 * @example readCorrections(writeCorrections(memory)).ok // → true
 */
export function writeCorrections(memory: CorrectionsMemory): string {
  const entries = memory.entries.map((e) => `    ${JSON.stringify(e)}`).join(',\n');
  return `{\n  "format": "${CORRECTIONS_FORMAT}",\n  "version": 1,\n  "entries": [${entries ? `\n${entries}\n  ` : ''}]\n}\n`;
}

const sameContext = (a: CorrectionContext, b: CorrectionContext) =>
  [...a.countries].sort().join(',') === [...b.countries].sort().join(',');

/**
 * Adds an entry; one already there for the same words in the same context is replaced.
 *
 * @example rememberChoice(emptyMemory(), { name: 'Paris', context: { countries: ['US'] }, place: parisMo }).entries.length // → 1
 */
export function rememberChoice(memory: CorrectionsMemory, entry: CorrectionEntry): CorrectionsMemory {
  const key = normalizeKey(entry.name);
  const context = { countries: [...new Set(entry.context.countries)].sort() };
  const kept = memory.entries.filter((e) => !(normalizeKey(e.name) === key && sameContext(e.context, context)));
  return { ...memory, entries: [...kept, { ...entry, context }] };
}

/**
 * Removes the entries for these words (in one context, or in all).
 *
 * @example forgetChoice(memory, 'Paris').entries.some((e) => e.name === 'Paris') // → false
 */
export function forgetChoice(memory: CorrectionsMemory, name: string, context?: CorrectionContext): CorrectionsMemory {
  const key = normalizeKey(name);
  return {
    ...memory,
    entries: memory.entries.filter((e) => !(normalizeKey(e.name) === key && (!context || sameContext(e.context, context)))),
  };
}

/** The countries of an article's places other than `except`: the context a choice is remembered in. */
export function contextOf(collection: AtlasCollection, except?: string): CorrectionContext {
  const countries = new Set<string>();
  for (const f of collection.features) {
    if (f.properties.kind !== 'place' || f.id === except) continue;
    const cc = (f as PlaceFeature).properties.countryCode;
    if (cc) countries.add(cc);
  }
  return { countries: [...countries].sort() };
}

/**
 * The memory entry an edit teaches, when it teaches one: another place for a name, not a place, a place
 * added for some words. `collection` is the analysis the edit was made on (for the context).
 *
 * @example correctionFromEdit(removeXinhua, analysis) // → { name: 'Xinhua', context: { countries: ['CN', …] }, place: null, at: … }
 */
export function correctionFromEdit(edit: Edit, collection: AtlasCollection): CorrectionEntry | undefined {
  const place = (id: string) => collection.features.find((f) => f.id === id && f.properties.kind === 'place') as PlaceFeature | undefined;
  switch (edit.kind) {
    case 'choose-place':
    case 'remove-place': {
      const f = place(edit.place.id);
      const words = edit.place.mention?.text ?? f?.properties.mentions[0]?.text ?? edit.place.name;
      return {
        name: words,
        context: contextOf(collection, f?.id ?? edit.place.id),
        place: edit.kind === 'choose-place' ? edit.choice : null,
        at: edit.at,
      };
    }
    case 'choose-mention':
    case 'remove-mention': {
      const owner = collection.features.find(
        (f) => f.properties.kind === 'place' && f.properties.mentions.some((m) => m.start === edit.mention.start),
      );
      return {
        name: edit.mention.text,
        context: contextOf(collection, owner?.id),
        place: edit.kind === 'choose-mention' ? edit.choice : null,
        at: edit.at,
      };
    }
    case 'add-place':
      return { name: edit.mention.text, context: contextOf(collection), place: edit.choice, at: edit.at };
    default:
      return undefined;
  }
}

/** How well an entry's context fits an article's countries: -1 when it does not apply. */
function contextFit(entry: CorrectionEntry, countries: ReadonlySet<string>): number {
  if (entry.context.countries.length === 0) return 0;
  let shared = 0;
  for (const cc of entry.context.countries) if (countries.has(cc)) shared++;
  return shared > 0 ? shared : -1;
}

/** The entry for these words that fits best: most shared countries, then the most recent. */
function bestEntry(entries: readonly CorrectionEntry[], countries: ReadonlySet<string>): CorrectionEntry | undefined {
  let best: CorrectionEntry | undefined;
  let bestFit = -1;
  for (const e of entries) {
    const f = contextFit(e, countries);
    if (f < 0) continue;
    if (f > bestFit || (f === bestFit && (e.at ?? '') >= (best?.at ?? ''))) {
      best = e;
      bestFit = f;
    }
  }
  return best;
}

/** The remembered place as of this gazetteer (a newer gazetteer may have moved it), else as remembered. */
function placeNow(choice: PlaceChoice, gaz?: Gazetteer): PlaceChoice {
  if (choice.type !== 'gazetteer' || !gaz) return choice;
  const row = gaz.rowOfRef(`${choice.ref.source}:${choice.ref.id}`);
  if (row === undefined) return choice;
  const e = gaz.entry(row);
  const iso3 = e.placeType === 'country' ? gaz.iso3(e.countryCode) : undefined;
  const admin1Name = gaz.admin1Name(row);
  const countryName = gaz.countryName(row);
  return {
    type: 'gazetteer',
    ref: e.ref,
    name: e.name,
    lon: e.lon,
    lat: e.lat,
    placeType: e.placeType,
    countryCode: e.countryCode,
    ...(iso3 ? { iso3 } : {}),
    ...(e.admin1 ? { admin1: e.admin1 } : {}),
    ...(admin1Name ? { admin1Name } : {}),
    ...(countryName ? { countryName } : {}),
    ...(e.population ? { population: e.population } : {}),
  };
}

function sameRef(p: ResolvedPlace, c: PlaceChoice): boolean {
  return c.type === 'gazetteer'
    ? p.gazetteer.source === c.ref.source && p.gazetteer.id === c.ref.id
    : p.gazetteer.source === 'person' && p.name === c.name;
}

function asPlace(id: string, c: PlaceChoice, mentions: Mention[], from?: ResolvedPlace): ResolvedPlace {
  return {
    id,
    name: c.name,
    lon: c.lon,
    lat: c.lat,
    placeType: c.type === 'gazetteer' ? c.placeType : 'landmark',
    countryCode: c.countryCode ?? '',
    ...(c.type === 'gazetteer' && c.iso3 ? { iso3: c.iso3 } : {}),
    ...(c.type === 'gazetteer' && c.admin1Name ? { admin1Name: c.admin1Name } : {}),
    ...(c.type === 'gazetteer' && c.countryName ? { countryName: c.countryName } : {}),
    gazetteer: c.type === 'gazetteer' ? { ...c.ref } : { source: 'person', id: slugify(c.name) },
    ...(c.type === 'gazetteer' && c.population ? { population: c.population } : {}),
    confidence: 1,
    candidates: from?.candidates ?? [],
    reference: from?.reference ?? 'literal',
    mentions,
    decidedBy: DECIDED_BY_CORRECTIONS,
  };
}

/** The countries of the article's places other than `p`: the context an entry is matched against. */
function otherCountries(places: readonly ResolvedPlace[], p: ResolvedPlace): Set<string> {
  return new Set(places.filter((o) => o !== p && o.countryCode).map((o) => o.countryCode));
}

/**
 * What the memory says about an article before its names are resolved again: for the words it knows, in an
 * article (as first read) that shares the entry's context, the gazetteer row chosen (a strong prior in the
 * resolver, so the remembered place also lends its whereabouts to the article's other ambiguous names —
 * "Paris" remembered as Paris, Tennessee brings "Jackson" with it to Tennessee) or "not a place" (left out
 * before resolution). Undefined when nothing applies, and the first reading stands.
 *
 * @example
 * const prior = rememberedReadings(geoparse(text, gaz), memory, gaz);
 * const places = applyCorrections(prior ? geoparse(text, gaz, { remembered: prior }) : first, memory, gaz);
 */
export function rememberedReadings(places: readonly ResolvedPlace[], memory: CorrectionsMemory | undefined, gaz: Gazetteer): RememberedReadings | undefined {
  if (!memory || memory.entries.length === 0 || places.length === 0) return undefined;
  const byKey = entriesByKey(memory);
  const rows = new Map<string, number>();
  const notPlaces = new Set<string>();
  for (const p of places) {
    for (const m of p.mentions) {
      const key = normalizeKey(m.text);
      const entries = byKey.get(key);
      if (!entries || rows.has(key) || notPlaces.has(key)) continue;
      const entry = bestEntry(entries, otherCountries(places, p));
      if (!entry) continue;
      if (!entry.place) notPlaces.add(key);
      else if (entry.place.type === 'gazetteer') {
        const row = gaz.rowOfRef(`${entry.place.ref.source}:${entry.place.ref.id}`);
        if (row !== undefined) rows.set(key, row);
      }
    }
  }
  return rows.size > 0 || notPlaces.size > 0 ? { rows, notPlaces } : undefined;
}

function entriesByKey(memory: CorrectionsMemory): Map<string, CorrectionEntry[]> {
  const byKey = new Map<string, CorrectionEntry[]>();
  for (const e of memory.entries) {
    const key = normalizeKey(e.name);
    byKey.set(key, [...(byKey.get(key) ?? []), e]);
  }
  return byKey;
}

/**
 * The resolver's places with the memory applied: mentions whose words the memory knows, in an article that
 * shares the entry's context, move to the remembered place (or, for "not a place", go). Places keep their ids
 * when all their mentions move together. Pure; `places` is not changed.
 *
 * @example
 * applyCorrections(geoparse(text, gaz), memory, gaz).find((p) => p.name === 'Paris')?.decidedBy // → 'your corrections'
 */
export function applyCorrections(places: ResolvedPlace[], memory: CorrectionsMemory | undefined, gaz?: Gazetteer): ResolvedPlace[] {
  if (!memory || memory.entries.length === 0 || places.length === 0) return places;
  const byKey = entriesByKey(memory);
  const out: ResolvedPlace[] = places.map((p) => ({ ...p, mentions: [...p.mentions] }));
  const taken = new Set(out.map((p) => p.id));
  const added: ResolvedPlace[] = [];
  for (const p of places) {
    const groups = new Map<CorrectionEntry, Mention[]>();
    for (const m of p.mentions) {
      const entries = byKey.get(normalizeKey(m.text));
      if (!entries) continue;
      // The context is the article's other places: the name is not its own evidence.
      const entry = bestEntry(entries, otherCountries(places, p));
      if (entry) groups.set(entry, [...(groups.get(entry) ?? []), m]);
    }
    if (groups.size === 0) continue;
    const own = out.find((o) => o.id === p.id)!;
    for (const [entry, mentions] of groups) {
      const moving = new Set(mentions);
      own.mentions = own.mentions.filter((m) => !moving.has(m));
      if (!entry.place) continue;
      const choice = placeNow(entry.place, gaz);
      const twin = [...out, ...added].find((o) => o !== own && o.mentions.length > 0 && sameRef(o, choice));
      if (twin) {
        twin.mentions = [...twin.mentions, ...mentions].sort((a, b) => a.start - b.start);
        twin.decidedBy = DECIDED_BY_CORRECTIONS;
        continue;
      }
      if (own.mentions.length === 0) {
        // The old reading's division and country go with it (the new place may have none).
        delete own.admin1Name;
        delete own.countryName;
        Object.assign(own, asPlace(own.id, choice, mentions, p));
        continue;
      }
      let id = `place:${slugify(choice.name)}`;
      for (let i = 2; taken.has(id); i++) id = `place:${slugify(choice.name)}-${i}`;
      taken.add(id);
      added.push(asPlace(id, choice, mentions, p));
    }
  }
  return [...out, ...added]
    .filter((p) => p.mentions.length > 0 || p.reference === 'implied')
    .sort((a, b) => (a.mentions[0]?.start ?? Number.POSITIVE_INFINITY) - (b.mentions[0]?.start ?? Number.POSITIVE_INFINITY));
}
