/** Messages between the app and the analysis worker. */
import type { CandidateView } from '../core/edits/candidates';
import type { CorrectionsMemory } from '../core/edits/memory';
import type { GazetteerMatch, SearchContext } from '../core/gazetteer/search';
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
  /** The person's remembered corrections, applied as a strong prior (src/core/edits/memory.ts). */
  corrections?: CorrectionsMemory;
}

/**
 * Type-ahead gazetteer search, one per keystroke (src/core/gazetteer/search.ts). The first search builds the
 * index (≈ 0.5 s on a quiet machine) unless a candidates request already did (it builds it right after replying);
 * an empty query builds it and finds nothing.
 */
export interface SearchRequest {
  type: 'search';
  id: number;
  query: string;
  /** The article's places and countries, to rank by (searchContextOf in src/core/edits/candidates.ts). */
  context?: SearchContext;
  limit?: number;
}

/** "Not this place?": the place's candidates with division, country and distance (enrichCandidates). */
export interface CandidatesRequest {
  type: 'candidates';
  id: number;
  placeId: string;
  /** The collection as shown (with the person's edits applied). */
  collection: AtlasCollection;
}

export type WorkerRequest = AnalyzeRequest | SearchRequest | CandidatesRequest;

export type ErrorReply = { type: 'error'; id: number; error: string };

/** The reply to an analyze request. */
export type WorkerReply = { type: 'result'; id: number; collection: AtlasCollection; ms: number } | ErrorReply;

export type SearchReply = { type: 'search-result'; id: number; query: string; matches: GazetteerMatch[]; ms: number } | ErrorReply;

export type CandidatesReply = { type: 'candidates-result'; id: number; placeId: string; candidates: CandidateView[]; ms: number } | ErrorReply;

/** The reply type of each request type. */
export type ReplyFor<R extends WorkerRequest> = R extends AnalyzeRequest
  ? WorkerReply
  : R extends SearchRequest
    ? SearchReply
    : CandidatesReply;

export type AnyWorkerReply = WorkerReply | SearchReply | CandidatesReply;
