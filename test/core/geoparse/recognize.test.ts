import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/core/gazetteer/gazetteer';
import { loadGazetteerSync } from '../../../src/core/gazetteer/node';
import { geoparse, recognize } from '../../../src/core/geoparse';

let gaz: Gazetteer;
beforeAll(() => {
  gaz = loadGazetteerSync();
});
const names = (text: string) => recognize(text, gaz).map((r) => r.text);
const resolved = (text: string) => geoparse(text, gaz);

describe('recognize', () => {
  it('finds multiword names, abbreviations and possessives', () => {
    expect(names("Officials in New York and the U.S. said Russia's envoy left.")).toEqual(['New York', 'U.S.', 'Russia']);
    expect(names('The US and the UK met the ROK and the DPRK.')).toEqual(['US', 'UK', 'ROK', 'DPRK']);
  });

  it('does not read lower-case words or pronouns as abbreviations', () => {
    expect(names('Give us a call; we will help us.')).toEqual([]);
  });

  it('rejects people, months and sentence-initial common words', () => {
    expect(names('By Julia Roberts')).toEqual([]);
    expect(names('Kim Jong Un met Wang Yi in May.')).toEqual([]);
    expect(names('We went home. May was warm.')).toEqual([]);
    expect(names('Sen. Lincoln spoke.')).toEqual([]);
  });

  it('knows a surname once the article has named the person', () => {
    expect(names('President Barack Obama spoke in Chicago. Later Obama left.')).toEqual(['Chicago']);
  });

  it('reads a lone name as a person when news style says so (each a small place in the gazetteer)', () => {
    // "X administration", "Bush Jr", a person's verb right after the name.
    expect(names('Officials of the Obama administration met in Chicago.')).toEqual(['Chicago']);
    // …but a big city's administration is the city's.
    expect(names('The Donetsk administration said shelling had stopped.')).toEqual(['Donetsk']);
    expect(names('In 1864 Lincoln visited the troops near Washington.')).toEqual(['Washington']);
    // A title in lower case, and "Jr": the name is the person's for the whole article.
    expect(names('"We won," said coach Ripley. Ripley thanked the fans in Minneapolis.')).toEqual(['Minneapolis']);
    expect(names('Under Bush Jr the policy changed. Bush then flew to Cairo.')).toEqual(['Cairo']);
    // An age after a two-word name introduces a person even when the given name is not in the lists.
    expect(names('Nakishia Sullivan, 19, of Gainesville was arrested. Sullivan was charged.')).toEqual(['Gainesville']);
    // A surname with an apostrophe spans several tokens.
    expect(names('Kevin O’Connor, 52, was arrested Monday. Detectives believe O’Connor followed a courier in Boston.')).toEqual(['Boston']);
  });

  it('still reads the same words as places where they are places', () => {
    expect(names('Flooding hit Sullivan and Lincoln on Monday.')).toEqual(['Sullivan', 'Lincoln']);
    expect(names('Flooding closed the road to Ripley on Monday.')).toEqual(['Ripley']);
    // "miss" in lower case is a verb, not a title (regression: the gale that would "miss Halifax").
    expect(names('Forecasters said the gale should miss Halifax entirely. Around Halifax the sky stayed clear.')).toEqual(['Halifax', 'Halifax']);
  });

  it("keeps a place's own bodies, papers and venues, not organisations merely named after it", () => {
    expect(names('The Gainesville City Council met at noon.')).toEqual(['Gainesville']);
    expect(names('She spoke to The Moscow Times last week.')).toEqual(['Moscow']);
    expect(names('He was taken to Hartford Hospital.')).toEqual(['Hartford']);
    expect(names('Buses of the Fulton County School District ran late on Monday.')).toEqual(['Fulton County']);
    // Columbia University is in New York, not in Columbia.
    expect(names('She taught at Columbia University.')).toEqual([]);
    expect(names('A Carnegie Library opened.')).toEqual([]);
  });

  it('rejects place names inside streets and organisations', () => {
    expect(names('The fire at 12 Dublin Road spread.')).toEqual([]);
    expect(names('He studied at Oxford University.')).toEqual([]);
  });

  it('reads demonyms as references to their country', () => {
    const [china] = resolved('Chinese diplomats arrived.');
    expect(china?.countryCode).toBe('CN');
    expect(china?.reference).toBe('demonym');
  });

  it('does not read inter-Korean as a country', () => {
    expect(names('inter-Korean talks resumed')).toEqual([]);
  });
});

describe('resolve', () => {
  it('uses "City, State" qualifiers', () => {
    const places = resolved('A woman from Alexandria, La., was arrested.');
    const alexandria = places.find((p) => p.name === 'Alexandria')!;
    expect(alexandria.countryCode).toBe('US');
    expect(places.find((p) => p.placeType === 'admin1')?.name).toBe('Louisiana');
    expect(Math.abs(alexandria.lat - 31.31)).toBeLessThan(0.2);
  });

  it('prefers the capital without context, and the local town with it', () => {
    expect(resolved('He flew to Paris.')[0]?.countryCode).toBe('FR');
    const texan = resolved('Paris police and Lamar County deputies searched near Paris, Texas.').find((p) => p.name === 'Paris');
    expect(texan?.countryCode).toBe('US');
  });

  it('resolves every mention of one name alike (one sense per article)', () => {
    const places = resolved('Springfield, Ill., voted. Later in Springfield the mayor spoke.');
    const springfield = places.filter((p) => p.name === 'Springfield');
    expect(springfield).toHaveLength(1);
    expect(springfield[0]!.mentions).toHaveLength(2);
  });

  it('gives ids that are stable and unique', () => {
    const places = resolved('Moscow, Russia and Moscow, Idaho are far apart.');
    const ids = places.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^place:[a-z0-9-]+$/.test(id))).toBe(true);
  });

  it('returns nothing for empty text', () => {
    expect(resolved('')).toEqual([]);
  });
});

describe('news prose patterns', () => {
  it('reads datelines in capitals and dotted state abbreviations', () => {
    expect(names('CHARLESTON, W.Va. -- Volunteers met in S.C. on Friday.')).toEqual(['CHARLESTON', 'W.Va.', 'S.C.']);
    expect(names('She lives in Washington, D.C.')).toEqual(['Washington', 'D.C.']);
  });

  it('takes a lone name before a verb of speech for a person', () => {
    expect(names('"We will rebuild," Lewis said.')).toEqual([]);
    expect(names('Moscow said it would respond.')).toEqual(['Moscow']);
  });

  it('keeps a place after a sentence-opening function word', () => {
    expect(names('A Richmond man was charged.')).toEqual(['Richmond']);
  });

  it('does not take institutions for the towns that share their name', () => {
    expect(names('The White House denied it.')).toEqual([]);
  });
});

describe('natural features', () => {
  it('finds oceans, seas and ranges, and does not read "Indian Ocean" as India', () => {
    const places = resolved('Ships crossed the Indian Ocean and the Taiwan Strait, far from the Himalayas.');
    expect(places.map((p) => p.name)).toEqual(['Indian Ocean', 'Taiwan Strait', 'Himalayas']);
    expect(places.every((p) => p.countryCode === '')).toBe(true);
  });
});

describe('names listed before a plural division word (rule listedDivision)', () => {
  it('reads each listed name as the county of that name, in the state the article is about', () => {
    const text = 'SALEM, Ore. — Snow closed schools in Marion, Polk and Yamhill counties, and Benton or Linn counties may follow.';
    const places = resolved(text).filter((p) => p.placeType === 'admin2');
    expect(places.map((p) => [p.name, p.admin1Name, text.slice(p.mentions[0]!.start, p.mentions[0]!.end)])).toEqual([
      ['Marion County', 'Oregon', 'Marion'],
      ['Polk County', 'Oregon', 'Polk'],
      ['Yamhill County', 'Oregon', 'Yamhill'],
      ['Benton County', 'Oregon', 'Benton'],
      ['Linn County', 'Oregon', 'Linn'],
    ]);
  });

  it('admits a listed name that is also a common word, and leaves a lone name before a plural alone', () => {
    expect(recognize('Crews cleared roads in Fulton and Mason counties.', gaz).map((r) => r.key)).toEqual(['fulton county', 'mason county']);
    expect(recognize('Mason counties the votes.', gaz).map((r) => r.key)).not.toContain('mason county');
  });
});
