/**
 * Long-tail benchmark: what a qualified small town costs (the one shard it reads: size, read + parse time,
 * whole analysis) and what an article that needs none pays (no shard read; the scan for qualified names).
 * Node reads shards from disk; the browser fetches the same files as assets.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { shardOf } from '../src/core/gazetteer/longTail';
import { LONG_TAIL_DIR, loadGazetteerSync, readLongTailShard } from '../src/core/gazetteer/node';
import { longTailNeeds } from '../src/core/geoparse/longTail';
import { analyzeArticle, analyzeArticleAsync } from '../src/core/pipeline';
import { median, timeMs } from './timing';

const SEED = 'seeds/000_b76ed577badf652c.txt';
const QUALIFIED = 'COLUMBIA, Ky. (AP) — Volunteers cleared storm debris from the courthouse square on Saturday, the mayor said.';
/** A village the text does not qualify, in a state it names: the second look's one shard. */
const LOCAL = 'Louisiana state troopers said the fire in Mansfield destroyed two homes on Tuesday.';

export async function runLongTailBench(): Promise<void> {
  const gazetteer = loadGazetteerSync();
  const files = readdirSync(LONG_TAIL_DIR).filter((f) => f.endsWith('.json'));
  const sizes = files.map((f) => statSync(`${LONG_TAIL_DIR}/${f}`).size).sort((a, b) => a - b);
  const kib = (n: number) => (n / 1024).toFixed(1);
  const shard = shardOf('columbia');
  const shardText = readFileSync(`${LONG_TAIL_DIR}/${shard}.json`);
  console.log('== long tail (Node) ==');
  console.log(
    `shards: ${files.length}, ${kib(sizes.reduce((a, b) => a + b, 0))} KiB in all; one shard median ${kib(median(sizes))} KiB ` +
      `(max ${kib(sizes.at(-1)!)} KiB); the Columbia shard ${kib(shardText.length)} KiB, ${kib(gzipSync(shardText).length)} KiB gzip`,
  );

  // An article that needs nothing: no shard is read, and the scan for qualified names is all it pays.
  const seed = readFileSync(SEED, 'utf8');
  let reads = 0;
  const counting = (id: string) => {
    reads++;
    return readLongTailShard(id);
  };
  const sync = timeMs(() => analyzeArticle(seed, { gazetteer }), 100);
  const asyncTimes: number[] = [];
  for (let i = 0; i < 100; i++) {
    const t = performance.now();
    await analyzeArticleAsync(seed, { gazetteer, longTail: counting });
    asyncTimes.push(performance.now() - t);
  }
  const scan = timeMs(() => longTailNeeds(seed, gazetteer), 300);
  console.log(
    `seed article: ${reads} shard reads; whole pipeline ${sync.toFixed(2)} ms without the long tail, ${median(asyncTimes).toFixed(2)} ms with it ` +
      `(the scan for qualified names: ${scan.toFixed(3)} ms)`,
  );

  // A qualified small town: one shard read from disk (cold, then warm from the OS cache) and parsed.
  reads = 0;
  const firstT = performance.now();
  const fc = await analyzeArticleAsync(QUALIFIED, { gazetteer, longTail: counting });
  const first = performance.now() - firstT;
  const town = fc.features.find((f) => f.properties.kind === 'place' && f.properties.name === 'Columbia');
  const readTimes: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    await readLongTailShard(shard);
    readTimes.push(performance.now() - t);
  }
  const whole: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    await analyzeArticleAsync(QUALIFIED, { gazetteer, longTail: readLongTailShard });
    whole.push(performance.now() - t);
  }
  console.log(
    `"COLUMBIA, Ky." article: ${reads} shard read (${shard}.json) → ${town ? `${town.properties.name}, ${(town.properties as { placeType: string }).placeType}` : 'not found'}; ` +
      `first analysis ${first.toFixed(1)} ms; shard read + parse ${median(readTimes).toFixed(2)} ms (warm); whole analysis ${median(whole).toFixed(2)} ms (target: at most one shard)`,
  );

  // The second look: an unqualified village of a state the article names.
  reads = 0;
  const local = await analyzeArticleAsync(LOCAL, { gazetteer, longTail: counting });
  const village = local.features.find((f) => f.properties.kind === 'place' && f.properties.name === 'Mansfield');
  const localShard = readFileSync(`${LONG_TAIL_DIR}/${shardOf('mansfield')}.json`);
  const localTimes: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    await analyzeArticleAsync(LOCAL, { gazetteer, longTail: readLongTailShard });
    localTimes.push(performance.now() - t);
  }
  const localSync = timeMs(() => analyzeArticle(LOCAL, { gazetteer }), 30);
  console.log(
    `"Louisiana … Mansfield" article (second look): ${reads} shard read (${shardOf('mansfield')}.json, ${kib(localShard.length)} KiB, ` +
      `${kib(gzipSync(localShard).length)} KiB gzip) → ${village ? `Mansfield, ${(village.properties as { admin1Name?: string }).admin1Name}` : 'not found'}; ` +
      `whole analysis ${median(localTimes).toFixed(2)} ms warm (${localSync.toFixed(2)} ms without the long tail)`,
  );
}
