/** Node-only loading of the committed border lines (CLI, tests, data build). The browser loads them in the worker. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BorderFeature } from '../geojson/types';
import { validBorders } from './articleBorders';

export const BORDERS_PATH = fileURLToPath(new URL('../../../data/borders.geojson', import.meta.url));

let cached: BorderFeature[] | undefined;

/**
 * Loads data/borders.geojson once per process. Borders are optional: a missing file gives no borders (the
 * article's places are still mapped); a malformed one throws with the path in the message.
 *
 * @example loadBordersSync().find((b) => b.id === 'border:prk-rus')?.properties.lengthKm // ≈ 17.75
 */
export function loadBordersSync(path = BORDERS_PATH): BorderFeature[] {
  if (path === BORDERS_PATH && cached) return cached;
  if (!existsSync(path)) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path} is not valid JSON: ${(e as Error).message}`);
  }
  const features = (parsed as { features?: unknown })?.features;
  const borders = validBorders(Array.isArray(features) ? features : []);
  if (path === BORDERS_PATH) cached = borders;
  return borders;
}
