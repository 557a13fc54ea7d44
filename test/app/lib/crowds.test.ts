import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CROWD_SIZE, type Crowd, gatherCrowds, leaderRank, spreadAvoiding, spreadOffsets } from '../../../src/app/lib/crowds';
import '../../support/fastCheckSeed';

type Box = { x: number; y: number; size: number };
const overlap = (a: Box, b: Box) => {
  const w = Math.min(a.x + a.size / 2, b.x + b.size / 2) - Math.max(a.x - a.size / 2, b.x - b.size / 2);
  const h = Math.min(a.y + a.size / 2, b.y + b.size / 2) - Math.max(a.y - a.size / 2, b.y - b.size / 2);
  return w > 0 && h > 0 ? Math.min(w, h) : 0;
};

describe('gatherCrowds', () => {
  it('gathers overlapping markers behind their leader, which stays in sight at its own position; lone ones stay alone', () => {
    const { singles, crowds } = gatherCrowds([
      { id: 'seoul', x: 100, y: 100, size: 16, rank: 3 },
      { id: 'pyongyang', x: 96, y: 90, size: 16, rank: 13 },
      { id: 'moscow', x: 400, y: 50, size: 16 },
    ]);
    expect(singles).toEqual(['pyongyang', 'moscow']);
    // The count sits at Pyongyang's upper right corner, corner to corner with a pixel between.
    const d = (16 + CROWD_SIZE) / 2 + 1;
    expect(crowds).toEqual([
      { key: 'seoul|pyongyang', leader: 'pyongyang', ids: ['seoul'], x: 96 + d, y: 90 - d, box: { x: 96 - 8 + (16 + CROWD_SIZE + 1) / 2, y: 90 + 8 - (16 + CROWD_SIZE + 1) / 2, size: 16 + CROWD_SIZE + 1 } },
    ]);
  });

  it('without ranks the first marker leads (the caller lists the most mentioned first)', () => {
    const { singles, crowds } = gatherCrowds([
      { id: 'a', x: 0, y: 0, size: 16 },
      { id: 'b', x: 4, y: 4, size: 16 },
    ]);
    expect(singles).toEqual(['a']);
    expect(crowds.map((c) => [c.leader, c.ids])).toEqual([['a', ['b']]]);
  });

  it('leaderRank: a point before an area, then mentions plus the story weight of its journeys', () => {
    const pyongyang = leaderRank({ point: true, mentions: 1, storyRoles: 4 }, 3);
    const northKorea = leaderRank({ point: false, mentions: 19, storyRoles: 0 }, 3);
    const panmunjom = leaderRank({ point: true, mentions: 1, storyRoles: 2 }, 3);
    expect(pyongyang).toBeGreaterThan(northKorea);
    expect(pyongyang).toBeGreaterThan(panmunjom);
    expect(leaderRank({ point: false, mentions: 19, storyRoles: 0 }, 3)).toBeGreaterThan(leaderRank({ point: false, mentions: 2, storyRoles: 0 }, 3));
  });

  it('merges again when a group bubble covers a neighbour (a chain of near markers becomes one group)', () => {
    // p0 and p1 overlap; p2 clears p1 by a pixel but not the group's wider count bubble between p0 and p1.
    const chain = [0, 10, 24].map((x, i) => ({ id: `p${i}`, x, y: 0, size: 12 }));
    const { singles, crowds } = gatherCrowds(chain);
    expect(singles).toEqual(['p0']);
    expect(crowds).toHaveLength(1);
    expect(crowds[0]!.ids).toEqual(['p1', 'p2']);
  });

  it('property: every marker is shown once (alone, leading a group, or behind one count), no two shown boxes overlap, and each group is led by its highest rank', () => {
    const marker = fc.record({
      x: fc.integer({ min: 0, max: 600 }),
      y: fc.integer({ min: 0, max: 400 }),
      size: fc.integer({ min: 8, max: 20 }),
      rank: fc.integer({ min: 0, max: 30 }),
    });
    fc.assert(
      fc.property(fc.array(marker, { maxLength: 60 }), (raw) => {
        const markers = raw.map((m, i) => ({ ...m, id: `m${i}` }));
        const { singles, crowds } = gatherCrowds(markers);
        const shown = [...singles, ...crowds.flatMap((c) => c.ids)].sort();
        expect(shown).toEqual(markers.map((m) => m.id).sort());
        const rank = (id: string) => markers.find((m) => m.id === id)!.rank;
        for (const c of crowds) {
          expect(singles).toContain(c.leader);
          for (const id of c.ids) expect(rank(c.leader)).toBeGreaterThanOrEqual(rank(id));
        }
        const boxes: Box[] = [
          ...singles.map((id) => markers.find((m) => m.id === id)!),
          ...crowds.map((c: Crowd) => ({ x: c.x, y: c.y, size: CROWD_SIZE })),
        ];
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(0);
      }),
    );
  });

  it('stays quick for the largest interactive article (1,500 markers in one screen)', () => {
    const markers = Array.from({ length: 1500 }, (_, i) => ({ id: `m${i}`, x: (i * 7919) % 900, y: (i * 104729) % 600, size: 14 }));
    const { singles, crowds } = gatherCrowds(markers);
    expect(singles.length + crowds.reduce((n, c) => n + c.ids.length, 0)).toBe(1500);
  });
});

describe('spreadOffsets', () => {
  it('puts members on a ring, first at the top, with no two boxes overlapping and none over the group (leader and count)', () => {
    for (const [n, around] of [[1, 39], [2, CROWD_SIZE], [3, 39], [7, 39], [10, 45]] as const) {
      const ring = spreadOffsets(n, 18, around);
      expect(ring).toHaveLength(n);
      expect(ring[0]!.x).toBeCloseTo(0, 5);
      expect(ring[0]!.y).toBeLessThan(0);
      for (let i = 0; i < n; i++) {
        expect(overlap({ ...ring[i]!, size: 18 }, { x: 0, y: 0, size: around })).toBe(0);
        for (let j = i + 1; j < n; j++) expect(overlap({ ...ring[i]!, size: 18 }, { ...ring[j]!, size: 18 })).toBe(0);
      }
    }
  });
});

describe('spreadAvoiding', () => {
  const group = { x: 100, y: 100, size: 39 };
  const ringClear = (ring: { x: number; y: number }[], size: number) => {
    for (let i = 0; i < ring.length; i++) {
      expect(overlap({ x: group.x + ring[i]!.x, y: group.y + ring[i]!.y, size }, group)).toBe(0);
      for (let j = i + 1; j < ring.length; j++) expect(overlap({ ...ring[i]!, size }, { ...ring[j]!, size })).toBe(0);
    }
  };

  it('is the tightest ring when nothing is in its way', () => {
    expect(spreadAvoiding(6, 16, group, [])).toEqual(spreadOffsets(6, 16, 39));
    expect(spreadAvoiding(6, 16, group, [{ x: 600, y: 600, size: 18 }])).toEqual(spreadOffsets(6, 16, 39));
  });

  it('turns or widens the ring off a marker that lies where a member would go (Russian Far East above the Korean places)', () => {
    const top = spreadOffsets(6, 16, 39)[0]!;
    const obstacle = { x: group.x + top.x + 3, y: group.y + top.y - 2, size: 14 };
    const ring = spreadAvoiding(6, 16, group, [obstacle]);
    expect(ring).not.toEqual(spreadOffsets(6, 16, 39));
    for (const o of ring) expect(overlap({ x: group.x + o.x, y: group.y + o.y, size: 16 }, obstacle)).toBe(0);
    ringClear(ring, 16);
  });

  it('property: members never overlap one another or the group; they clear every marker whenever the tightest ring does not', () => {
    const box = fc.record({ x: fc.integer({ min: 0, max: 200 }), y: fc.integer({ min: 0, max: 200 }), size: fc.integer({ min: 12, max: 22 }) });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.array(box, { maxLength: 8 }), (n, raw) => {
        const obstacles = raw.filter((o) => overlap(o, group) === 0);
        const ring = spreadAvoiding(n, 16, group, obstacles);
        expect(ring).toHaveLength(n);
        ringClear(ring, 16);
        const clear = ring.every((o) => obstacles.every((b) => overlap({ x: group.x + o.x, y: group.y + o.y, size: 16 }, b) === 0));
        if (!clear) expect(ring).toEqual(spreadOffsets(n, 16, 39));
      }),
    );
  });
});
