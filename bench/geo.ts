/**
 * Geo benchmark: distance models, great-circle arcs, the claim finder on large adversarial input, and the
 * border/claim step on the seed article — each beside a peer (Turf alone, Turf's raw greatCircle, a plain
 * regex scan). Prints figures; asserts nothing (speed targets are read, not tested).
 *
 *   npx tsx bench/geo.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { distance as turfDistance, greatCircle as turfGreatCircle } from '@turf/turf';
import { findDistanceClaims, geoFeaturesFor } from '../src/core/claims';
import { loadGazetteerSync } from '../src/core/gazetteer/node';
import { loadBordersSync } from '../src/core/geo/bordersNode';
import { distanceModels, ellipsoidKm } from '../src/core/geo/distance';
import { greatCircleArc } from '../src/core/geo/greatCircle';
import { geoparse } from '../src/core/geoparse';

const SEED = fileURLToPath(new URL('../seeds/000_b76ed577badf652c.txt', import.meta.url));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median ms per call of `fn` over `runs` batches of `batch` calls, after a warm-up. */
function perCall(fn: () => unknown, batch = 1000, runs = 15): number {
  for (let i = 0; i < batch; i++) fn();
  const xs: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) fn();
    xs.push((performance.now() - t) / batch);
  }
  return median(xs);
}

const us = (ms: number) => `${(ms * 1000).toFixed(2)} µs`;

export function runGeoBench(): void {
  console.log('== geo (Node) ==');
  const moscow: [number, number] = [37.61556, 55.75222];
  const beijing: [number, number] = [116.39723, 39.9075];
  const tokyo: [number, number] = [139.69171, 35.6895];
  const la: [number, number] = [-118.24368, 34.05223];

  console.log('distance, Moscow–Beijing:');
  console.log(`  distanceModels (3 models)     ${us(perCall(() => distanceModels(moscow, beijing)))}/pair`);
  console.log(`  peer: Turf distance alone     ${us(perCall(() => turfDistance(moscow, beijing)))}/pair`);
  console.log(`  GeographicLib inverse alone   ${us(perCall(() => ellipsoidKm(moscow, beijing)))}/pair`);

  console.log('great-circle arc, Tokyo → Los Angeles, 100 vertices:');
  console.log(`  greatCircleArc (continuous)   ${us(perCall(() => greatCircleArc(tokyo, la), 200))}/arc`);
  console.log(`  greatCircleArc (RFC 7946)     ${us(perCall(() => greatCircleArc(tokyo, la, { split: true }), 200))}/arc`);
  console.log(`  peer: Turf greatCircle (raw)  ${us(perCall(() => turfGreatCircle(tokyo, la), 200))}/arc`);

  const mb = 1 << 20;
  const inputs: Array<[string, string]> = [
    ['1 MB of digits', '1'.repeat(mb)],
    ['1 MB of "1,"', '1,'.repeat(mb / 2)],
    ['1 MB of "12 km "', '12 km '.repeat(mb / 6)],
    ['1 MB of prose', readFileSync(SEED, 'utf8').repeat(Math.ceil(mb / 3500)).slice(0, mb)],
  ];
  // The peer is the obvious one-regex finder. It backtracks quadratically on long runs of digits, so it only
  // gets 64 KiB of each input (1 MB of digits would take it minutes).
  const peerRe = /\d[\d,.]*\s?(?:km|kilomet(?:re|er)s?|miles?)/g;
  console.log('claim finder (linear: ≤ ~50 ms/MB, except when every 6 bytes is a figure with its own excerpt):');
  console.log('  input                 ours, 1 MB   peer one-regex scan, 64 KiB only');
  for (const [name, text] of inputs) {
    const ms = perCall(() => findDistanceClaims(text), 1, 5);
    const small = text.slice(0, 1 << 16);
    const peer = perCall(() => small.match(peerRe), 1, 3);
    const n = findDistanceClaims(text).length;
    console.log(`  ${name.padEnd(20)} ${ms.toFixed(1).padStart(8)} ms   ${peer.toFixed(1).padStart(10)} ms   (${n} figures found)`);
  }

  const seed = readFileSync(SEED, 'utf8');
  const places = geoparse(seed, loadGazetteerSync());
  const borders = loadBordersSync();
  const ms = perCall(() => geoFeaturesFor(seed, places, borders), 50);
  console.log(`borders + claims on the seed (${places.length} places, ${borders.length} border lines): ${ms.toFixed(3)} ms/article (pipeline target ≤ 5 ms)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) runGeoBench();
