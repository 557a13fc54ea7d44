/** Runs extractStory on a fixture by name (text + hand-built places), for the pattern tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractStory, type Story } from '../../../src/core/story';
import { capitalsFromSpec, type PlaceSpec, placesFromSpec } from './placeSpec';

const root = fileURLToPath(new URL('../../fixtures/stories/in/', import.meta.url));

export function runFixture(name: string): { text: string; story: Story } {
  const text = readFileSync(join(root, `${name}.txt`), 'utf8');
  const meta = JSON.parse(readFileSync(join(root, `${name}.json`), 'utf8')) as { published: string; places: PlaceSpec[]; givenNames?: string[] };
  // Like the places, the given names a fixture needs are listed in it (the pipeline takes them from the gazetteer).
  const given = new Set(meta.givenNames ?? []);
  const story = extractStory(text, placesFromSpec(text, meta.places), { id: name, title: name, published: meta.published }, {
    capitalOf: capitalsFromSpec(meta.places),
    names: { isGivenName: (w) => given.has(w), isCommonWord: () => false },
  });
  return { text, story };
}
