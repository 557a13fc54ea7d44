/**
 * The app's side of the analysis worker: the worker (and with it the core pipeline and the gazetteer) is
 * created on first use only, so none of it is in the first bundle, and parsing never blocks the page.
 */
import type { CorrectionsMemory } from '../../core/edits/memory';
import type { SearchContext } from '../../core/gazetteer/search';
import type { AtlasCollection } from '../../core/geojson/types';
import type { ArticleMeta, Result } from '../../core/types';
import type { AnyWorkerReply, CandidatesReply, SearchReply, WorkerReply, WorkerRequest } from '../../worker/protocol';
import { fromWireInSlices, toWire } from '../../worker/wire';
import { type ChoiceView, candidateView, matchView } from './placeChoices';

/** Longest an analysis may take before the worker is stopped and an error shown. */
export const ANALYZE_TIMEOUT_MS = 60_000;

/** Lets the browser run its other tasks (input, drawing) before the next slice of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let worker: Worker | null = null;
let nextId = 1;

function getWorker(): Worker {
  worker ??= new Worker(new URL('../../worker/atlas.worker.ts', import.meta.url), { type: 'module', name: 'news-atlas' });
  return worker;
}

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/** Send one request and wait for the reply with its id (or a timeout, or the worker failing). */
function ask<Reply extends AnyWorkerReply, T>(request: DistributiveOmit<WorkerRequest, 'id'>, read: (reply: Reply) => Result<T>, what: string): Promise<Result<T>> {
  const w = getWorker();
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      cleanup();
      w.terminate();
      worker = null;
      resolve({ ok: false, error: `The ${what} took longer than ${ANALYZE_TIMEOUT_MS / 1000} s and was stopped.` });
    }, ANALYZE_TIMEOUT_MS);
    const onMessage = (event: MessageEvent<unknown>) => {
      if ((event.data as { id?: unknown } | null)?.id !== id) return;
      cleanup();
      // A long article's analysis is unpacked a slice per task: the page answers in between.
      fromWireInSlices<Reply>(event.data, nextTask, request.type === 'analyze' ? request.text : undefined).then(
        (reply) => resolve(read(reply)),
        (error: unknown) => resolve({ ok: false, error: `The ${what} came back unreadable: ${(error as Error).message}` }),
      );
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
    const { message, transfer } = toWire({ ...request, id } as WorkerRequest);
    w.postMessage(message, transfer);
  });
}

/**
 * Analyse article text off the main thread; the person's remembered corrections, when given, decide the
 * places they name.
 * @example const result = await analyzeInWorker('Lavrov flew to Pyongyang.'); if (result.ok) show(result.value);
 */
export function analyzeInWorker(text: string, meta?: Partial<ArticleMeta>, corrections?: CorrectionsMemory): Promise<Result<AtlasCollection>> {
  return ask<WorkerReply, AtlasCollection>(
    { type: 'analyze', text, meta, ...(corrections?.entries.length ? { corrections } : {}) },
    (reply) => (reply.type === 'result' ? { ok: true, value: reply.collection } : { ok: false, error: reply.error }),
    'analysis',
  );
}

/**
 * Search every name and alternate name of the gazetteer, in the worker, ranked by population and by
 * nearness to the article's places (`context`: searchContextOf).
 * @example const hits = await searchPlacesInWorker('Paris', searchContextOf(collection, 'place:paris')); if (hits.ok) show(hits.value);
 */
export function searchPlacesInWorker(query: string, context: SearchContext): Promise<Result<ChoiceView[]>> {
  return ask<SearchReply, ChoiceView[]>(
    { type: 'search', query, context },
    (reply) => (reply.type === 'search-result' ? { ok: true, value: reply.matches.map(matchView) } : { ok: false, error: reply.error }),
    'search',
  );
}

/**
 * A place's candidates with their division and country names (the gazetteer is in the worker) and their
 * distance from the article's other places.
 * @example const views = await candidatesInWorker(collection, 'place:paris');
 */
export function candidatesInWorker(collection: AtlasCollection, placeId: string): Promise<Result<ChoiceView[]>> {
  return ask<CandidatesReply, ChoiceView[]>(
    { type: 'candidates', placeId, collection },
    (reply) => (reply.type === 'candidates-result' ? { ok: true, value: reply.candidates.map(candidateView) } : { ok: false, error: reply.error }),
    'list of candidates',
  );
}
