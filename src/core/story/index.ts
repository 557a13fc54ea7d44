/** The story step: who travelled where and when, as route and event features. */
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
