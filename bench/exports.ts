/**
 * Export benchmark: the self-contained map page's size (template, basemap and data, raw and gzip) for the
 * default article, the map link's length, and each export's time on that article.
 * `npx tsx bench/exports.ts` runs it alone.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildPageTemplate } from '../scripts/vite/standalonePage';
import { placesCsv, storyCsv } from '../src/app/lib/export/csv';
import { gisLayers } from '../src/app/lib/export/gisLayers';
import { buildGpx } from '../src/app/lib/export/gpx';
import { buildKml } from '../src/app/lib/export/kml';
import { fillPage } from '../src/app/lib/export/pageData';
import { encodeLink, linkPayload, MAX_LINK_CHARS } from '../src/app/lib/share/link';
import type { AtlasCollection } from '../src/core/geojson/types';
import { nodeXml } from '../test/support/nodeXml';

const ROOT = resolve(import.meta.dirname, '..');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const gz = (s: string) => gzipSync(s, { level: 9 }).length;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => unknown, runs = 30): number {
  fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

/** @example await runExportBench(); */
export async function runExportBench(): Promise<void> {
  console.log('\n## Exports (default article)');
  const collection = JSON.parse(readFileSync(join(ROOT, 'data/seed.geojson'), 'utf8')) as AtlasCollection;
  const topology = JSON.parse(readFileSync(join(ROOT, 'node_modules/world-atlas/countries-110m.json'), 'utf8')) as unknown;
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const template = await buildPageTemplate(ROOT).finally(() => {
    process.env.NODE_ENV = nodeEnv;
  });
  const labels = JSON.parse(readFileSync(join(ROOT, 'data/labels.json'), 'utf8')) as unknown;
  const page = fillPage(template, { collection, view: null }, { countries: topology, labels });
  const data = JSON.stringify(collection);
  const basemap = JSON.stringify(topology);
  const names = JSON.stringify(labels);
  console.log('self-contained page | raw | gzip');
  console.log(`  template (React, Leaflet, app code, CSS, all inline) | ${kb(template.length)} | ${kb(gz(template))}`);
  console.log(`  basemap (Natural Earth 1:110m topology) | ${kb(basemap.length)} | ${kb(gz(basemap))}`);
  console.log(`  basemap names and state lines (data/labels.json) | ${kb(names.length)} | ${kb(gz(names))}`);
  console.log(`  the article's map data | ${kb(data.length)} | ${kb(gz(data))}`);
  console.log(`  whole page | ${kb(Buffer.byteLength(page))} | ${kb(gz(page))}`);
  const link = await encodeLink(linkPayload(collection, { lat: 45, lon: 100, zoom: 3 }));
  console.log(`map link: ${link.length} characters of fragment (limit ${MAX_LINK_CHARS}); the article text is ${collection.article.text?.length ?? 0} characters`);
  const xml = nodeXml();
  console.log('export time, median of 30 (ms):');
  for (const [name, fn] of [
    ['CSV places', () => placesCsv(collection)],
    ['CSV journeys', () => storyCsv(collection)],
    ['KML', () => buildKml(collection, xml)],
    ['GPX', () => buildGpx(collection, xml)],
    ['GIS layers', () => gisLayers(collection)],
  ] as const) {
    console.log(`  ${name}: ${time(fn).toFixed(2)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runExportBench().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
