/**
 * Geoparser benchmark: gazetteer load time and heap, parse time per article on the seed (and on a corpus
 * when its path is given), throughput in MB/s, linear growth on large input — side by side with compromise's
 * `.places()` (the peer) on the same texts.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { Gazetteer } from '../src/core/gazetteer/gazetteer';
import { GAZETTEER_PATH } from '../src/core/gazetteer/node';
import { geoparse } from '../src/core/geoparse';
import { analyzeArticle } from '../src/core/pipeline';
import { median, timeMs } from './timing';

const SEED = 'seeds/000_b76ed577badf652c.txt';
/** Cold loads measured, each in its own process: the median of seven is steady enough on a shared machine. */
const FRESH_PROCESSES = 7;



const fmt = (ms: number) => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1));

export async function runCoreBench(corpusPath?: string): Promise<void> {
  // Cold loads in fresh processes (what the CLI pays), then one in this process for the parse figures.
  const loads = Array.from({ length: FRESH_PROCESSES }, () => {
    const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/load-gazetteer.ts'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`gazetteer load failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop()!) as { ms: number; cpuMs: number; heapMb: number; offHeapMb: number; places: number; firstParseMs: number };
  });
  const gaz = Gazetteer.fromBytes(readFileSync(GAZETTEER_PATH));
  const loadMs = loads.map((l) => l.ms).sort((a, b) => a - b);
  const firstMs = loads.map((l) => l.firstParseMs).sort((a, b) => a - b);
  const cpuMs = loads.map((l) => l.cpuMs).sort((a, b) => a - b);
  const totalMs = loads.map((l) => l.ms + l.firstParseMs).sort((a, b) => a - b);
  console.log('== geoparser (Node) ==');
  console.log(
    `gazetteer load, ${FRESH_PROCESSES} fresh processes: median ${median(loadMs).toFixed(0)} ms (min ${loadMs[0]!.toFixed(0)}, max ${loadMs.at(-1)!.toFixed(0)}; ` +
      `read + index; target ≤ 150 ms; CPU time median ${median(cpuMs).toFixed(0)} ms), heap ${loads[0]!.heapMb.toFixed(1)} MB + ${loads[0]!.offHeapMb.toFixed(1)} MB off-heap, ${gaz.size} places, ` +
      `${(gzipSync(readFileSync(GAZETTEER_PATH), { level: 9 }).length / 1024).toFixed(0)} KiB gzip (target ≤ 1 MB)`,
  );
  console.log(
    `  then the seed's first geoparse in the same process: median ${median(firstMs).toFixed(0)} ms (min ${firstMs[0]!.toFixed(0)}, max ${firstMs.at(-1)!.toFixed(0)}); ` +
      `load + first article: median ${median(totalMs).toFixed(0)} ms`,
  );

  const seed = readFileSync(SEED, 'utf8');
  const ours = timeMs(() => geoparse(seed, gaz), 300);
  const pipeline = timeMs(() => analyzeArticle(seed, { gazetteer: gaz }), 300);
  const peer = timeMs(() => nlp(seed).places().out('array'), 30, 5);
  console.log(`seed article (${seed.length} chars):`);
  console.log(`  news-atlas geoparse      ${fmt(ours)} ms/article (target ≤ 1 ms)`);
  console.log(`  news-atlas whole pipeline ${fmt(pipeline)} ms/article (target ≤ 5 ms)`);
  console.log(`  compromise .places()     ${fmt(peer)} ms/article`);
  console.log(`  speed-up                 ${(peer / ours).toFixed(1)}× (target ≥ 20×)`);

  if (corpusPath) {
    const texts = readFileSync(corpusPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text);
    const chars = texts.reduce((s, t) => s + t.length, 0);
    const runCorpus = (fn: (t: string) => unknown) => {
      const t = performance.now();
      for (const text of texts) fn(text);
      return performance.now() - t;
    };
    runCorpus((t) => geoparse(t, gaz));
    const oursMs = median([0, 1, 2].map(() => runCorpus((t) => geoparse(t, gaz))));
    const peerMs = runCorpus((t) => nlp(t).places().out('array'));
    const mb = chars / 2 ** 20;
    console.log(`corpus ${corpusPath} (${texts.length} articles, ${mb.toFixed(2)} MB):`);
    console.log(`  news-atlas  ${(oursMs / texts.length).toFixed(3)} ms/article, ${(mb / (oursMs / 1000)).toFixed(2)} MB/s`);
    console.log(`  compromise  ${(peerMs / texts.length).toFixed(3)} ms/article, ${(mb / (peerMs / 1000)).toFixed(2)} MB/s`);
    console.log(`  speed-up    ${(peerMs / oursMs).toFixed(1)}×`);
  }

  console.log('growth on repeated seed text (linear means constant ms/MB):');
  for (const mb of [1, 4, 10]) {
    const text = seed.repeat(Math.ceil((mb * 2 ** 20) / seed.length)).slice(0, mb * 2 ** 20);
    const t = performance.now();
    geoparse(text, gaz);
    const ms = performance.now() - t;
    console.log(`  ${String(mb).padStart(2)} MB: ${ms.toFixed(0)} ms, ${(ms / mb).toFixed(0)} ms/MB, ${(mb / (ms / 1000)).toFixed(2)} MB/s`);
  }
}
