/** Messages between the app and the analysis worker. */
import type { AtlasCollection } from '../core/geojson/types';
import type { ArticleMeta } from '../core/types';

export interface AnalyzeRequest {
  type: 'analyze';
  id: number;
  text: string;
  meta?: Partial<ArticleMeta>;
}

export type WorkerReply =
  | { type: 'result'; id: number; collection: AtlasCollection; ms: number }
  | { type: 'error'; id: number; error: string };
