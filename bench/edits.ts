/**
 * Edits benchmark (issue 9): the time to apply a person's edit and re-derive everything that follows
 * (routes, events, borders, claims) on the seed article (target ≤ 16 ms, one frame) and on a generated
 * 200-place article (≤ 50 ms); and the gazetteer type-ahead per keystroke (p50/p95, target p95 ≤ 30 ms).
 * Run alone with `npx tsx bench/edits.ts`, or as part of `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { loadResourcesSync } from '../src/cli/resources';
import { applyEdits } from '../src/core/edits/apply';
import { searchContextOf } from '../src/core/edits/candidates';
import { createEdit, customChoice, placeRefOf, storyRefOf } from '../src/core/edits/refs';
import type { Edit } from '../src/core/edits/types';
import type { Gazetteer } from '../src/core/gazetteer/gazetteer';
import { searchGazetteer, searchIndexOf } from '../src/core/gazetteer/search';
import type { AtlasCollection, PlaceFeature, RouteFeature } from '../src/core/geojson/types';
import { analyzeArticle } from '../src/core/pipeline';

const SEED = 'seeds/000_b76ed577badf652c.txt';

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? Number.NaN;
}

function samples(fn: () => unknown, runs: number, warm = 20): number[] {
  for (let i = 0; i < warm; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return xs;
}

/** Mean CPU ms per call (user + system): steadier than wall time on a shared, loaded machine. */
function cpuMs(fn: () => unknown, runs: number): number {
  const c0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000 / runs;
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const line = (label: string, xs: number[], target: string, cpu?: number) =>
  console.log(
    `  ${label.padEnd(48)} wall p50 ${fmt(percentile(xs, 0.5)).padStart(6)} ms  p95 ${fmt(percentile(xs, 0.95)).padStart(6)} ms${
      cpu === undefined ? '' : `  CPU mean ${fmt(cpu).padStart(6)} ms`
    }  (${target})`,
  );

/** The place with the most routes ending at it: moving it re-derives the most. */
function busiestPlace(c: AtlasCollection): PlaceFeature {
  const places = c.features.filter((f): f is PlaceFeature => f.properties.kind === 'place');
  const routes = c.features.filter((f): f is RouteFeature => f.properties.kind === 'route');
  const ends = (p: PlaceFeature) => routes.filter((r) => r.properties.from === p.id || r.properties.to === p.id).length;
  return places.reduce((best, p) => (ends(p) > ends(best) ? p : best), places[0]!);
}

/** A mixed session of ten edits, each kind a person makes. */
function session(c: AtlasCollection): Edit[] {
  const places = c.features.filter((f): f is PlaceFeature => f.properties.kind === 'place' && f.properties.mentions.length > 0);
  const routes = c.features.filter((f): f is RouteFeature => f.properties.kind === 'route');
  const edits: Edit[] = [];
  const push = (d: Parameters<typeof createEdit>[0]) => edits.push(createEdit(d, edits, new Date(Date.UTC(2026, 0, 1, 0, 0, edits.length))));
  const p = (i: number) => places[i % places.length]!;
  const busiest = busiestPlace(c);
  push({ kind: 'move-place', place: placeRefOf(busiest), lon: busiest.geometry.coordinates[0]! + 1, lat: busiest.geometry.coordinates[1]! });
  push({ kind: 'choose-place', place: placeRefOf(p(3)), choice: customChoice('Harbour Gate', 10, 50) });
  push({ kind: 'remove-mention', mention: p(2).properties.mentions.at(-1)! });
  push({ kind: 'add-route', traveller: 'A delegation', from: placeRefOf(p(1)), to: placeRefOf(p(4)), status: 'planned' });
  if (routes[0]) push({ kind: 'reverse-route', route: storyRefOf(routes[0]) });
  if (routes[1]) push({ kind: 'set-status', target: storyRefOf(routes[1]), status: 'cancelled' });
  push({ kind: 'remove-place', place: placeRefOf(p(5)) });
  push({ kind: 'move-place', place: placeRefOf(p(6)), lon: 20, lat: 40 });
  if (routes[2]) push({ kind: 'delete-route', route: storyRefOf(routes[2]) });
  push({ kind: 'move-place', place: placeRefOf(busiest), lon: busiest.geometry.coordinates[0]! - 1, lat: busiest.geometry.coordinates[1]! });
  return edits;
}

/**
 * An original article naming `n` cities (the gazetteer's most populous, so each resolves): journeys between
 * neighbours in the list, a stated distance, a border sentence. Generated, so nothing is keyed on a real text.
 */
export function generatedArticle(gaz: Gazetteer, n: number): string {
  const seen = new Set<string>();
  const rows: number[] = [];
  for (let row = 0; row < gaz.size; row++) if (gaz.placeType(row) === 'city' || gaz.placeType(row) === 'capital') rows.push(row);
  rows.sort((a, b) => gaz.population(b) - gaz.population(a) || a - b);
  const names: string[] = [];
  for (const row of rows) {
    const name = gaz.entry(row).name;
    if (seen.has(name) || !/^[A-Z][a-z]+$/.test(name)) continue;
    seen.add(name);
    names.push(name);
    if (names.length === n) break;
  }
  const sentences = ['Envoys criss-cross the region', '', 'GENEVA (Wire) — A week of diplomacy began on Monday.'];
  for (let i = 0; i < names.length; i += 2) {
    const a = names[i]!;
    const b = names[i + 1] ?? names[0]!;
    sentences.push(i % 6 === 0 ? `Minister Maria Lopez flew from ${a} to ${b} on Tuesday.` : `Officials in ${a} and ${b} held talks.`);
  }
  sentences.push('The two capitals lie about 1,000 km apart. Russia and China share a long border.');
  return sentences.join(' ');
}

/**
 * Every prefix (from two letters) of `count` names, as a person types them.
 * @example keystrokes(gazetteer, 60) // → ['Pa', 'Par', 'Pari', 'Paris', …]
 */
export function keystrokes(gaz: Gazetteer, count: number): string[] {
  const out: string[] = [];
  const step = Math.max(1, Math.floor(gaz.size / count));
  for (let row = 0; row < gaz.size && out.length < count * 12; row += step) {
    const name = gaz.entry(row).name;
    for (let i = 2; i <= Math.min(name.length, 12); i++) out.push(name.slice(0, i));
  }
  return out;
}

/**
 * Prints the edit and search figures.
 *
 * @example runEditsBench() // "apply one edit and re-derive, seed  p50 0.9 ms  p95 1.4 ms …"
 */
export function runEditsBench(): void {
  const resources = loadResourcesSync();
  const deps = { borders: resources.borders };
  const seed = analyzeArticle(readFileSync(SEED, 'utf8'), resources);
  const big = analyzeArticle(generatedArticle(resources.gazetteer, 200), resources);
  const nPlaces = (c: AtlasCollection) => c.features.filter((f) => f.properties.kind === 'place').length;
  const nRoutes = (c: AtlasCollection) => c.features.filter((f) => f.properties.kind === 'route').length;

  console.log('== edits (Node, main-thread work) ==');
  console.log(`  seed: ${nPlaces(seed)} places, ${nRoutes(seed)} routes; generated article: ${nPlaces(big)} places, ${nRoutes(big)} routes`);
  for (const [label, c, runs, target] of [
    ['seed', seed, 300, 'target ≤ 16 ms'],
    ['200-place article', big, 60, 'target ≤ 50 ms'],
  ] as const) {
    const busiest = busiestPlace(c);
    const move = [createEdit({ kind: 'move-place', place: placeRefOf(busiest), lon: 10, lat: 50 }, [], new Date(0))];
    // The first edit on an analysis measures every pair of places for the figure check; later ones reuse them.
    const fresh = structuredClone(c);
    const first = performance.now();
    applyEdits(fresh, move, deps);
    const firstMs = performance.now() - first;
    const apply = () => applyEdits(c, move, deps);
    line(`apply one edit (move) and re-derive, ${label}`, samples(apply, runs), target, cpuMs(apply, runs));
    console.log(`    first edit on a fresh analysis (every pair measured): ${fmt(firstMs)} ms`);
    const ten = session(c);
    const outcomes = applyEdits(c, ten, deps).outcomes;
    const all = () => applyEdits(c, ten, deps);
    line(`apply a 10-edit session, ${label}`, samples(all, runs), `${outcomes.filter((o) => o.applied).length}/10 applied`, cpuMs(all, runs));
  }

  const gaz = resources.gazetteer;
  const t0 = performance.now();
  searchIndexOf(gaz);
  const indexMs = performance.now() - t0;
  const typed = keystrokes(gaz, 60);
  const context = searchContextOf(seed);
  let i = 0;
  const search = () => searchGazetteer(gaz, typed[i++ % typed.length]!, context);
  const xs = samples(search, typed.length * 2, 50);
  console.log(`  search index, built once per gazetteer (in the worker, by the first candidates or search request): ${indexMs.toFixed(0)} ms`);
  line(`gazetteer search per keystroke (${typed.length} prefixes)`, xs, 'target p95 ≤ 30 ms', cpuMs(search, typed.length));
  const short = typed.filter((q) => q.length === 2);
  let j = 0;
  line('  of which two-letter prefixes (widest)', samples(() => searchGazetteer(gaz, short[j++ % short.length]!, context), short.length * 2, 10), 'worst case');
  console.log(`  machine load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores (wall figures inflate under load)`);
}

if (import.meta.url === `file://${process.argv[1]}`) runEditsBench();
