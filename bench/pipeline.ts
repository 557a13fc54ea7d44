/**
 * Whole-pipeline benchmark (geoparse, story, borders, claims): the seed article, a corpus's articles per
 * second on one core (e.g. `npm run bench -- ../shared/eval/trnews.jsonl`), and the growth table on large
 * input — prose, repeated journeys and repeated figures at 0.25, 0.5, 1, 2 and 10 MB. Linear means flat
 * ms/MB; the target is ≤ 2 s per MB. A size is skipped once the previous one of its kind took over a minute.
 * The corpus is the path given, else NEWS_ATLAS_TRNEWS, else ../shared/eval/trnews.jsonl when present; without
 * one the corpus line says it was skipped. Run alone with `npx tsx bench/pipeline.ts [CORPUS.jsonl] [--max-mb N]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadResourcesSync } from '../src/cli/resources';
import { analyzeArticle } from '../src/core/pipeline';
import { median, timeMs } from './timing';

const SEED = 'seeds/000_b76ed577badf652c.txt';
const SIZES_MB = [0.25, 0.5, 1, 2, 10];
/** Each kind is run once at this size before it is timed. */
const WARM_UP_MB = 0.1;
/** Sizes up to this are timed twice, the better run counted. */
const BEST_OF_TWO_UP_TO_MB = 2;
/** Past this, a larger size of the same kind would take minutes: the table says "skipped" instead. */
const GIVE_UP_MS = 60_000;

/** The three kinds of large input: ordinary prose, one journey sentence repeated, one figure repeated. */
function growthTexts(seed: string): Record<string, string> {
  return {
    'prose (the seed repeated)': seed,
    'repeated journeys': 'Lavrov flew from Moscow to Paris. ',
    'repeated figures': 'Moscow is 5799km from Beijing and the border is 18km long. ',
  };
}

/** Where TR-News lies when neither an argument nor NEWS_ATLAS_TRNEWS names it: the shared eval folder beside the repository. */
const DEFAULT_TRNEWS = '../shared/eval/trnews.jsonl';

/**
 * The corpus to time: the path given, else NEWS_ATLAS_TRNEWS, else TR-News beside the repository; undefined
 * (with the reason) when none of them exists, so the bench skips the corpus instead of failing.
 *
 * @example corpusToTime(undefined, {}) // → { path: '../shared/eval/trnews.jsonl' } when the eval folder is there
 */
export function corpusToTime(given: string | undefined, env: NodeJS.ProcessEnv = process.env): { path?: string; skipped?: string } {
  const wanted = given ?? env.NEWS_ATLAS_TRNEWS;
  if (wanted) return existsSync(wanted) ? { path: wanted } : { skipped: `${wanted} not found` };
  return existsSync(DEFAULT_TRNEWS) ? { path: DEFAULT_TRNEWS } : { skipped: `no corpus given and ${DEFAULT_TRNEWS} not found` };
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1));

/** CPU ms (user + system) of one call: steadier than wall time on a shared, loaded machine. */
function cpuMs(fn: () => unknown): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/**
 * Prints the whole pipeline's figures.
 *
 * @example await runPipelineBench('../shared/eval/trnews.jsonl') // "corpus …: 118 articles, 412 articles/s …"
 */
export function runPipelineBench(corpusPath?: string, maxMb = 10): void {
  const resources = loadResourcesSync();
  const seed = readFileSync(SEED, 'utf8');
  console.log('== whole pipeline (Node, one core) ==');
  const seedMs = timeMs(() => analyzeArticle(seed, resources), 500, 100);
  const seedCpu = median(Array.from({ length: 300 }, () => cpuMs(() => analyzeArticle(seed, resources))));
  console.log(`seed article: ${fmt(seedMs)} ms/article median wall, ${fmt(seedCpu)} ms median CPU (target ≤ 3 ms)`);
  const corpus = corpusToTime(corpusPath);
  if (!corpus.path) console.log(`corpus: skipped (${corpus.skipped}; pass a path or set NEWS_ATLAS_TRNEWS, e.g. ../shared/eval/trnews.jsonl)`);
  else {
    const corpusPath = corpus.path;
    const rows = readFileSync(corpusPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: string; text: string });
    const run = () => cpuMs(() => {
      for (const r of rows) analyzeArticle(r.text, resources, { id: String(r.id) });
    });
    run();
    const ms = median([run(), run(), run()]);
    const mb = rows.reduce((s, r) => s + r.text.length, 0) / 2 ** 20;
    console.log(
      `corpus ${corpusPath}: ${rows.length} articles, ${fmt(ms / rows.length)} CPU ms/article, ${((rows.length * 1000) / ms).toFixed(0)} articles per second on one core (CPU time), ${(mb / (ms / 1000)).toFixed(2)} MB/s`,
    );
  }
  console.log('growth, whole pipeline, CPU time, the better of two runs up to 2 MB (linear means flat ms/MB; target ≤ 2000 ms/MB):');
  const textOf = (unit: string, size: number) => {
    const chars = Math.round(size * 2 ** 20);
    return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
  };
  for (const [kind, unit] of Object.entries(growthTexts(seed))) {
    // Once untimed first: the first large input of a kind also pays for compiling the code it reaches
    // (it showed as a dearer first column: 0.25 MB at twice the ms/MB of the rest).
    analyzeArticle(textOf(unit, WARM_UP_MB), resources, { id: 'warm-up' });
    const cells: string[] = [];
    let last = 0;
    for (const size of SIZES_MB.filter((s) => s <= maxMb)) {
      if (last > GIVE_UP_MS) {
        cells.push(`${size} MB skipped`);
        continue;
      }
      const text = textOf(unit, size);
      const timed = () => {
        // The previous run's garbage is collected now, not charged to this one (npm run bench exposes gc).
        (globalThis as { gc?: () => void }).gc?.();
        return cpuMs(() => analyzeArticle(text, resources, { id: 'growth' }));
      };
      // The better of two runs up to 2 MB: a first run at a new size still paid for compiling and for the
      // heap growing (0.25 MB ran at twice the ms/MB of the sizes after it); 10 MB runs once.
      last = size <= BEST_OF_TWO_UP_TO_MB ? Math.min(timed(), timed()) : timed();
      cells.push(`${size} MB ${(last / 1000).toFixed(2)} s (${(last / size).toFixed(0)} ms/MB)`);
    }
    console.log(`  ${kind.padEnd(26)} ${cells.join(', ')}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const maxAt = args.indexOf('--max-mb');
  const maxMb = maxAt >= 0 ? Number(args[maxAt + 1]) : 10;
  runPipelineBench(args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '--max-mb'), maxMb);
}
