/**
 * Story benchmark: extraction time on the seed article (on the places the real geoparser finds), the whole
 * pipeline beside it (target ≤ 5 ms after load), the fixture stories, and growth on large input.
 * Run alone with `npx tsx bench/story.ts`, or as part of `npm run bench`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { loadResourcesSync } from '../src/cli/resources';
import { geoparse } from '../src/core/geoparse';
import { analyzeArticle } from '../src/core/pipeline';
import { extractStory } from '../src/core/story';
import { capitalLookup } from '../src/core/story/gazetteerCapitals';
import { timeMs } from './timing';

const SEED = 'seeds/000_b76ed577badf652c.txt';
const FIXTURES = 'test/fixtures/stories/in';



/** Mean CPU ms per call (user + system): steadier than wall time on a shared, loaded machine. */
function cpu(fn: () => unknown, runs: number): number {
  const c0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000 / runs;
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1));

/**
 * Prints story extraction figures.
 *
 * @example await runStoryBench() // "story extraction 0.4 ms/article …"
 */
export function runStoryBench(): void {
  const resources = loadResourcesSync();
  const gaz = resources.gazetteer;
  const capitalOf = capitalLookup(gaz);
  const seed = readFileSync(SEED, 'utf8');
  const meta = { id: 'seed', title: 'seed', published: '2018-04-10' };
  const places = geoparse(seed, gaz);
  const storyFn = () => extractStory(seed, places, meta, { capitalOf });
  const parseFn = () => geoparse(seed, gaz);
  const wholeFn = () => analyzeArticle(seed, resources);
  const story = timeMs(storyFn, 1000, 300);
  const parse = timeMs(parseFn, 1000, 300);
  const whole = timeMs(wholeFn, 1000, 300);
  const [storyCpu, parseCpu, wholeCpu] = [cpu(storyFn, 1000), cpu(parseFn, 1000), cpu(wholeFn, 1000)];
  const s = extractStory(seed, places, meta, { capitalOf });
  console.log('== story (Node) ==');
  console.log(`seed article (${seed.length} chars): ${s.routes.length} routes, ${s.events.length} events, ${s.actors.length} people`);
  console.log('                            median wall   mean CPU');
  console.log(`  story extraction          ${fmt(story).padStart(8)} ms  ${fmt(storyCpu).padStart(8)} ms/article (routes with great-circle geometry, three distance models)`);
  console.log(`  geoparse                  ${fmt(parse).padStart(8)} ms  ${fmt(parseCpu).padStart(8)} ms/article`);
  console.log(`  whole pipeline            ${fmt(whole).padStart(8)} ms  ${fmt(wholeCpu).padStart(8)} ms/article (target ≤ 5 ms after load)`);
  console.log(`  machine load average      ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores (wall figures inflate under load)`);

  let total = 0;
  let n = 0;
  for (const f of readdirSync(FIXTURES).filter((x) => x.endsWith('.txt'))) {
    const text = readFileSync(`${FIXTURES}/${f}`, 'utf8');
    const p = geoparse(text, gaz);
    total += timeMs(() => extractStory(text, p, meta, { capitalOf }), 200, 200);
    n++;
  }
  console.log(`  fixture stories           ${fmt(total / Math.max(1, n))} ms/article on average over ${n} (real geoparser places)`);

  // Growth: the seed repeated k times should cost about k times as much (no quadratic pass).
  const rows: string[] = [];
  for (const k of [1, 8, 64]) {
    const text = Array.from({ length: k }, () => seed).join('\n');
    const p = geoparse(text, gaz);
    const ms = timeMs(() => extractStory(text, p, meta, { capitalOf }), k === 64 ? 5 : 30, 2);
    rows.push(`×${k}: ${fmt(ms)} ms (${fmt(ms / k)} ms per copy)`);
  }
  console.log(`  growth on repeated seed   ${rows.join(', ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) runStoryBench();
