/** Messages between the app and the analysis worker. */
import type { AtlasCollection } from '../core/geojson/types';
import type { ArticleMeta } from '../core/types';

export interface AnalyzeRequest {
  type: 'analyze';
  id: number;
  text: string;
  /**
   * The article's metadata, and `home`: the reader's home place for local news ("Paris, Mo."), which ambiguous
   * names lean towards (a dateline in the text wins). It is an analysis option, not part of the article.
   */
  meta?: Partial<ArticleMeta> & { home?: string };
}

export type WorkerReply =
  | { type: 'result'; id: number; collection: AtlasCollection; ms: number }
  | { type: 'error'; id: number; error: string };
