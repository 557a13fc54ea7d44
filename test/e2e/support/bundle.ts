/**
 * What a browser loads before the app can draw: the entry script, the chunks it imports statically
 * (modulepreload links) and the stylesheets named in the built index.html — with their gzip sizes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialAsset {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface InitialBundle {
  js: InitialAsset[];
  css: InitialAsset[];
  jsGzip: number;
  cssGzip: number;
}

/** Initial JS budget (gzip bytes): issue 3 says ≤ 180 KB with the gazetteer and basemap outside it. */
export const INITIAL_JS_BUDGET = 180 * 1000;
/** Initial CSS budget (gzip bytes). */
export const INITIAL_CSS_BUDGET = 20 * 1000;

function asset(outDir: string, href: string): InitialAsset {
  const data = readFileSync(join(outDir, href.replace(/^\//, '')));
  return { file: href, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
}

/**
 * Read a Vite build's index.html and measure the files it loads up front.
 * @example const b = measureInitialBundle('dist'); console.log(b.jsGzip);
 */
export function measureInitialBundle(outDir: string): InitialBundle {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const js = [...new Set([...scripts, ...preloads])].map((f) => asset(outDir, f));
  const css = styles.map((f) => asset(outDir, f));
  return {
    js,
    css,
    jsGzip: js.reduce((s, a) => s + a.gzipBytes, 0),
    cssGzip: css.reduce((s, a) => s + a.gzipBytes, 0),
  };
}
