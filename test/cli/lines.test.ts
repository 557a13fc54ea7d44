import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Line, readLines } from '../../src/cli/lines';

async function collect(chunks: Uint8Array[], max?: number): Promise<Line[]> {
  async function* gen() {
    yield* chunks;
  }
  const out: Line[] = [];
  for await (const line of readLines(gen(), max)) out.push(line);
  return out;
}

/** Cut bytes at the given points. */
function cut(bytes: Uint8Array, points: number[]): Uint8Array[] {
  const at = [...new Set(points.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const p of [...at, bytes.length]) {
    out.push(bytes.subarray(from, p));
    from = p;
  }
  return out;
}

describe('readLines', () => {
  it('splits LF and CRLF lines, numbering from 1 and passing over empty lines', async () => {
    const lines = await collect([Buffer.from('a\r\n\nb\nc')]);
    expect(lines).toEqual([
      { lineNo: 1, text: 'a' },
      { lineNo: 3, text: 'b' },
      { lineNo: 4, text: 'c' },
    ]);
  });

  it('gives the same lines however the bytes are cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), async (texts, points) => {
        const bytes = Buffer.from(texts.join('\n'));
        const whole = await collect([bytes], 20);
        expect(await collect(cut(bytes, points), 20)).toEqual(whole);
      }),
      { numRuns: 50 },
    );
  });

  it('skips a line over the limit without keeping it, then goes on', async () => {
    const lines = await collect(cut(Buffer.from(`ok\n${'x'.repeat(50)}\nnext`), [3, 10, 20, 30]), 20);
    expect(lines).toEqual([
      { lineNo: 1, text: 'ok' },
      { lineNo: 2, error: 'longer than 0.00002 MB; skipped without reading it' },
      { lineNo: 3, text: 'next' },
    ]);
  });

  it('reports invalid UTF-8 with its offset in the whole stream', async () => {
    const lines = await collect([Buffer.from('ab\nS'), Buffer.from([0xe3, 0x6f])]);
    expect(lines[1]).toEqual({ lineNo: 2, error: 'not UTF-8 text: invalid byte 0xe3 at byte offset 4' });
  });
});
