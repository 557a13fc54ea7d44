/**
 * The built app's Content-Security-Policy, in one place for the <meta> tag the build writes into index.html
 * and the headers `npm run preview` sends. No inline script or style element, nothing fetched from another
 * origin; the optional OpenStreetMap layer's tiles are the one outside source, and only as images.
 */

/** The optional OSM layer's tile host (MapView): images only. */
export const OSM_TILE_ORIGIN = 'https://tile.openstreetmap.org';

const DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  // data: for the small images Vite inlines into the CSS (Leaflet's layer icons); blob: for exported files.
  ['img-src', `'self' data: blob: ${OSM_TILE_ORIGIN}`],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

/**
 * The policy as a <meta http-equiv> can carry it (frame-ancestors is ignored there, with a console warning).
 * @example CSP_META.includes("object-src 'none'") // → true
 */
export const CSP_META = DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');

/** The policy as a header: the same, and no page may frame the app. */
export const CSP_HEADER = `${CSP_META}; frame-ancestors 'none'`;

/** Headers for `vite preview` (and any static server configured the same way). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
};
