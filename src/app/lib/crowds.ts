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
  /** Which member of a crowd stays in sight as its own marker: the highest rank (`leaderRank`); ties go to the earlier. */
  rank?: number;
}

/** A square box on screen: its centre and side, in pixels. */
export interface ScreenBox {
  x: number;
  y: number;
  size: number;
}

export interface Crowd {
  /** Stable for the same members: their ids joined, in the input's order. */
  key: string;
  /** The member that stays in sight, as its own marker at its own position (it is among `singles`). */
  leader: string;
  /** The others, behind the count, in the input's order. */
  ids: string[];
  /** Where the count is drawn: beside the leader, at its upper right corner. */
  x: number;
  y: number;
  /** The leader's and the count's boxes together: the others spread around it when the group opens. */
  box: ScreenBox;
}

/** Side of a group's count bubble, in pixels (room for "+12" and an outline). */
export const CROWD_SIZE = 22;
/**
 * Markers closer than this many pixels (box edge to box edge) are gathered: the bar is "no two
 * interactive markers overlap by more than 4 px"; a 1 px gap keeps them visibly apart, not just untouching.
 */
export const CROWD_GAP = 1;

/**
 * A point place (a capital, a city, a village) leads its crowd before an area's handle (a country's or a
 * region's pin at its centre): the point's pin is where the place is, an area reads as its tinted shape.
 */
export const POINT_LEAD = 1_000_000;

/**
 * How strongly a place claims to stay in sight when markers crowd: points over areas, then the weight the
 * first view gives it (mentions, plus `storyWeight` for each journey or event it takes part in).
 * @example leaderRank({ point: true, mentions: 1, storyRoles: 4 }, 3) // → 1000013
 */
export function leaderRank(place: { point: boolean; mentions: number; storyRoles: number }, storyWeight: number): number {
  return (place.point ? POINT_LEAD : 0) + Math.max(0, place.mentions) + storyWeight * Math.max(0, place.storyRoles);
}

interface Item {
  ids: number[];
  /** Index of the member shown as its own marker when the item is a crowd. */
  leader: number;
  /** The item's whole box: a marker's, or a crowd's leader and count together. */
  x: number;
  y: number;
  size: number;
}

function overlaps(a: ScreenBox, b: ScreenBox, gap: number): boolean {
  const reach = (a.size + b.size) / 2 + gap;
  return Math.abs(a.x - b.x) < reach && Math.abs(a.y - b.y) < reach;
}

/** Where a crowd's count goes beside its leader (corner to corner, `gap` apart), and the box of both. */
function crowdLayout(leader: ScreenMarker, crowdSize: number, gap: number): { count: { x: number; y: number }; box: ScreenBox } {
  const d = (leader.size + crowdSize) / 2 + gap;
  const count = { x: leader.x + d, y: leader.y - d };
  const left = leader.x - leader.size / 2;
  const right = count.x + crowdSize / 2;
  const top = count.y - crowdSize / 2;
  const bottom = leader.y + leader.size / 2;
  return { count, box: { x: (left + right) / 2, y: (top + bottom) / 2, size: right - left } };
}

/**
 * Gather markers whose boxes overlap (or come within `gap` px) into crowds, again and again until no shown
 * box overlaps another. A crowd does not hide all its places: its leader (the highest `rank`) stays as its
 * own marker at its own position, and the others are a count at the leader's upper right corner, so the
 * place the story turns on is one tap away however tight the crowd. A sweep along x finds the overlapping
 * pairs, so a thousand markers cost milliseconds.
 * @example gatherCrowds([{ id: 'a', x: 0, y: 0, size: 16, rank: 2 }, { id: 'b', x: 5, y: 5, size: 16 }, { id: 'c', x: 200, y: 0, size: 16 }])
 * // → { singles: ['a', 'c'], crowds: [{ key: 'a|b', leader: 'a', ids: ['b'], x: 20, y: -20, box: { x: 11.5, y: -11.5, size: 39 } }] }
 */
export function gatherCrowds(markers: readonly ScreenMarker[], gap = CROWD_GAP, crowdSize = CROWD_SIZE): { singles: string[]; crowds: Crowd[] } {
  const rankOf = (i: number) => markers[i]!.rank ?? 0;
  let items: Item[] = markers.map((m, i) => ({ ids: [i], leader: i, x: m.x, y: m.y, size: m.size }));
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
      const leader = ids.reduce((best, i) => (rankOf(i) > rankOf(best) ? i : best), ids[0]!);
      const m = markers[leader]!;
      if (ids.length === 1) return { ids, leader, x: m.x, y: m.y, size: m.size };
      return { ids, leader, ...crowdLayout(m, crowdSize, gap).box };
    });
  }
  const singles: string[] = [];
  const crowds: Crowd[] = [];
  for (const it of items.sort((a, b) => a.ids[0]! - b.ids[0]!)) {
    const leader = markers[it.leader]!;
    singles.push(leader.id);
    if (it.ids.length === 1) continue;
    const { count, box } = crowdLayout(leader, crowdSize, gap);
    crowds.push({
      key: it.ids.map((i) => markers[i]!.id).join('|'),
      leader: leader.id,
      ids: it.ids.filter((i) => i !== it.leader).map((i) => markers[i]!.id),
      x: count.x,
      y: count.y,
      box,
    });
  }
  return { singles, crowds };
}

/**
 * Where a group's members go when it is spread open: on a circle around the centre of the group's box (its
 * leader and count together, `around` px square), far enough out to clear that box and far enough apart that
 * no two boxes overlap, the first at the top, clockwise. Offsets in pixels from the centre.
 * @example spreadOffsets(4, 16, 39) // → four points 45 px from the centre, at 12, 3, 6 and 9 o'clock
 */
export function spreadOffsets(count: number, size: number, around = CROWD_SIZE, gap = 6): { x: number; y: number }[] {
  if (count <= 0) return [];
  // Neighbours on the circle are 2 r sin(π / n) apart; that must exceed a box's diagonal plus the gap. A
  // member clears the square in the middle at any angle once r is half the two sides' sum times √2.
  const spacing = size * Math.SQRT2 + gap;
  const clear = ((around + size) / 2) * Math.SQRT2 + gap;
  const radius = Math.max(clear, count === 1 ? 0 : spacing / (2 * Math.sin(Math.PI / count)));
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
    return { x: Math.round(radius * Math.cos(angle) * 10) / 10, y: Math.round(radius * Math.sin(angle) * 10) / 10 };
  });
}

/** Ring sizes tried, as multiples of the tightest ring, when the tightest would cover another marker. */
const RING_SCALES = [1, 1.25, 1.5, 2, 2.5, 3];
/** Turns of the ring tried at each size, as fractions of the angle between two members. */
const RING_TURNS = 6;

/**
 * Where a group's members go when it is spread open around `box` (its leader and count), clear of the other
 * markers on screen (`obstacles`): the tightest ring of `spreadOffsets` if it covers none, else the first
 * turn of it, or the first larger ring, that does. A larger ring keeps its members further apart, so they
 * never overlap one another either. When nothing is clear (a crowded screen), the tightest ring.
 * @example spreadAvoiding(3, 16, { x: 0, y: 0, size: 39 }, [{ x: 0, y: -45, size: 18 }]) // → a ring turned or widened off that marker
 */
export function spreadAvoiding(count: number, size: number, box: ScreenBox, obstacles: readonly ScreenBox[], gap = 6): { x: number; y: number }[] {
  const ring = spreadOffsets(count, size, box.size, gap);
  const near = obstacles.filter((o) => Math.abs(o.x - box.x) < 400 && Math.abs(o.y - box.y) < 400);
  const clear = (offsets: { x: number; y: number }[]) =>
    offsets.every((o) => near.every((b) => !overlaps({ x: box.x + o.x, y: box.y + o.y, size }, b, CROWD_GAP)));
  if (near.length === 0 || clear(ring)) return ring;
  const step = (2 * Math.PI) / Math.max(count, 1);
  for (const scale of RING_SCALES) {
    for (let turn = 0; turn < RING_TURNS; turn++) {
      const angle = (step * turn) / RING_TURNS;
      const cos = Math.cos(angle);
      const sin = Math.sin(angle);
      const offsets = ring.map(({ x, y }) => ({
        x: Math.round((x * cos - y * sin) * scale * 10) / 10,
        y: Math.round((x * sin + y * cos) * scale * 10) / 10,
      }));
      if (clear(offsets)) return offsets;
    }
  }
  return ring;
}
