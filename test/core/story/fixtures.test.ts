/**
 * Golden stories: test/fixtures/stories/in/NAME.txt (+ NAME.json: publication date, hand-built places and
 * the given names the text needs)
 * → out/NAME.json. `REGEN=1 npx vitest run test/core/story` rewrites the goldens; review the diff. A fixture
 * without a golden fails.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runFixture } from './runFixture';
import { summarize } from './summarize';

const root = fileURLToPath(new URL('../../fixtures/stories/', import.meta.url));
const names = readdirSync(join(root, 'in'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();

describe('story fixtures', () => {
  it('has at least six fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(6);
  });

  for (const name of names) {
    it(name, () => {
      const { text, story } = runFixture(name);
      for (const f of [...story.routes, ...story.events]) {
        for (const m of f.properties.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      }
      const got = summarize(story);
      const outFile = join(root, 'out', `${name}.json`);
      // A missing golden fails: a new fixture must be reviewed, not approve itself.
      if (process.env.REGEN === '1') {
        mkdirSync(join(root, 'out'), { recursive: true });
        writeFileSync(outFile, `${JSON.stringify(got, null, 2)}\n`);
      }
      expect(existsSync(outFile), `no golden for ${name}: run with REGEN=1 and review it`).toBe(true);
      expect(got).toEqual(JSON.parse(readFileSync(outFile, 'utf8')));
    });
  }
});
