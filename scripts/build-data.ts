/**
 * `npm run data`: rebuilds everything in data/ from npm packages, deterministically.
 *   data/gazetteer.bin   the compact gazetteer (GeoNames, world-countries, us-atlas, curated supplement)
 *   data/borders.geojson shared boundary lines from real boundary data (scripts/build-borders.ts)
 *   data/labels.json     the basemap's names (countries, seas, capitals and cities, US states) and state lines
 *   data/longtail/xx.json the long tail: cities500's places below the gazetteer's cut, sharded by name
 *   data/seed.geojson    the seed article's GeoJSON, produced by the general pipeline (last: it uses the others)
 * Options: --min-population N (default in scripts/data/gazetteer.ts), --only gazetteer|longtail|borders|labels|seed
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { ARTIFACT as BORDERS_PATH, buildBorders, serializeBorders } from './build-borders';
import { buildGazetteer, DEFAULT_OPTIONS, serializeGazetteer } from './data/gazetteer';
import { buildLabels, LABELS_PATH, serializeLabels } from './data/labels';
import { buildLongTail, writeLongTail } from './data/longTail';
import { writeSeedGeoJson } from './data/seed';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const only = arg('--only');
  if (!only || only === 'gazetteer') {
    const minPopulation = Number(arg('--min-population') ?? DEFAULT_OPTIONS.minPopulation);
    const out = arg('--out') ?? 'data/gazetteer.bin';
    const t0 = performance.now();
    const data = await buildGazetteer({ ...DEFAULT_OPTIONS, minPopulation });
    const bytes = serializeGazetteer(data);
    writeFileSync(out, bytes);
    const gz = gzipSync(bytes, { level: 9 }).length;
    console.log(
      `${out}: ${data.entries.name.length} places, ${data.nameKeys.length} other names, ` +
        `${(bytes.length / 1024).toFixed(0)} KiB (${(gz / 1024).toFixed(0)} KiB gzip), ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  if (!only || only === 'longtail') {
    const minPopulation = Number(arg('--min-population') ?? DEFAULT_OPTIONS.minPopulation);
    const t0 = performance.now();
    const { records, largest, bytes } = writeLongTail(await buildLongTail({ ...DEFAULT_OPTIONS, minPopulation }));
    console.log(
      `data/longtail/: ${records} places in 256 shards, ${(bytes / 1024).toFixed(0)} KiB, largest shard ${(largest / 1024).toFixed(1)} KiB, ` +
        `${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  if (!only || only === 'borders') {
    const t0 = performance.now();
    const text = serializeBorders(await buildBorders());
    writeFileSync(BORDERS_PATH, text);
    console.log(`data/borders.geojson: ${(text.length / 1024).toFixed(0)} KiB, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  if (!only || only === 'labels') {
    const t0 = performance.now();
    const file = await buildLabels();
    const text = serializeLabels(file);
    writeFileSync(LABELS_PATH, text);
    const gz = gzipSync(text, { level: 9 }).length;
    console.log(
      `${LABELS_PATH}: ${file.labels.length} labels, ${file.stateLines.length} state lines, ${(text.length / 1024).toFixed(0)} KiB (${(gz / 1024).toFixed(0)} KiB gzip), ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  if (!only || only === 'seed') {
    const file = writeSeedGeoJson();
    console.log(`${file}: written`);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
