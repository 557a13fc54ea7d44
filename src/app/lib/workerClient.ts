/**
 * The app's side of the analysis worker: the worker (and with it the core pipeline and the gazetteer) is
 * created on first use only, so none of it is in the first bundle, and parsing never blocks the page.
 */
import type { AtlasCollection } from '../../core/geojson/types';
import type { ArticleMeta, Result } from '../../core/types';
import type { AnalyzeRequest, WorkerReply } from '../../worker/protocol';

/** Longest an analysis may take before the worker is stopped and an error shown. */
export const ANALYZE_TIMEOUT_MS = 60_000;

let worker: Worker | null = null;
let nextId = 1;

function getWorker(): Worker {
  worker ??= new Worker(new URL('../../worker/atlas.worker.ts', import.meta.url), { type: 'module', name: 'news-atlas' });
  return worker;
}

/**
 * Analyse article text off the main thread.
 * @example const result = await analyzeInWorker('Lavrov flew to Pyongyang.'); if (result.ok) show(result.value);
 */
export function analyzeInWorker(text: string, meta?: Partial<ArticleMeta>): Promise<Result<AtlasCollection>> {
  const w = getWorker();
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      cleanup();
      w.terminate();
      worker = null;
      resolve({ ok: false, error: `The analysis took longer than ${ANALYZE_TIMEOUT_MS / 1000} s and was stopped.` });
    }, ANALYZE_TIMEOUT_MS);
    const onMessage = (event: MessageEvent<WorkerReply>) => {
      if (event.data.id !== id) return;
      cleanup();
      resolve(event.data.type === 'result' ? { ok: true, value: event.data.collection } : { ok: false, error: event.data.error });
    };
    const onError = (event: ErrorEvent) => {
      cleanup();
      worker = null;
      w.terminate();
      resolve({ ok: false, error: `The analysis worker failed: ${event.message || 'unknown error'}` });
    };
    const cleanup = () => {
      clearTimeout(timer);
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    const request: AnalyzeRequest = { type: 'analyze', id, text, meta };
    w.postMessage(request);
  });
}
