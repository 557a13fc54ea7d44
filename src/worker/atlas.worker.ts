/// <reference lib="webworker" />
/**
 * The analysis Web Worker: runs the pure core pipeline off the main thread. The gazetteer (a few MB) and the
 * border lines are fetched from the app's own origin on the first request only and kept for the next ones.
 */
import { Gazetteer } from '../core/gazetteer/gazetteer';
import { analyzeArticle } from '../core/pipeline';
import bordersUrl from '../../data/borders.geojson?url';
import gazetteerUrl from '../../data/gazetteer.json?url';
import type { BorderFeature } from '../core/geojson/types';
import type { AnalyzeRequest, WorkerReply } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

let gazetteer: Promise<Gazetteer> | null = null;
let borders: Promise<BorderFeature[]> | null = null;

async function loadGazetteer(): Promise<Gazetteer> {
  const response = await fetch(gazetteerUrl);
  if (!response.ok) throw new Error(`could not load the gazetteer (HTTP ${response.status})`);
  return Gazetteer.fromData(await response.json());
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

self.addEventListener('message', async (event: MessageEvent<AnalyzeRequest>) => {
  const request = event.data;
  if (request?.type !== 'analyze') return;
  const started = performance.now();
  let reply: WorkerReply;
  try {
    gazetteer ??= loadGazetteer();
    borders ??= loadBorders();
    const [gaz, lines] = await Promise.all([
      gazetteer.catch((error) => {
        gazetteer = null; // let a later request retry
        throw error;
      }),
      borders,
    ]);
    const collection = analyzeArticle(request.text, { gazetteer: gaz, borders: lines }, request.meta);
    reply = { type: 'result', id: request.id, collection, ms: performance.now() - started };
  } catch (error) {
    reply = { type: 'error', id: request.id, error: `Could not analyse the article: ${(error as Error).message}` };
  }
  self.postMessage(reply);
});
