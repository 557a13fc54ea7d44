/**
 * Gazetteer search per keystroke in the browser's analysis worker (issue 9, part 5): the built app's own
 * worker, started in a page of the app, answers the same typed prefixes as the Node figures in
 * bench/edits.ts (every prefix of 60 names spread over the gazetteer), one request at a time as a person
 * types. Printed: the worker's own time per search (p50/p95; target p95 ≤ 30 ms) and the round trip from the
 * page (post → answer received), after the first request has loaded the gazetteer and built the index.
 * Run alone with `npx tsx bench/workerSearch.ts`, or within `npx tsx bench/browser.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadResourcesSync } from '../src/cli/resources';
import { searchContextOf } from '../src/core/edits/candidates';
import { analyzeArticle } from '../src/core/pipeline';
import type { Browser } from '../test/e2e/support/browser';
import { keystrokes } from './edits';

const SEED = 'seeds/000_b76ed577badf652c.txt';
const NAMES = 60;

const quantile = (values: number[], q: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : Number.NaN;
};
const ms = (v: number) => (v < 10 ? `${v.toFixed(2)} ms` : `${v.toFixed(1)} ms`);

/**
 * Print the in-worker search figures for the app built into `outDir` and served at `url`.
 * @example await runWorkerSearchBench(app.url, app.outDir, browser);
 */
export async function runWorkerSearchBench(url: string, outDir: string, browser: Browser): Promise<void> {
  const worker = readdirSync(join(outDir, 'assets')).find((f) => /^atlas\.worker-.*\.js$/.test(f));
  if (!worker) {
    console.log('gazetteer search in the worker: skipped (no worker in the build)');
    return;
  }
  const resources = loadResourcesSync();
  const typed = keystrokes(resources.gazetteer, NAMES);
  const context = searchContextOf(analyzeArticle(readFileSync(SEED, 'utf8'), resources));
  const page = await browser.context.newPage();
  await page.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  await page.goto(url);
  const figures = await page.evaluate(
    async ({ workerUrl, typed, context }) => {
      const w = new Worker(workerUrl, { type: 'module' });
      let id = 0;
      const ask = (query: string) =>
        new Promise<{ roundTrip: number; inWorker: number; found: number }>((resolve, reject) => {
          const mine = ++id;
          const t0 = performance.now();
          const onMessage = (e: MessageEvent) => {
            if (e.data?.id !== mine) return;
            w.removeEventListener('message', onMessage);
            if (e.data.type !== 'search-result') reject(new Error(e.data.error ?? 'no answer'));
            else resolve({ roundTrip: performance.now() - t0, inWorker: e.data.ms, found: e.data.matches.length });
          };
          w.addEventListener('message', onMessage);
          w.postMessage({ type: 'search', id: mine, query, context });
        });
      // The first request loads the gazetteer and builds the index (an empty query finds nothing).
      const first = await ask('');
      const runs = [];
      for (const q of typed) runs.push(await ask(q));
      w.terminate();
      return { firstMs: first.roundTrip, runs };
    },
    { workerUrl: new URL(`assets/${worker}`, url).href, typed, context },
  );
  await page.close();
  const inWorker = figures.runs.map((r) => r.inWorker);
  const roundTrip = figures.runs.map((r) => r.roundTrip);
  const short = figures.runs.filter((_, i) => typed[i]!.length === 2).map((r) => r.inWorker);
  console.log(
    `gazetteer search per keystroke in the app's worker (${typed.length} typed prefixes of ${NAMES} names): in the worker p50 ${ms(quantile(inWorker, 0.5))}, p95 ${ms(quantile(inWorker, 0.95))}, max ${ms(Math.max(...inWorker))}; round trip from the page p50 ${ms(quantile(roundTrip, 0.5))}, p95 ${ms(quantile(roundTrip, 0.95))}  target p95 ≤ 30 ms`,
  );
  console.log(
    `  two-letter prefixes (the widest): in the worker p95 ${ms(quantile(short, 0.95))}; first request (loads the gazetteer, builds the index): ${ms(figures.firstMs)}; ${figures.runs.filter((r) => r.found > 0).length} of ${typed.length} found places`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { buildAndServe } = await import('../test/e2e/support/server');
  const { launchChromium } = await import('../test/e2e/support/browser');
  const app = await buildAndServe();
  const browser = await launchChromium();
  try {
    await runWorkerSearchBench(app.url, app.outDir, browser);
  } finally {
    await browser.close();
    await app.close();
  }
}
