/**
 * The data a self-contained page carries: the collection (and the basemap's countries) as JSON inside
 * `<script type="application/json">` elements. JSON is embedded as text, never as HTML or script: every
 * `<`, `>` and `&` is written as a \u escape, so no article text can close the element or start markup,
 * and the page reads it with JSON.parse.
 */

/** id of the element holding the collection and view. */
export const PAGE_DATA_ID = 'atlas-data';
/** id of the element holding the basemap topology. */
export const PAGE_BASEMAP_ID = 'atlas-basemap';
/** The placeholder the page template carries where the data goes (replaced whole, once). */
export const PAGE_PLACEHOLDER = '"__ATLAS_PAGE_DATA__"';
export const BASEMAP_PLACEHOLDER = '"__ATLAS_PAGE_BASEMAP__"';

/**
 * JSON text safe inside an HTML script element: `<`, `>`, `&`, U+2028 and U+2029 escaped (still valid JSON,
 * parsing to the same value).
 * @example embedJson({ name: '</script><script>alert(1)</script>' }) // → '{"name":"\\u003c/script\\u003e…"}'
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Put the data into the page template (text replacement of the placeholders, with a function so `$` in
 * the data is never read as a replacement pattern).
 * @example fillPage(template, { collection }, topology)
 */
export function fillPage(template: string, data: unknown, basemap: unknown): string {
  if (!template.includes(PAGE_PLACEHOLDER) || !template.includes(BASEMAP_PLACEHOLDER)) {
    throw new Error('The page template has no place for the data.');
  }
  return template.replace(PAGE_PLACEHOLDER, () => embedJson(data)).replace(BASEMAP_PLACEHOLDER, () => embedJson(basemap));
}

/**
 * Read the data back out of a page this app wrote (for importing it, and for the page's own script).
 * @example extractPageData(html).ok
 */
export function extractPageData(html: string): { ok: true; value: unknown } | { ok: false; error: string } {
  const match = new RegExp(`<script[^>]*id="${PAGE_DATA_ID}"[^>]*>([\\s\\S]*?)</script>`).exec(html);
  if (!match) return { ok: false, error: 'This HTML file is not a map page saved by news-atlas (it has no map data).' };
  try {
    const data = JSON.parse(match[1]!) as { collection?: unknown };
    if (!data || typeof data !== 'object' || !data.collection) return { ok: false, error: 'The map page holds no collection.' };
    return { ok: true, value: data.collection };
  } catch (error) {
    return { ok: false, error: `The map page's data is not valid JSON: ${(error as Error).message}` };
  }
}
