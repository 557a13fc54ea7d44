/**
 * The long-tail step before resolution: names the text qualifies with a state or country ("PARIS, Mo.",
 * "Columbia, Ky.", "London, Arkansas") that the bundled gazetteer has nowhere in that state or country are
 * looked up in the long tail's shards, one shard per name, and the villages found there join the gazetteer
 * for this article only. An article that qualifies no such name reads no shard at all. Pure: the caller
 * passes the shard loader (fetch in the worker, fs in the CLI).
 */
import type { ExtraPlace, Gazetteer } from '../gazetteer/gazetteer';
import { asLongTailShard, type ShardLoader, shardOf } from '../gazetteer/longTail';
import { normalizeKey } from '../text/normalize';
import type { PlaceType } from '../types';
import type { Resolution } from './resolve';

/** A name the text qualifies, with where it says the place is. */
export interface LongTailNeed {
  key: string;
  /** "US-MO" for a state or province, "US" for a country. */
  within: string[];
}

/**
 * "Name, Qualifier": up to four capitalised words, a comma, then up to three capitalised words or
 * abbreviations ("Mo.", "W.Va.", "New Mexico").
 */
const QUALIFIED = /(\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,3}),[ \t]+(\p{Lu}[\p{L}.]*(?:[ \t]\p{Lu}[\p{L}.]*){0,2})/gu;

/** Words that open a sentence or clause before a place name ("In Paris, Texas"): not part of the name. */
const LEAD_WORDS = new Set(['in', 'at', 'from', 'to', 'near', 'of', 'the', 'and', 'but', 'for', 'outside', 'inside', 'on', 'by', 'when', 'while', 'after', 'before', 'since', 'like']);

/** The longest run of the qualifier's words that names states or countries: where the place must be. */
function placesNamedBy(words: string[], gaz: Gazetteer): string[] {
  for (let n = words.length; n > 0; n--) {
    const hits = gaz.lookup(normalizeKey(words.slice(0, n).join(' ')));
    const within: string[] = [];
    for (const h of hits) {
      if (h.demonym) continue;
      const type = gaz.placeType(h.row);
      const cc = gaz.countryCode(h.row);
      if (type === 'admin1' && cc) within.push(`${cc}-${gaz.admin1(h.row)}`);
      else if (type === 'country' && cc) within.push(cc);
    }
    if (within.length > 0) return within;
  }
  return [];
}

function isCountryOrState(gaz: Gazetteer, key: string): boolean {
  return gaz.lookup(key).some((h) => !h.demonym && (gaz.placeType(h.row) === 'country' || gaz.placeType(h.row) === 'admin1'));
}

function isWithin(gaz: Gazetteer, row: number, within: string[]): boolean {
  const cc = gaz.countryCode(row);
  return within.includes(cc) || within.includes(`${cc}-${gaz.admin1(row)}`);
}

/**
 * The qualified names of a text (and of the reader's home, when set) that the bundled gazetteer does not
 * place where the qualifier says: the long-tail look-ups the article needs. Cheap and synchronous.
 *
 * @example longTailNeeds('PARIS, Mo. (AP) — ...', gaz) // → [{ key: 'paris', within: ['US-MO'] }]
 */
export function longTailNeeds(text: string, gaz: Gazetteer, home?: string): LongTailNeed[] {
  const needs = new Map<string, LongTailNeed>();
  for (const source of home ? [text, home] : [text]) {
    for (const m of source.matchAll(QUALIFIED)) {
      const words = m[1]!.split(/[ \t]+/);
      while (words.length > 1 && (LEAD_WORDS.has(words[0]!.toLowerCase()) || gaz.isCommonWord(words[0]!.toLowerCase()))) words.shift();
      const key = normalizeKey(words.join(' ').replace(/[’]/g, "'").replace(/\.$/, ''));
      if (key.length < 2) continue;
      const qualifierWords = m[2]!.split(/[ \t]+/);
      const within = placesNamedBy(qualifierWords, gaz);
      if (within.length === 0) continue;
      // "Japan, U.S. negotiators", "Texas, Oklahoma and Kansas": a country or state before a comma begins a
      // list; only a state's abbreviation ("Cuba, Mo."; "Poland, Ohio" is too rare to pay for every list) qualifies one.
      if (isCountryOrState(gaz, key) && !(/\.$/.test(qualifierWords[0]!) && within.every((w) => w.includes('-')))) continue;
      // The qualifier itself can be a name of such a place ("Washington, D.C."): nothing to find.
      if (gaz.lookup(key).some((h) => !h.demonym && isWithin(gaz, h.row, within))) continue;
      const known = needs.get(key);
      if (known) for (const w of within) known.within.includes(w) || known.within.push(w);
      else needs.set(key, { key, within: [...within] });
    }
  }
  return [...needs.values()];
}

/** At most this many names get a second look per article: each costs one shard. */
const MAX_LOCAL_NEEDS = 6;
/**
 * Readings a village of the article's states may be meant by instead: never a country, state, sea, region or
 * landmark; a capital only when small ("Victoria"), by the population limit below.
 */
const LOCAL_NAMESAKE_TYPES: ReadonlySet<PlaceType> = new Set(['capital', 'city', 'town', 'village', 'admin2']);
/** A reading this big is what the article means, whatever its states: no second look (Athens, Georgia is one). */
const LOCAL_MAX_POPULATION = 100_000;

/**
 * The second look: names the bundle placed outside every state the article names may be villages of those
 * states below the bundle's cut — local news names its own small towns without "Mansfield, La.". One look-up
 * per such name, within those states; none for an article that names no state or whose places all lie in its
 * states, and none for a big city or a big capital (the article means Athens, Georgia or Greece).
 *
 * @example localLongTailNeeds(resolve(recognize('Louisiana police and Mansfield officials met.', gaz), gaz), gaz)
 * // → [{ key: 'mansfield', within: ['US-LA'] }]
 */
export function localLongTailNeeds(resolutions: readonly Resolution[], gaz: Gazetteer): LongTailNeed[] {
  // The states the article names ("Louisiana", "Mansfield, La."): the places it surely means are in them. A
  // town read with confidence is no such evidence: world news is sure of its cities far from each other.
  const states = new Set<string>();
  for (const r of resolutions) {
    const row = r.best.row;
    if (!r.best.demonym && gaz.placeType(row) === 'admin1' && gaz.countryCode(row) && gaz.admin1(row)) states.add(`${gaz.countryCode(row)}-${gaz.admin1(row)}`);
  }
  if (states.size === 0) return [];
  const needs: LongTailNeed[] = [];
  for (const r of resolutions) {
    const row = r.best.row;
    if (r.best.demonym || !LOCAL_NAMESAKE_TYPES.has(gaz.placeType(row)) || gaz.population(row) >= LOCAL_MAX_POPULATION) continue;
    if (states.has(`${gaz.countryCode(row)}-${gaz.admin1(row)}`)) continue;
    const key = r.mentions[0]!.key;
    if (needs.some((n) => n.key === key)) continue;
    needs.push({ key, within: [...states] });
    if (needs.length === MAX_LOCAL_NEEDS) break;
  }
  return needs;
}

/**
 * The gazetteer for this article: the bundled one when the text needs nothing from the long tail (no shard is
 * read), else an overlay with the long tail's places that the text's qualifiers ask for. One shard per
 * distinct name; a shard that cannot be read is skipped (the bundled readings stand).
 *
 * @example const local = await withLongTail(text, gaz, (id) => fetch(`/longtail/${id}.json`).then((r) => r.json()));
 */
export async function withLongTail(text: string, gaz: Gazetteer, load: ShardLoader, home?: string): Promise<Gazetteer> {
  return withLongTailNeeds(longTailNeeds(text, gaz, home), gaz, load);
}

/**
 * The gazetteer with the long tail's places that `needs` ask for (the gazetteer itself when there are none).
 *
 * @example const local = await withLongTailNeeds([{ key: 'paris', within: ['US-MO'] }], gaz, readShard);
 */
export async function withLongTailNeeds(needs: readonly LongTailNeed[], gaz: Gazetteer, load: ShardLoader): Promise<Gazetteer> {
  if (needs.length === 0) return gaz;
  const byShard = new Map<string, LongTailNeed[]>();
  for (const need of needs) {
    const id = shardOf(need.key);
    byShard.set(id, [...(byShard.get(id) ?? []), need]);
  }
  const found = new Map<number, ExtraPlace>();
  await Promise.all(
    [...byShard].map(async ([id, shardNeeds]) => {
      let records: ReturnType<typeof asLongTailShard>['records'];
      try {
        records = asLongTailShard(await load(id), id).records;
      } catch {
        return;
      }
      for (const [geonameId, name, lat1e4, lon1e4, cc, admin1, population, keys] of records) {
        const own = normalizeKey(name);
        const all = [own, ...keys];
        const need = shardNeeds.find((n) => all.includes(n.key) && (n.within.includes(cc) || n.within.includes(`${cc}-${admin1}`)));
        if (!need || found.has(geonameId)) continue;
        found.set(geonameId, { geonameId, name, lat: lat1e4 / 1e4, lon: lon1e4 / 1e4, countryCode: cc, admin1, population, keys: all });
      }
    }),
  );
  return gaz.withExtraPlaces([...found.values()].sort((a, b) => a.geonameId - b.geonameId));
}
