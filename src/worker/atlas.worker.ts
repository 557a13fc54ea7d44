/// <reference lib="webworker" />
/**
 * The analysis Web Worker: runs the pure core pipeline off the main thread. The gazetteer (a few MB) is
 * fetched from the app's own origin on the first request only and kept for the following ones.
 */
import { Gazetteer } from '../core/gazetteer/gazetteer';
import { analyzeArticle } from '../core/pipeline';
import gazetteerUrl from '../../data/gazetteer.json?url';
import type { AnalyzeRequest, WorkerReply } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

let gazetteer: Promise<Gazetteer> | null = null;

async function loadGazetteer(): Promise<Gazetteer> {
  const response = await fetch(gazetteerUrl);
  if (!response.ok) throw new Error(`could not load the gazetteer (HTTP ${response.status})`);
  return Gazetteer.fromData(await response.json());
}

self.addEventListener('message', async (event: MessageEvent<AnalyzeRequest>) => {
  const request = event.data;
  if (request?.type !== 'analyze') return;
  const started = performance.now();
  let reply: WorkerReply;
  try {
    gazetteer ??= loadGazetteer();
    const gaz = await gazetteer.catch((error) => {
      gazetteer = null; // let a later request retry
      throw error;
    });
    const collection = analyzeArticle(request.text, { gazetteer: gaz }, request.meta);
    reply = { type: 'result', id: request.id, collection, ms: performance.now() - started };
  } catch (error) {
    reply = { type: 'error', id: request.id, error: `Could not analyse the article: ${(error as Error).message}` };
  }
  self.postMessage(reply);
});
