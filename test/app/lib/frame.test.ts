import { describe, expect, it } from 'vitest';
import { framedPlaces } from '../../../src/app/lib/frame';

const p = (id: string, lon: number, lat: number, mentions: number, storyRoles = 0) => ({ id, position: [lon, lat], mentions, storyRoles });

describe('framedPlaces', () => {
  it('frames where an article about Turkey happens; one passing mention of Hawaii stays out', () => {
    const ids = framedPlaces([
      p('ankara', 32.85, 39.93, 6, 1),
      p('istanbul', 28.98, 41.01, 5, 1),
      p('izmir', 27.14, 38.42, 2),
      p('turkey', 35, 39, 8),
      p('hawaii', -155.5, 19.9, 1),
    ]);
    expect(ids).not.toContain('hawaii');
    expect(ids.sort()).toEqual(['ankara', 'istanbul', 'izmir', 'turkey']);
  });

  it('keeps a second theatre that carries a fair part of the story', () => {
    const ids = framedPlaces([p('kyiv', 30.5, 50.45, 5, 1), p('lviv', 24.03, 49.84, 3), p('washington', -77.04, 38.9, 5, 1), p('new-york', -74, 40.7, 2)]);
    expect(ids.sort()).toEqual(['kyiv', 'lviv', 'new-york', 'washington']);
  });

  it('weighs journeys: a place that is only the end of a trip still counts', () => {
    const ids = framedPlaces([p('moscow', 37.6, 55.75, 3, 2), p('pyongyang', 125.75, 39.03, 0, 2), p('seoul', 126.98, 37.57, 2), p('havana', -82.4, 23.1, 1)]);
    expect(ids).toContain('pyongyang');
    expect(ids).not.toContain('havana');
  });

  it('works across the date line and keeps small articles whole', () => {
    expect(framedPlaces([p('fiji', 178, -18, 2), p('samoa', -172, -13.8, 2), p('tonga', -175.2, -21.1, 1)]).sort()).toEqual(['fiji', 'samoa', 'tonga']);
    expect(framedPlaces([p('a', 0, 0, 1), p('b', 150, 10, 1)])).toEqual(['a', 'b']);
    expect(framedPlaces([])).toEqual([]);
  });
});
