/**
 * The core's edit code the first map does not need: applying edits (which re-derives routes, borders and the
 * checked figures) and the corrections memory (validated with valibot), ~15 KB gzip together. It loads as its
 * own chunk when the app starts, beside the first paint; an article without edits never waits for it.
 */
export { applyEdits } from '../../core/edits/apply';
export {
  correctionFromEdit,
  forgetChoice,
  MAX_CORRECTIONS_BYTES,
  readCorrections,
  rememberChoice,
  writeCorrections,
} from '../../core/edits/memory';
export { readEdits } from '../../core/edits/schema';
