/**
 * Prints how long one fresh process takes to load the gazetteer (read the file + index it), in ms, the memory it
 * holds (JS heap and the file's buffer), and then how long that process's first geoparse of the seed article
 * takes: loading work moved to first use would show there. Run by bench/core.ts in several fresh processes: a
 * cold load is what the CLI pays.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { GAZETTEER_PATH, loadGazetteerSync } from '../src/core/gazetteer/node';
import { geoparse } from '../src/core/geoparse';

const seed = readFileSync(new URL('../seeds/000_b76ed577badf652c.txt', import.meta.url), 'utf8');
global.gc?.();
const mem0 = process.memoryUsage();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const gaz = loadGazetteerSync(GAZETTEER_PATH);
const ms = performance.now() - t0;
// CPU time too: on a shared machine the wall time also holds the time the process waited for a core.
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
global.gc?.();
const mem1 = process.memoryUsage();
const t1 = performance.now();
const places = geoparse(seed, gaz).length;
const firstParseMs = performance.now() - t1;
const mb = (bytes: number) => bytes / 2 ** 20;
console.log(
  JSON.stringify({
    ms,
    cpuMs,
    heapMb: mb(mem1.heapUsed - mem0.heapUsed),
    // The file's bytes and the typed arrays of the index live outside the JS heap.
    offHeapMb: mb(mem1.arrayBuffers - mem0.arrayBuffers),
    places: gaz.size,
    firstParseMs,
    seedPlaces: places,
  }),
);
