/**
 * The self-contained map page's template, built beside the app: a second Vite build of standalone.html
 * with every script and style inlined (vite-plugin-singlefile), the tile worker replaced by main-thread
 * drawing and the basemap read from the page itself. The app fetches the template when someone exports
 * the page and fills in the map's data (src/app/lib/export/pageData.ts). The page's own CSP lets only its
 * own script run (by hash), loads nothing from the network, and allows images from data: and blob: only.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

export const PAGE_TEMPLATE_NAME = 'standalone.html';

/** Swap the app's preload module (worker warm-up, basemap URLs of the app's origin) for the page's own. */
function pagePreload(root: string): Plugin {
  const appPreload = resolve(root, 'src/app/data/preload.ts');
  const pagePreloadFile = resolve(root, 'src/standalone/preload.ts');
  return {
    name: 'news-atlas-page-preload',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.includes('preload')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && resolve(resolved.id) === appPreload ? pagePreloadFile : null;
    },
  };
}

/** Add a CSP that allows the page's inline module script by its hash, and nothing from the network. */
export function withPageCsp(html: string): string {
  const scripts = [...html.matchAll(/<script type="module"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const hashes = scripts.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`).join(' ');
  const csp = `default-src 'none'; script-src ${hashes}; style-src 'unsafe-inline'; img-src data: blob:; connect-src blob: data:; font-src data:; base-uri 'none'; form-action 'none'`;
  return html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`);
}

/**
 * Build the page template and return its HTML.
 * @example const html = await buildPageTemplate(process.cwd());
 */
export async function buildPageTemplate(root: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'news-atlas-page-'));
  try {
    await build({
      root,
      configFile: false,
      logLevel: 'warn',
      mode: 'production',
      plugins: [pagePreload(root), react(), viteSingleFile({ removeViteModuleLoader: true })],
      define: { __ATLAS_PAGE__: 'true' },
      build: { outDir, emptyOutDir: true, target: 'es2022', rollupOptions: { input: resolve(root, PAGE_TEMPLATE_NAME) } },
    });
    return withPageCsp(readFileSync(join(outDir, PAGE_TEMPLATE_NAME), 'utf8'));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * Vite plugins of the app: in a build, write standalone.html next to index.html once the app is built; in
 * the dev server, serve it (built on first request). Two plugins, because the dev server (and so vitest)
 * also calls closeBundle when it stops, and must not build the page then.
 */
export function standalonePage(): Plugin[] {
  let root = process.cwd();
  let outDir = 'dist';
  let devTemplate: Promise<string> | null = null;
  return [
    {
      name: 'news-atlas-standalone-page',
      apply: 'build',
      configResolved(config) {
        root = config.root;
        outDir = resolve(config.root, config.build.outDir);
      },
      async closeBundle() {
        if (this.environment && this.environment.name !== 'client') return;
        writeFileSync(join(outDir, PAGE_TEMPLATE_NAME), await buildPageTemplate(root));
      },
    },
    {
      name: 'news-atlas-standalone-page-dev',
      apply: 'serve',
      configResolved(config) {
        root = config.root;
      },
      configureServer(server) {
        server.middlewares.use(`/${PAGE_TEMPLATE_NAME}`, (_req, res, next) => {
          devTemplate ??= buildPageTemplate(root);
          devTemplate.then(
            (html) => {
              res.setHeader('Content-Type', 'text/html; charset=utf-8');
              res.end(html);
            },
            (error) => next(error),
          );
        });
      },
    },
  ];
}
