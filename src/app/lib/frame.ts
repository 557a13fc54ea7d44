/**
 * The first view of an article: where it happens, not every place it names. Each place weighs by its
 * mentions and its part in the story (the ends of journeys, the places of events); the view holds the
 * heaviest places nearest the article's centre of gravity, so one passing mention of a far-off place
 * does not shrink the map to a clump. Pure: [lon, lat] positions in, a box out.
 */
import { PHONE_WIDTH } from './screen';

export interface FramePlace {
  id: string;
  /** [lon, lat] */
  position: readonly number[];
  mentions: number;
  /** Journeys and events the place takes part in. */
  storyRoles: number;
}

/** A journey's end or an event's place counts as much as this many mentions: the story happens there. */
export const STORY_WEIGHT = 3;

/**
 * Room the map's controls take (px): on a phone the left column of icon buttons (zoom, "Show all places",
 * "Drop a pin"), the layers button on the right, the credits and folded legend at the bottom, so a first view
 * never puts a place under a control, where a tap would press the control. A desktop map is wide enough that
 * the worded buttons cover only its top-left corner: keeping clear of the zoom bar's width there leaves the
 * fit a zoom level closer (the desktop map snaps to whole zoom levels).
 * @example map.fitBounds(bounds, { ...CLEAR_OF_CONTROLS, maxZoom: 6 });
 */
export const CLEAR_OF_CONTROLS: { paddingTopLeft: [number, number]; paddingBottomRight: [number, number] } = PHONE_WIDTH
  ? { paddingTopLeft: [50, 12], paddingBottomRight: [54, 56] }
  : { paddingTopLeft: [44, 12], paddingBottomRight: [56, 40] };
/**
 * The view keeps the places nearest the centre until they carry this share of the article's weight: the
 * rest — the far tail — are a click away ("Show all places"). 0.85 drops a few passing mentions of a
 * faraway place and keeps a second theatre that carries a fair part of the story.
 */
export const CORE_SHARE = 0.85;
/**
 * Places past that share still come along when they lie within this multiple of the kept places' reach
 * from the centre (plus NEAR_DEGREES): a town beside the story's places is part of the picture even if it
 * is mentioned once; a continent away it is not.
 */
export const REACH_FACTOR = 1.5;
export const NEAR_DEGREES = 2;

const rad = Math.PI / 180;

function unit(p: readonly number[]): [number, number, number] {
  const lon = p[0]! * rad;
  const lat = p[1]! * rad;
  return [Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)];
}

/**
 * The ids of the places the first view should frame.
 * @example framedPlaces([{ id: 'ankara', position: [32.9, 39.9], mentions: 6, storyRoles: 1 }, { id: 'istanbul', position: [29, 41], mentions: 4, storyRoles: 1 }, { id: 'hawaii', position: [-155, 20], mentions: 1, storyRoles: 0 }])
 * // → ['ankara', 'istanbul']
 */
export function framedPlaces(places: readonly FramePlace[]): string[] {
  if (places.length <= 2) return places.map((p) => p.id);
  const weight = (p: FramePlace) => Math.max(p.mentions, 0) + STORY_WEIGHT * Math.max(p.storyRoles, 0) || 0.5;
  const total = places.reduce((s, p) => s + weight(p), 0);
  // Centre of gravity on the globe (a mean of unit vectors), so it works across the date line.
  const c = [0, 0, 0];
  for (const p of places) {
    const v = unit(p.position);
    const w = weight(p);
    c[0]! += v[0] * w;
    c[1]! += v[1] * w;
    c[2]! += v[2] * w;
  }
  const norm = Math.hypot(c[0]!, c[1]!, c[2]!);
  if (norm < 1e-9) return places.map((p) => p.id);
  const byDistance = places
    .map((p) => {
      const v = unit(p.position);
      return { p, angle: Math.acos(Math.min(1, Math.max(-1, (v[0] * c[0]! + v[1] * c[1]! + v[2] * c[2]!) / norm))) };
    })
    .sort((a, b) => a.angle - b.angle);
  const kept: string[] = [];
  let carried = 0;
  let reach = 0;
  for (const { p, angle } of byDistance) {
    if (carried >= CORE_SHARE * total) {
      // The core is complete: only its near neighbours follow.
      if (angle > REACH_FACTOR * reach + NEAR_DEGREES * rad) break;
    } else {
      carried += weight(p);
      reach = angle;
    }
    kept.push(p.id);
  }
  return kept;
}
