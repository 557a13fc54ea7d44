/**
 * The first painted map of this work tree beside another commit's, loads alternated in one browser so both
 * meet the same machine load (on a shared machine the absolute figures swing several-fold from minute to
 * minute; the difference between two builds measured in turn does not).
 *
 * Run: `npx tsx bench/firstMapSideBySide.ts [REF] [LOADS]` (REF defaults to main, LOADS to 8 warm loads each).
 * Prints, for each build, the warm median of: navigation → markers and every basemap tile of the article's
 * view drawn (two frames later), the map created, the article shown, the basemap's first full draw, and how
 * many basemap tiles were drawn before the first map.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { launchChromium } from '../test/e2e/support/browser';
import { ROOT } from '../test/e2e/support/server';

interface Load {
  painted: number;
  marks: Record<string, number>;
}

async function serve(root: string, outDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  await build({ root, configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await preview({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port: 0, open: false } });
  return { url: `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/`, close: () => server.close() };
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

/**
 * Build REF and this tree, serve both, alternate warm loads, print medians.
 * @example await runFirstMapSideBySide('main', 8);
 */
export async function runFirstMapSideBySide(ref = 'main', loads = 8): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'news-atlas-sbs-'));
  const other = join(work, 'tree');
  execFileSync('bash', ['-c', `mkdir -p "${other}" && git -C "${ROOT}" archive "${ref}" | tar -x -C "${other}"`]);
  symlinkSync(join(ROOT, 'node_modules'), join(other, 'node_modules'));
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const builds = { [ref]: await serve(other, join(work, 'dist-ref')), 'this tree': await serve(ROOT, join(work, 'dist-here')) };
  process.env.NODE_ENV = nodeEnv;
  const browser = await launchChromium();
  const results: Record<string, Load[]> = {};
  try {
    for (let i = 0; i <= loads; i++) {
      for (const [name, { url }] of Object.entries(builds)) {
        const page = await browser.context.newPage();
        await page.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
        await page.goto(url);
        const load = await page.evaluate(async () => {
          const until = (mark: string) =>
            new Promise<void>((resolve) => {
              const check = () => (performance.getEntriesByName(mark).length ? resolve() : setTimeout(check, 5));
              check();
            });
          await until('atlas:basemap-ready');
          await until('atlas:article-ready');
          while (!document.querySelector('.leaflet-marker-pane .place-marker') || document.querySelector('.basemap-tiles canvas:not(.leaflet-tile-loaded)')) {
            await new Promise((resolve) => setTimeout(resolve, 5));
          }
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const painted = performance.now();
          const marks: Record<string, number> = {};
          for (const m of performance.getEntriesByType('mark')) if (!(m.name in marks)) marks[m.name.replace('atlas:', '')] = m.startTime;
          marks.tiles = performance.getEntriesByName('atlas:basemap-tile').filter((e) => e.startTime < painted).length;
          return { painted, marks };
        });
        await page.close();
        // The first round fills the HTTP cache: a cold load, not counted.
        if (i > 0) results[name] = [...(results[name] ?? []), load];
      }
    }
  } finally {
    await browser.close();
    for (const b of Object.values(builds)) await b.close();
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`first painted map, side by side (${loads} warm loads each, alternated):`);
  for (const [name, runs] of Object.entries(results)) {
    const m = (key: string) => median(runs.map((r) => r.marks[key] ?? Number.NaN)).toFixed(0);
    console.log(
      `  ${name.padEnd(10)} median ${median(runs.map((r) => r.painted)).toFixed(0)} ms (${runs.map((r) => r.painted.toFixed(0)).join(', ')}); map created ${m('map-ready')}, article shown ${m('article-ready')}, basemap drawn ${m('basemap-ready')}, basemap tiles drawn ${m('tiles')}`,
    );
  }
}

/**
 * `npm run bench`'s call: this tree beside main.
 * @example await runSideBySideBench();
 */
export async function runSideBySideBench(): Promise<void> {
  await runFirstMapSideBySide('main', 6);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [ref, loads] = process.argv.slice(2);
  runFirstMapSideBySide(ref, loads ? Number(loads) : undefined).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
