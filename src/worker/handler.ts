/**
 * The worker's request handling, kept free of worker globals so tests can run it in Node: load the
 * resources once (retrying after a failure), run the core pipeline, and answer with a result or a message.
 */
import type { AtlasResources } from '../core/pipeline';
import { analyzeArticleAsync } from '../core/pipeline';
import type { AnalyzeRequest, WorkerReply } from './protocol';

/**
 * Make a request handler around a resource loader.
 * @example const handle = createHandler(loadResources); const reply = await handle({ type: 'analyze', id: 1, text });
 */
export function createHandler(load: () => Promise<AtlasResources>): (request: AnalyzeRequest) => Promise<WorkerReply> {
  let resources: Promise<AtlasResources> | null = null;
  return async (request) => {
    const started = performance.now();
    try {
      if (typeof request.text !== 'string') throw new Error('no article text was sent');
      resources ??= load();
      const loaded = await resources.catch((error) => {
        resources = null; // let a later request retry
        throw error;
      });
      const { home, ...meta } = request.meta ?? {};
      const collection = await analyzeArticleAsync(request.text, loaded, request.meta ? meta : undefined, { home: typeof home === 'string' ? home : undefined });
      return { type: 'result', id: request.id, collection, ms: performance.now() - started };
    } catch (error) {
      return { type: 'error', id: request.id, error: `Could not analyse the article: ${(error as Error).message}` };
    }
  };
}
