/**
 * The seed article's outputs, produced by the general pipeline (nothing here knows what the article says):
 *   seeds/<id>.meta.json  its metadata, parsed from the text (headline, byline, tags, date)
 *   data/seed.geojson     its FeatureCollection, the app's embedded default
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadResourcesSync } from '../../src/cli/resources';
import { parseArticleMeta } from '../../src/core/article/meta';
import type { AtlasCollection } from '../../src/core/geojson/types';
import { analyzeArticle } from '../../src/core/pipeline';

export const SEED_ID = '000_b76ed577badf652c';
export const SEED_TEXT_PATH = `seeds/${SEED_ID}.txt`;
export const SEED_META_PATH = `seeds/${SEED_ID}.meta.json`;
export const SEED_GEOJSON_PATH = 'data/seed.geojson';

export function seedText(): string {
  return readFileSync(SEED_TEXT_PATH, 'utf8');
}

export function seedMetaJson(): string {
  return `${JSON.stringify(parseArticleMeta(seedText(), SEED_ID), null, 2)}\n`;
}

export function seedCollection(): AtlasCollection {
  return analyzeArticle(seedText(), loadResourcesSync(), { id: SEED_ID });
}

export function seedGeoJson(): string {
  return `${JSON.stringify(seedCollection(), null, 1)}\n`;
}

export function writeSeedGeoJson(): string {
  writeFileSync(SEED_META_PATH, seedMetaJson());
  writeFileSync(SEED_GEOJSON_PATH, seedGeoJson());
  return `${SEED_META_PATH}, ${SEED_GEOJSON_PATH}`;
}
