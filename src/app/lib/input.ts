/**
 * Checking text or a file a person gives the app before anything parses it: too big, binary, not UTF-8,
 * or GeoJSON (shown directly) versus article text (sent to the worker). Runs on a byte prefix first so a
 * huge or binary file is rejected without decoding it all.
 */
import type { AtlasCollection } from '../../core/geojson/types';
import { readCollection } from './collection';
import { formatNumber } from './format';

/** Largest article or file accepted (bytes). News articles are a few KB; this leaves ample room. */
export const MAX_INPUT_BYTES = 2_000_000;

export type InputVerdict =
  | { kind: 'text'; text: string }
  | { kind: 'geojson'; collection: AtlasCollection }
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

function fromText(text: string, name: string): InputVerdict {
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'error', message: 'The input is empty.' };
  if (/\.(geo)?json$/i.test(name) || trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      if (/\.(geo)?json$/i.test(name)) return { kind: 'error', message: `Not valid JSON: ${(error as Error).message}` };
      return { kind: 'text', text };
    }
    const result = readCollection(parsed);
    return result.ok ? { kind: 'geojson', collection: result.value } : { kind: 'error', message: result.error };
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
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { kind: 'error', message: 'The file is not UTF-8 text.' };
  }
  return fromText(text.replace(/^\uFEFF/, ''), name);
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
