/**
 * The story step inside the real pipeline on random news-like word soup: never throws, every route and
 * event mention is a true slice of the text, every route's geometry is RFC 7946 (longitudes in [−180, 180]).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadResourcesSync } from '../../../src/cli/resources';
import { analyzeArticle } from '../../../src/core/pipeline';

const resources = loadResourcesSync();
const WORDS = [
  'Japanese', 'Russian', "Russia's", 'Chinese', 'Foreign', 'Minister', 'President', 'leader', 'counterpart', 'Kim', 'Jong', 'Un',
  'Aki', 'Sato', 'visited', 'visit', 'flew', 'from', 'to', 'Tokyo', 'Moscow', 'Beijing', 'Los', 'Angeles', 'Paris', 'Fiji',
  'Auckland', 'Honolulu', 'summit', 'meeting', 'talks', 'in', 'at', 'between', 'and', 'the', 'last', 'week', 'month', 'early',
  'April', 'May', 'as', 'early', 'will', 'cancelled', 'proposed', 'he', 'she', 'then', 'on', ',', '.', '\n', 'Winter', 'Olympics',
];

describe('story in the pipeline on random text', () => {
  it('never throws and keeps offsets and geometry valid', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }), fc.constantFrom('2018-04-10', '2024-02-29', undefined), (words, published) => {
        const text = words.join(' ');
        const out = analyzeArticle(text, resources, { id: 'p', title: 'p', published });
        for (const f of out.features) {
          const k = f.properties.kind;
          if (k !== 'route' && k !== 'event') continue;
          for (const m of f.properties.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
          if (k === 'route' && f.geometry && f.geometry.type !== 'Point') {
            const lines = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : (f.geometry.coordinates as number[][][]);
            for (const line of lines) for (const [lon] of line) expect(Math.abs(lon as number)).toBeLessThanOrEqual(180);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
