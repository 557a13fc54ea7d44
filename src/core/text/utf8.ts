/**
 * Strict UTF-8 decoding with the offset of the first invalid byte, so the CLI and the app refuse a Latin-1
 * or damaged file with the same clear message instead of turning "São Paulo" into "S\uFFFDo Paulo".
 */
import type { Result } from '../types';

/**
 * The byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and values above
 * U+10FFFF are invalid, as TextDecoder's fatal mode has it), or -1 when the bytes are valid UTF-8.
 * @example firstInvalidUtf8(new Uint8Array([0x53, 0xe3, 0x6f])) // → 1
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < lower || c > upper) return i;
      lower = 0x80;
      upper = 0xbf;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Decode UTF-8 strictly (a leading byte-order mark is dropped); the error names the first bad byte.
 * @example decodeUtf8(new Uint8Array([0x53, 0xe3, 0x6f])) // → { ok: false, error: 'not UTF-8 text: invalid byte 0xe3 at byte offset 1' }
 */
export function decodeUtf8(bytes: Uint8Array): Result<string> {
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    return { ok: false, error: `not UTF-8 text: invalid byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at byte offset ${bad}` };
  }
  return { ok: true, value: new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '') };
}

/**
 * Decode Latin-1 (ISO-8859-1: each byte is the code point of the same number), for files a person says are
 * Latin-1 (`--encoding latin1`).
 * @example decodeLatin1(new Uint8Array([0x53, 0xe3, 0x6f])) // → 'São'
 */
export function decodeLatin1(bytes: Uint8Array): string {
  // Not TextDecoder('latin1'): the Encoding Standard maps that label to windows-1252.
  const CHUNK = 8192;
  let out = '';
  for (let i = 0; i < bytes.length; i += CHUNK) out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return out;
}
