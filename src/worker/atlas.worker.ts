/// <reference lib="webworker" />
/**
 * The analysis Web Worker: runs the pure core pipeline off the main thread. The gazetteer (a few MB) and the
 * border lines are fetched from the app's own origin on the first request only and kept for the next ones.
 */
import bordersUrl from '../../data/borders.geojson?url';
import gazetteerUrl from '../../data/gazetteer.bin?url';
import { Gazetteer } from '../core/gazetteer/gazetteer';
import type { BorderFeature } from '../core/geojson/types';
import type { AtlasResources } from '../core/pipeline';
import { createHandler } from './handler';
import type { WorkerRequest } from './protocol';
import { fromWire, toWire } from './wire';

declare const self: DedicatedWorkerGlobalScope;

async function loadGazetteer(): Promise<Gazetteer> {
  const response = await fetch(gazetteerUrl);
  if (!response.ok) throw new Error(`could not load the gazetteer (HTTP ${response.status})`);
  return Gazetteer.fromBytes(await response.arrayBuffer());
}

/** Border lines are optional: without them the article's places are still mapped. */
async function loadBorders(): Promise<BorderFeature[]> {
  try {
    const response = await fetch(bordersUrl);
    if (!response.ok) return [];
    const fc = (await response.json()) as { features?: BorderFeature[] };
    return Array.isArray(fc.features) ? fc.features : [];
  } catch {
    return [];
  }
}

/**
 * The long tail's shards, each its own asset: only the shard a qualified small place needs is fetched (and the
 * browser caches it), never the lot.
 */
const shardUrls = import.meta.glob('../../data/longtail/*.json', { query: '?url', import: 'default' }) as Record<string, () => Promise<string>>;

async function loadShard(id: string): Promise<unknown> {
  const url = shardUrls[`../../data/longtail/${id}.json`];
  if (!url) throw new Error(`no long-tail shard ${id}`);
  const response = await fetch(await url());
  if (!response.ok) throw new Error(`could not load long-tail shard ${id} (HTTP ${response.status})`);
  return response.json();
}

async function loadResources(): Promise<AtlasResources> {
  const [gazetteer, borders] = await Promise.all([loadGazetteer(), loadBorders()]);
  return { gazetteer, borders, longTail: loadShard };
}

const handle = createHandler(loadResources);

const REQUEST_TYPES: ReadonlySet<unknown> = new Set(['analyze', 'search', 'candidates']);

self.addEventListener('message', async (event: MessageEvent<unknown>) => {
  const request = fromWire<WorkerRequest>(event.data);
  if (!REQUEST_TYPES.has(request?.type)) return;
  // An analysis' answer leaves out the text the page sent (it has it).
  const { message, transfer } = toWire(await handle(request), request.type === 'analyze' ? request.text : undefined);
  self.postMessage(message, transfer);
});
