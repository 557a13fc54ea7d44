/**
 * The self-contained page's stand-in for src/app/data/preload.ts (swapped in by the page's build): the
 * basemap comes from the topology embedded in the page, handed to the tile code as a blob: URL, so the
 * page fetches nothing from anywhere.
 */
import { PAGE_BASEMAP_ID } from '../app/lib/export/pageData';

/** The page's basemap element: `{ countries: <world-atlas topology>, labels: <data/labels.json> }`. */
function embedded(): { countries?: unknown; labels?: unknown } {
  try {
    return JSON.parse(document.getElementById(PAGE_BASEMAP_ID)?.textContent ?? '{}') ?? {};
  } catch {
    return {};
  }
}

const basemap = typeof document !== 'undefined' ? embedded() : {};
const asUrl = (value: unknown) => URL.createObjectURL(new Blob([JSON.stringify(value ?? null)], { type: 'application/json' }));

/** The embedded world view (Natural Earth 1:110m); the page carries no finer level. */
export const COARSE_URL: string = asUrl(basemap.countries);
/** The same topology: closer zooms draw the 1:110m shapes (the page stays small). */
export const DETAIL_URL: string = COARSE_URL;
/** The basemap's place names and state lines, embedded like the countries. */
export const LABELS_URL: string = asUrl(basemap.labels);

/**
 * The page's basemap needs no warming up (tiles are drawn on the main thread): nothing to wait for.
 * @example await startPreloads();
 */
export function startPreloads(): Promise<void> {
  return Promise.resolve();
}

/**
 * The page never loads a default article; it carries its own.
 * @example defaultArticleIfLoaded() // → null
 */
export function defaultArticleIfLoaded(): null {
  return null;
}

/** The page never loads a default article; it carries its own. */
export function defaultArticleOnce(): never {
  throw new Error('the self-contained page has no default article');
}
