/**
 * A person's corrections (issue 9), pure: edits as data (./types.ts), applying them on top of an analysis
 * with everything derived re-computed (./apply.ts), undo/redo (./history.ts), building edits from features
 * (./refs.ts), validating readers (./schema.ts), the corrections memory (./memory.ts), and what "Not this
 * place?" shows (./candidates.ts). Gazetteer search is in ../gazetteer/search.ts.
 */
export { type ApplyDeps, type ApplyResult, applyEdits, PERSON_SOURCE } from './apply';
export { type CandidateView, enrichCandidates, searchContextOf } from './candidates';
export {
  amendLastEdit,
  canRedo,
  canUndo,
  createHistory,
  type EditHistory,
  pushEdit,
  redo,
  replaceEdits,
  resetToAutomatic,
  undo,
} from './history';
export {
  applyCorrections,
  CORRECTIONS_FORMAT,
  type CorrectionContext,
  type CorrectionEntry,
  type CorrectionsMemory,
  contextOf,
  correctionFromEdit,
  emptyMemory,
  forgetChoice,
  readCorrections,
  rememberChoice,
  writeCorrections,
} from './memory';
export {
  choiceFromCandidate,
  choiceFromMatch,
  createEdit,
  customChoice,
  type EditDraft,
  mentionRefOf,
  placeRefOf,
  storyRefOf,
} from './refs';
export { readEdits, readPlaceChoice } from './schema';
export * from './types';
