import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batched, jsonChunks } from '../../src/cli/jsonChunks';

const text = (v: unknown, indent = 0) => [...batched(jsonChunks(v, indent), 7)].join('');

describe('jsonChunks', () => {
  it('writes exactly what JSON.stringify writes, compact and indented', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(text(v)).toBe(JSON.stringify(v));
        expect(text(v, 2)).toBe(JSON.stringify(v, null, 2));
      }),
      { numRuns: 300 },
    );
  });

  it('drops undefined members and writes undefined array items as null, like JSON.stringify', () => {
    const v = { a: undefined, b: [undefined, 1], c: { d: undefined } };
    expect(text(v)).toBe(JSON.stringify(v));
  });

  it('streams a value larger than any one string could hold, in bounded chunks', () => {
    const big = { features: Array.from({ length: 200_000 }, (_, i) => ({ id: i, excerpt: 'x'.repeat(50) })) };
    let longest = 0;
    let total = 0;
    for (const chunk of batched(jsonChunks(big), 1 << 16)) {
      longest = Math.max(longest, chunk.length);
      total += chunk.length;
    }
    expect(longest).toBeLessThan((1 << 16) + 200);
    expect(total).toBe(JSON.stringify(big).length);
  });
});
