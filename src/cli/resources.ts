import { loadGazetteerSync, readLongTailShard } from '../core/gazetteer/node';
import { loadBordersSync } from '../core/geo/bordersNode';
import type { AtlasResources } from '../core/pipeline';

/** Everything the pipeline needs, read from data/ once per process. */
export function loadResourcesSync(): AtlasResources {
  return { gazetteer: loadGazetteerSync(), borders: loadBordersSync(), longTail: readLongTailShard };
}
