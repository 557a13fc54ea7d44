import { decodeLatin1, decodeUtf8 } from '../core/text/utf8';
import type { Result } from '../core/types';

/** The encodings a file may be read as: UTF-8 (checked strictly), or Latin-1 when the user says so. */
export type FileEncoding = 'utf8' | 'latin1';

/**
 * Turns a file's bytes into article text, refusing what is not text (NUL bytes) or not valid UTF-8 (naming
 * the first bad byte's offset) with a message instead of geoparsing garbage; `latin1` reads every byte as
 * its ISO-8859-1 character.
 *
 * @example decodeArticleBytes(Buffer.from('Moscow')) // → { ok: true, value: 'Moscow' }
 */
export function decodeArticleBytes(bytes: Uint8Array, encoding: FileEncoding = 'utf8'): Result<string> {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, error: 'looks like a binary file (NUL bytes), not article text' };
  if (encoding === 'latin1') return { ok: true, value: decodeLatin1(bytes) };
  const decoded = decodeUtf8(bytes);
  return decoded.ok ? decoded : { ok: false, error: `${decoded.error} (if the file is Latin-1, add --encoding latin1)` };
}
