import type { Result } from '../core/types';

/**
 * Turns a file's bytes into article text, refusing what is clearly not text (NUL bytes, invalid UTF-8 in
 * bulk) with a message instead of geoparsing garbage.
 *
 * @example decodeArticleBytes(Buffer.from('Moscow')) // → { ok: true, value: 'Moscow' }
 */
export function decodeArticleBytes(bytes: Uint8Array): Result<string> {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, error: 'looks like a binary file (NUL bytes), not article text' };
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad > 16 && bad > text.length / 100) return { ok: false, error: 'is not UTF-8 text' };
  return { ok: true, value: text };
}
