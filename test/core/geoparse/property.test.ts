/**
 * Random and adversarial text never throws, and every mention it reports is a true slice of the text.
 * A blow-up (regex backtracking, quadratic scans) shows as these 2 MB inputs timing out: a quadratic pass over
 * 2 MB is 4·10^12 steps, while the linear one takes a few seconds. The figures per megabyte are printed by
 * `npm run bench`.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/core/gazetteer/gazetteer';
import { loadGazetteerSync } from '../../../src/core/gazetteer/node';
import { geoparse } from '../../../src/core/geoparse';

let gaz: Gazetteer;
beforeAll(() => {
  gaz = loadGazetteerSync();
});

function checkMentions(text: string): void {
  for (const p of geoparse(text, gaz)) {
    expect(Number.isFinite(p.lat) && Number.isFinite(p.lon)).toBe(true);
    for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  }
}

const newsy = fc.array(
  fc.oneof(
    fc.constantFrom('Moscow', 'U.S.', 'DPRK', "Russia's", 'New York', 'Paris, Texas', 'Kim', 'May', 'the', '.', ',', '\n', '"', '’', '-'),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
  ),
  { maxLength: 200 },
);

describe('geoparse never throws', () => {
  it('on random strings (any code units, lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => checkMentions(s)), { numRuns: 300 });
  });

  it('on random news-like word soup', () => {
    fc.assert(fc.property(newsy, (words) => checkMentions(words.join(' '))), { numRuns: 300 });
  });

  it('on emoji, right-to-left scripts and HTML', () => {
    checkMentions('🇷🇺 Moscow 👋🏽 to Beijing 🚀 — موسكو إلى بكين — מוסקבה <script>alert("Moscow")</script> <b>Paris</b>');
  });

  const MB = 1 << 20;
  const cases: Array<[string, () => string]> = [
    ['2 MB without spaces', () => 'Moscow'.repeat((2 * MB) / 6)],
    ['2 MB of capitals', () => 'NEW YORK U.S. DPRK '.repeat((2 * MB) / 19)],
    ['2 MB of one long capitalised run', () => 'New '.repeat((2 * MB) / 4)],
    ['2 MB of dots and apostrophes', () => "U.S.'s.".repeat((2 * MB) / 7)],
  ];
  it.each(cases)('on %s, in bounded time', (_name, make) => {
    const text = make();
    const places = geoparse(text, gaz);
    expect(Array.isArray(places)).toBe(true);
  }, 120_000);
});
