/**
 * Lines of a byte stream (JSONL on stdin) with a size limit: a line longer than the limit is skipped as it
 * arrives (its bytes are dropped, never joined into one string), so one huge line cannot exhaust memory, and
 * each line's bytes are checked as UTF-8 with the offset of the first bad byte.
 */
import { firstInvalidUtf8 } from '../core/text/utf8';

/** Longest JSONL line read (bytes): a news article is a few KB; 10 MB leaves ample room. */
export const MAX_LINE_BYTES = 10_000_000;

export type Line =
  | { lineNo: number; text: string }
  | { lineNo: number; error: string };

function decodeLine(parts: Uint8Array[], length: number, lineNo: number, fileOffset: number): Line {
  const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
  const end = bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
  const body = bytes.subarray(0, end);
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    return { lineNo, error: `not UTF-8 text: invalid byte 0x${body[bad]!.toString(16).padStart(2, '0')} at byte offset ${fileOffset + bad}` };
  }
  return { lineNo, text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8') };
}

/**
 * Split a stream of byte chunks into lines (LF or CRLF), numbered from 1.
 * @example for await (const line of readLines(process.stdin)) if ('text' in line) handle(line.text);
 */
export async function* readLines(chunks: AsyncIterable<Uint8Array | string>, maxBytes = MAX_LINE_BYTES): AsyncGenerator<Line> {
  const tooLong = (lineNo: number): Line => ({ lineNo, error: `longer than ${maxBytes / 1e6} MB; skipped without reading it` });
  let parts: Uint8Array[] = [];
  let length = 0;
  let skipping = false;
  let lineNo = 1;
  /** Offset in the whole stream of the current chunk's first byte, and of the current line's first byte. */
  let chunkOffset = 0;
  let lineOffset = 0;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (;;) {
      const nl = bytes.indexOf(0x0a, from);
      const to = nl < 0 ? bytes.length : nl;
      length += to - from;
      if (length > maxBytes) {
        skipping = true;
        parts = [];
      }
      if (!skipping && to > from) parts.push(bytes.subarray(from, to));
      if (nl < 0) break;
      if (skipping) yield tooLong(lineNo);
      else if (length > 0) yield decodeLine(parts, length, lineNo, lineOffset);
      lineNo++;
      parts = [];
      length = 0;
      skipping = false;
      from = nl + 1;
      lineOffset = chunkOffset + from;
    }
    chunkOffset += bytes.length;
  }
  if (skipping) yield tooLong(lineNo);
  else if (length > 0) yield decodeLine(parts, length, lineNo, lineOffset);
}
