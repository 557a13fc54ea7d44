/**
 * The worker's request handling, kept free of worker globals so tests can run it in Node: load the
 * resources once (retrying after a failure), run the core pipeline, search the gazetteer, and answer with a
 * result or a message.
 */
import { enrichCandidates } from '../core/edits/candidates';
import { readCorrections } from '../core/edits/memory';
import { searchGazetteer, searchIndexOf } from '../core/gazetteer/search';
import type { PlaceFeature } from '../core/geojson/types';
import type { AtlasResources } from '../core/pipeline';
import { analyzeArticleAsync } from '../core/pipeline';
import type { AnyWorkerReply, ReplyFor, WorkerRequest } from './protocol';

export interface HandlerOptions {
  /**
   * Build the search index as soon as the gazetteer is loaded. Off in the app: building blocks the worker for a
   * while (≈ 0.5 s quiet, seconds on a busy machine) and an article pasted then would wait. Without it the
   * index is built right after the first candidates request ("Not this place?" opening) or by the first search.
   */
  warmSearch?: boolean;
}

export type Handler = <R extends WorkerRequest>(request: R) => Promise<ReplyFor<R>>;

/**
 * Make a request handler around a resource loader.
 * @example const handle = createHandler(loadResources); const reply = await handle({ type: 'analyze', id: 1, text });
 */
export function createHandler(load: () => Promise<AtlasResources>, options: HandlerOptions = {}): Handler {
  let resources: Promise<AtlasResources> | null = null;
  const loaded = async () => {
    if (!resources) {
      resources = load();
      if (options.warmSearch) {
        resources.then((r) => setTimeout(() => searchIndexOf(r.gazetteer), 0)).catch(() => undefined);
      }
    }
    return resources.catch((error) => {
      resources = null; // let a later request retry
      throw error;
    });
  };
  const handle = async (request: WorkerRequest): Promise<AnyWorkerReply> => {
    const started = performance.now();
    const ms = () => performance.now() - started;
    try {
      switch (request?.type) {
        case 'search': {
          const r = await loaded();
          const query = typeof request.query === 'string' ? request.query : '';
          // Built on the first search of any length: an empty query warms it and finds nothing.
          searchIndexOf(r.gazetteer);
          const matches = searchGazetteer(r.gazetteer, query, request.context ?? {}, { limit: request.limit ?? undefined });
          return { type: 'search-result', id: request.id, query, matches, ms: ms() };
        }
        case 'candidates': {
          const r = await loaded();
          const place = request.collection?.features?.find((f) => f.id === request.placeId && f.properties.kind === 'place');
          if (!place) throw new Error(`no place ${request.placeId} on the map`);
          const candidates = enrichCandidates(place as PlaceFeature, request.collection, r.gazetteer);
          // "Not this place?" opens with its candidates and a search box: build the index while the person reads.
          setTimeout(() => searchIndexOf(r.gazetteer), 0);
          return { type: 'candidates-result', id: request.id, placeId: request.placeId, candidates, ms: ms() };
        }
        default: {
          if (typeof request?.text !== 'string') throw new Error('no article text was sent');
          const r = await loaded();
          let corrections = r.corrections;
          if (request.corrections !== undefined) {
            const read = readCorrections(request.corrections);
            if (!read.ok) throw new Error(read.error);
            corrections = read.value;
          }
          const { home, ...meta } = request.meta ?? {};
          const collection = await analyzeArticleAsync(request.text, { ...r, corrections }, request.meta ? meta : undefined, {
            home: typeof home === 'string' ? home : undefined,
          });
          return { type: 'result', id: request.id, collection, ms: ms() };
        }
      }
    } catch (error) {
      const what = request?.type === 'search' ? 'search the gazetteer' : request?.type === 'candidates' ? 'list the candidates' : 'analyse the article';
      return { type: 'error', id: request?.id, error: `Could not ${what}: ${(error as Error).message}` };
    }
  };
  return handle as Handler;
}
