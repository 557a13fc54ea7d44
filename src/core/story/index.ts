/**
 * The story step: who travelled where and when, as route and event features (the contract in src/core/geojson/types.ts).
 *
 * - `extractStory(text, places, meta, { capitalOf })` → `{ actors, routes, events, impliedPlaces }`.
 * - Routes: `route:<actor>:<from>-<to>`, great-circle geometry (split at ±180°), `distanceKm` (Turf),
 *   `ellipsoidKm`, `webSphereKm`, `date` (with `qualifier` for "as early as May"), `status`,
 *   `origin` ("stated" | "previous-stop" | "home-capital"), `destination` ("stated" | "country-capital"),
 *   `evidence` ("movement" | "meeting"), `confidence`, and the supporting sentences as `mentions`.
 * - Events: meetings, summits, talks, named events ("PyeongChang Winter Olympics") and visits with no
 *   origin the text supports; Point or null geometry, `participants`, `dateSet: false` when the text says
 *   no date has been set.
 */
export type { Actor } from './actors';
export { compareStoryDates, type DateQualifier, findDates, type StoryDateEx } from './dates';
export { extractStory, type Story, type StoryOptions } from './extractStory';
export {
  STATUS_COLORS,
  type StoryEventFeature,
  type StoryEventProperties,
  type StoryRouteFeature,
  type StoryRouteProperties,
} from './features';
export type { CapitalLookup } from './places';
