/**
 * Crowded markers: places whose markers would overlap at the current zoom gather into one group, shown as
 * a count that opens on click. Pure: works on screen pixels (Leaflet's projected points at one zoom), so the
 * grouping depends on the zoom alone and not on panning.
 */

export interface ScreenMarker {
  id: string;
  /** Projected pixel position at the zoom being grouped. */
  x: number;
  y: number;
  /** Side of the marker's square box, in pixels. */
  size: number;
}

export interface Crowd {
  /** Stable for the same members: their ids joined, in the input's order. */
  key: string;
  ids: string[];
  /** Where the group's count is drawn: the members' mean position. */
  x: number;
  y: number;
}

/** Side of a group's count bubble, in pixels (room for two digits and an outline). */
export const CROWD_SIZE = 26;
/**
 * Markers closer than this many pixels (box edge to box edge) are gathered: the bar is "no two
 * interactive markers overlap by more than 4 px"; a 1 px gap keeps them visibly apart, not just untouching.
 */
export const CROWD_GAP = 1;

interface Item {
  ids: number[];
  x: number;
  y: number;
  size: number;
}

function overlaps(a: Item, b: Item, gap: number): boolean {
  const reach = (a.size + b.size) / 2 + gap;
  return Math.abs(a.x - b.x) < reach && Math.abs(a.y - b.y) < reach;
}

/**
 * Gather markers whose boxes overlap (or come within `gap` px) into groups, again and again until no shown
 * box — a single marker or a group's count bubble at its members' mean position — overlaps another.
 * A sweep along x finds the overlapping pairs, so a thousand markers cost milliseconds.
 * @example gatherCrowds([{ id: 'a', x: 0, y: 0, size: 16 }, { id: 'b', x: 5, y: 5, size: 16 }, { id: 'c', x: 200, y: 0, size: 16 }])
 * // → { singles: ['c'], crowds: [{ key: 'a|b', ids: ['a', 'b'], x: 2.5, y: 2.5 }] }
 */
export function gatherCrowds(markers: readonly ScreenMarker[], gap = CROWD_GAP, crowdSize = CROWD_SIZE): { singles: string[]; crowds: Crowd[] } {
  let items: Item[] = markers.map((m, i) => ({ ids: [i], x: m.x, y: m.y, size: m.size }));
  for (let round = 0; round < markers.length; round++) {
    const parent = items.map((_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) {
        parent[i] = parent[parent[i]!]!;
        i = parent[i]!;
      }
      return i;
    };
    const order = items.map((_, i) => i).sort((a, b) => items[a]!.x - items[b]!.x);
    const widest = items.reduce((w, it) => Math.max(w, it.size), 0);
    let merged = false;
    for (let s = 0; s < order.length; s++) {
      const a = items[order[s]!]!;
      for (let t = s + 1; t < order.length; t++) {
        const b = items[order[t]!]!;
        if (b.x - a.x >= (a.size + widest) / 2 + gap) break;
        if (!overlaps(a, b, gap)) continue;
        const ra = find(order[s]!);
        const rb = find(order[t]!);
        if (ra !== rb) {
          parent[rb] = ra;
          merged = true;
        }
      }
    }
    if (!merged) break;
    const groups = new Map<number, number[]>();
    items.forEach((it, i) => {
      const root = find(i);
      const ids = groups.get(root);
      if (ids) for (const id of it.ids) ids.push(id);
      else groups.set(root, [...it.ids]);
    });
    items = [...groups.values()].map((ids) => {
      ids.sort((a, b) => a - b);
      if (ids.length === 1) {
        const m = markers[ids[0]!]!;
        return { ids, x: m.x, y: m.y, size: m.size };
      }
      const x = ids.reduce((s, i) => s + markers[i]!.x, 0) / ids.length;
      const y = ids.reduce((s, i) => s + markers[i]!.y, 0) / ids.length;
      return { ids, x, y, size: crowdSize };
    });
  }
  const singles: string[] = [];
  const crowds: Crowd[] = [];
  for (const it of items.sort((a, b) => a.ids[0]! - b.ids[0]!)) {
    if (it.ids.length === 1) singles.push(markers[it.ids[0]!]!.id);
    else {
      const ids = it.ids.map((i) => markers[i]!.id);
      crowds.push({ key: ids.join('|'), ids, x: it.x, y: it.y });
    }
  }
  return { singles, crowds };
}

/**
 * Where a group's members go when it is spread open: on a circle around the group's centre, far enough
 * apart that no two boxes overlap, the first at the top, clockwise. Offsets in pixels from the centre.
 * @example spreadOffsets(4, 16) // → four points 26 px from the centre, at 12, 3, 6 and 9 o'clock
 */
export function spreadOffsets(count: number, size: number, gap = 6): { x: number; y: number }[] {
  if (count <= 0) return [];
  // Neighbours on the circle are 2 r sin(π / n) apart; that must exceed a box's diagonal plus the gap.
  const spacing = size * Math.SQRT2 + gap;
  const radius = Math.max(CROWD_SIZE / 2 + size / 2 + gap, count === 1 ? 0 : spacing / (2 * Math.sin(Math.PI / count)));
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
    return { x: Math.round(radius * Math.cos(angle) * 10) / 10, y: Math.round(radius * Math.sin(angle) * 10) / 10 };
  });
}
