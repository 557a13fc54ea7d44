/** Node-only loading of the committed gazetteer (CLI, tests, benchmarks). The browser loads it in the worker. */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Gazetteer } from './gazetteer';

export const GAZETTEER_PATH = fileURLToPath(new URL('../../../data/gazetteer.bin', import.meta.url));
export const LONG_TAIL_DIR = fileURLToPath(new URL('../../../data/longtail/', import.meta.url));

let cached: Gazetteer | undefined;

/** Loads data/gazetteer.bin once per process. */
export function loadGazetteerSync(path = GAZETTEER_PATH): Gazetteer {
  if (path === GAZETTEER_PATH && cached) return cached;
  // Read into one buffer and used in place: no string of the file, no parse.
  const g = Gazetteer.fromBytes(readFileSync(path));
  if (path === GAZETTEER_PATH) cached = g;
  return g;
}

/**
 * Reads one long-tail shard (data/longtail/xx.json) from disk: the CLI's ShardLoader.
 *
 * @example const shard = await readLongTailShard('3e');
 */
export async function readLongTailShard(id: string, dir = LONG_TAIL_DIR): Promise<unknown> {
  if (!/^[0-9a-f]{2}$/.test(id)) throw new Error(`not a long-tail shard id: ${id}`);
  return JSON.parse(await readFile(`${dir}/${id}.json`, 'latin1'));
}
