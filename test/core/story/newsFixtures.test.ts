/**
 * News-pattern fixtures through the whole pipeline (real gazetteer): test/fixtures/stories/news/NAME.txt
 * (+ NAME.json: publication date, what the text shows) → news-out/NAME.json. Each text is an original
 * sentence or two written in the style of a real-news pattern the story reader once got wrong. A fixture
 * without a golden fails; `REGEN=1 npx vitest run test/core/story/newsFixtures.test.ts` writes the goldens
 * (review the diff).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newsRoot, runNewsFixture, summarizeNews } from './newsSummary';

const names = readdirSync(join(newsRoot, 'news'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();

describe('news-pattern fixtures through the pipeline', () => {
  for (const name of names) {
    it(name, () => {
      const { text, fc } = runNewsFixture(name);
      for (const f of [...fc.features, ...(fc.possibleJourneys ?? [])]) {
        for (const m of f.properties.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      }
      const got = summarizeNews(fc);
      const outFile = join(newsRoot, 'news-out', `${name}.json`);
      if (process.env.REGEN === '1') writeFileSync(outFile, `${JSON.stringify(got, null, 2)}\n`);
      expect(existsSync(outFile), `no golden for ${name}: run with REGEN=1 and review it`).toBe(true);
      expect(got).toEqual(JSON.parse(readFileSync(outFile, 'utf8')));
    });
  }
});
