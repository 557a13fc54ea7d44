/**
 * Prints how long one fresh process takes to load the gazetteer (read + JSON.parse + index), in ms, and the
 * heap it holds. Run by bench/core.ts in several fresh processes: a cold load is what the CLI pays.
 */
import { performance } from 'node:perf_hooks';
import { GAZETTEER_PATH, loadGazetteerSync } from '../src/core/gazetteer/node';

const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
const gaz = loadGazetteerSync(GAZETTEER_PATH);
const ms = performance.now() - t0;
global.gc?.();
const heapMb = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
console.log(JSON.stringify({ ms, heapMb, places: gaz.size }));
