/**
 * Checking text or a file a person gives the app before anything parses it: too big, binary, not UTF-8,
 * or GeoJSON (shown directly) versus article text (sent to the worker). Runs on a byte prefix first so a
 * huge or binary file is rejected without decoding it all.
 */
import type { AtlasCollection } from '../../core/geojson/types';
import { escapeControls } from '../../core/text/escape';
import { decodeUtf8 } from '../../core/text/utf8';
import { describeLeftOut, nothingUsable, type OtherFeature, readGeojson } from './collection';
import { formatNumber } from './format';

/** Largest article or file accepted (bytes). News articles are a few KB; this leaves ample room. */
export const MAX_INPUT_BYTES = 2_000_000;

export type InputVerdict =
  | { kind: 'text'; text: string }
  | {
      kind: 'geojson';
      collection: AtlasCollection;
      /** Features of other tools' files (no app `kind`), drawn as their own layer. */
      others: OtherFeature[];
      /** What was left out or repaired, in one or two sentences ('' when nothing was). */
      report: string;
    }
  | { kind: 'error'; message: string };

/** Share of control characters (other than tab/newline/CR/FF) above which input is called binary. */
const CONTROL_SHARE = 0.02;

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > CONTROL_SHARE;
}

/**
 * Pasted text that is meant as JSON rather than prose: an object whose first member starts with a quote
 * (`{"type": …`) or an array of objects. Prose that merely opens with a brace ("{Note} Moscow said…") is not.
 */
const LOOKS_LIKE_JSON = /^(\{\s*("|\})|\[\s*(\{|\]))/;

/**
 * Turn a checked GeoJSON value into a verdict: what can be shown, and a report of what was left out.
 * @example geojsonVerdict({ type: 'FeatureCollection', features: [] }).kind // → 'error'
 */
export function geojsonVerdict(parsed: unknown): InputVerdict {
  const result = readGeojson(parsed);
  if (!result.ok) return { kind: 'error', message: result.error };
  const nothing = nothingUsable(result.value);
  if (nothing) return { kind: 'error', message: nothing };
  const { collection, others, leftOut, notes } = result.value;
  const report = [describeLeftOut(leftOut), notes.length ? `${notes.join('; ')}.`.replace(/^./, (c) => c.toUpperCase()) : '']
    .filter(Boolean)
    .join(' ');
  return { kind: 'geojson', collection, others, report };
}

function fromText(text: string, name: string): InputVerdict {
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'error', message: 'The input is empty.' };
  const namedJson = /\.(geo)?json$/i.test(name);
  if (namedJson || trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      if (namedJson || LOOKS_LIKE_JSON.test(trimmed)) {
        return { kind: 'error', message: `Not valid JSON: ${escapeControls((error as Error).message).slice(0, 200)}` };
      }
      return { kind: 'text', text };
    }
    return geojsonVerdict(parsed);
  }
  return { kind: 'text', text };
}

/**
 * Classify raw bytes (an opened file).
 * @example classifyBytes(new TextEncoder().encode('Moscow is big.'), 'a.txt') // → { kind: 'text', text: 'Moscow is big.' }
 */
export function classifyBytes(bytes: Uint8Array, name = ''): InputVerdict {
  if (bytes.length > MAX_INPUT_BYTES) {
    return { kind: 'error', message: `The file is too large (${(bytes.length / 1e6).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1e6} MB).` };
  }
  if (looksBinary(bytes)) return { kind: 'error', message: 'This looks like a binary file, not article text or GeoJSON.' };
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { kind: 'error', message: `The file is ${decoded.error}.` };
  return fromText(decoded.value, name);
}

/**
 * Classify pasted text.
 * @example classifyText('').kind // → 'error'
 */
export function classifyText(text: string): InputVerdict {
  if (text.length > MAX_INPUT_BYTES) {
    return { kind: 'error', message: `The text is too long (${formatNumber(text.length)} characters; the limit is ${formatNumber(MAX_INPUT_BYTES)}).` };
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: detecting NUL is the point
  if (/\u0000/.test(text.slice(0, 65536))) return { kind: 'error', message: 'The text contains binary data.' };
  return fromText(text, '');
}
