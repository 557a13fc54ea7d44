/**
 * The app's side of the analysis worker: the worker (and with it the core pipeline and the gazetteer) is
 * created on first use only, so none of it is in the first bundle, and parsing never blocks the page.
 */
import type { GazetteerMatch } from '../../core/gazetteer/search';
import type { AtlasCollection, PlaceFeature } from '../../core/geojson/types';
import type { ArticleMeta, Result } from '../../core/types';
import type { AnalyzeRequest, SearchRequest, WorkerReply } from '../../worker/protocol';
import type { GazetteerChoice } from './placeChoices';

/** Longest an analysis may take before the worker is stopped and an error shown. */
export const ANALYZE_TIMEOUT_MS = 60_000;

let worker: Worker | null = null;
let nextId = 1;

function getWorker(): Worker {
  worker ??= new Worker(new URL('../../worker/atlas.worker.ts', import.meta.url), { type: 'module', name: 'news-atlas' });
  return worker;
}

type Request = AnalyzeRequest | SearchRequest;
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/** Send one request and wait for the reply with its id (or a timeout, or the worker failing). */
function ask<T>(request: DistributiveOmit<Request, 'id'>, read: (reply: WorkerReply) => Result<T>, what: string): Promise<Result<T>> {
  const w = getWorker();
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      cleanup();
      w.terminate();
      worker = null;
      resolve({ ok: false, error: `The ${what} took longer than ${ANALYZE_TIMEOUT_MS / 1000} s and was stopped.` });
    }, ANALYZE_TIMEOUT_MS);
    const onMessage = (event: MessageEvent<WorkerReply>) => {
      if (event.data.id !== id) return;
      cleanup();
      resolve(read(event.data));
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
    w.postMessage({ ...request, id } as Request);
  });
}

/**
 * Analyse article text off the main thread.
 * @example const result = await analyzeInWorker('Lavrov flew to Pyongyang.'); if (result.ok) show(result.value);
 */
export function analyzeInWorker(text: string, meta?: Partial<ArticleMeta>): Promise<Result<AtlasCollection>> {
  return ask(
    { type: 'analyze', text, meta },
    (reply) => (reply.type === 'result' ? { ok: true, value: reply.collection } : reply.type === 'error' ? { ok: false, error: reply.error } : { ok: false, error: 'unexpected reply' }),
    'analysis',
  );
}

/** A search hit: the choice an edit records, and what the list shows about it. */
export type SearchHit = GazetteerChoice & { admin1Name?: string; countryName?: string; distanceKm?: number };

/**
 * A gazetteer search hit as an edit's choice (with what the list shows about it).
 * @example matchChoice(match).ref // → { source: 'geonames', id: '2988507' }
 */
export function matchChoice(m: GazetteerMatch): SearchHit {
  return {
    type: 'gazetteer',
    ref: m.gazetteer,
    name: m.name,
    lon: m.lon,
    lat: m.lat,
    placeType: m.placeType,
    countryCode: m.countryCode,
    ...(m.iso3 ? { iso3: m.iso3 } : {}),
    ...(m.admin1 ? { admin1: m.admin1 } : {}),
    ...(m.admin1Name ? { admin1Name: m.admin1Name } : {}),
    ...(m.countryName ? { countryName: m.countryName } : {}),
    ...(m.population ? { population: m.population } : {}),
    ...(m.distanceKm !== undefined ? { distanceKm: m.distanceKm } : {}),
  };
}

/**
 * Search every name and alternate name of the gazetteer, in the worker, ranked by population and by
 * nearness to the article's places.
 * @example const hits = await searchPlacesInWorker('Paris', places); if (hits.ok) show(hits.value);
 */
export function searchPlacesInWorker(query: string, places: readonly PlaceFeature[]): Promise<Result<SearchHit[]>> {
  const context = {
    places: places.map((p) => ({ lon: p.geometry.coordinates[0]!, lat: p.geometry.coordinates[1]! })),
    countries: [...new Set(places.map((p) => p.properties.countryCode).filter(Boolean))],
  };
  return ask(
    { type: 'search', query, context },
    (reply) =>
      reply.type === 'search-result'
        ? { ok: true, value: reply.matches.map(matchChoice) }
        : reply.type === 'error'
          ? { ok: false, error: reply.error }
          : { ok: false, error: 'unexpected reply' },
    'search',
  );
}
