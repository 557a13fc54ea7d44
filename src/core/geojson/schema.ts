/**
 * The contract of ./types.ts as valibot schemas, for reading GeoJSON that came from outside the code (an opened
 * file, a paste, an import): what the map and panels rely on is checked here, so a wrong type or an
 * out-of-range coordinate leaves one feature out with a reason instead of failing while it is drawn.
 * Objects are loose: properties the contract does not name are kept as data (valibot never copies
 * `__proto__`, `prototype` or `constructor` keys). Pure: no DOM.
 */
import * as v from 'valibot';

/** Latitudes beyond the poles do not exist. */
export const MAX_LATITUDE = 90;
/**
 * Longitudes are accepted one turn either side of [-180, 180]: the app's own routes across the date line are
 * drawn with unwrapped longitudes (Tokyo → Los Angeles at -241°), which RFC 7946 readers wrap.
 */
export const MAX_LONGITUDE = 360;

const OUT_OF_RANGE = 'coordinates out of range';
const NOT_NUMBERS = 'coordinates are not numbers';

const coordinate = (limit: number) =>
  v.pipe(v.number(NOT_NUMBERS), v.finite(NOT_NUMBERS), v.minValue(-limit, OUT_OF_RANGE), v.maxValue(limit, OUT_OF_RANGE));

/** [lon, lat] or [lon, lat, elevation]: finite numbers in range. */
export const PositionSchema = v.tupleWithRest(
  [coordinate(MAX_LONGITUDE), coordinate(MAX_LATITUDE)],
  v.pipe(v.number(NOT_NUMBERS), v.finite(NOT_NUMBERS)),
  'a position is not [longitude, latitude]',
);
const LineCoordinates = v.pipe(v.array(PositionSchema, 'a line is not a list of positions'), v.minLength(2, 'a line needs two positions'));
const RingCoordinates = v.pipe(v.array(PositionSchema, 'a ring is not a list of positions'), v.minLength(4, 'a ring needs four positions'));

export const PointSchema = v.object({ type: v.literal('Point'), coordinates: PositionSchema });
export const MultiPointSchema = v.object({ type: v.literal('MultiPoint'), coordinates: v.array(PositionSchema) });
export const LineStringSchema = v.object({ type: v.literal('LineString'), coordinates: LineCoordinates });
export const MultiLineStringSchema = v.object({
  type: v.literal('MultiLineString'),
  coordinates: v.pipe(v.array(LineCoordinates), v.minLength(1, 'no lines')),
});
export const PolygonSchema = v.object({ type: v.literal('Polygon'), coordinates: v.pipe(v.array(RingCoordinates), v.minLength(1, 'no rings')) });
export const MultiPolygonSchema = v.object({
  type: v.literal('MultiPolygon'),
  coordinates: v.pipe(v.array(v.pipe(v.array(RingCoordinates), v.minLength(1, 'no rings'))), v.minLength(1, 'no polygons')),
});
const LineGeometrySchema = v.variant('type', [LineStringSchema, MultiLineStringSchema], 'not a LineString or MultiLineString');

/** Every GeoJSON geometry except GeometryCollection (which no news tool writes and the map does not draw). */
export const GeometrySchema = v.variant(
  'type',
  [PointSchema, MultiPointSchema, LineStringSchema, MultiLineStringSchema, PolygonSchema, MultiPolygonSchema],
  'not a GeoJSON geometry',
);

const finite = v.pipe(v.number(), v.finite());
const share = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1));
const text = v.string();

export const MentionSchema = v.looseObject({
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  text,
  excerpt: text,
});

export const StoryDateSchema = v.looseObject({
  start: v.optional(text),
  end: v.optional(text),
  label: text,
  precision: v.picklist(['day', 'month', 'part-of-month', 'year', 'unknown']),
});

export const RouteStatusSchema = v.picklist(['happened', 'planned', 'proposed', 'cancelled']);

/** simplestyle-spec fields as the contract types them (their values are checked again before any is drawn). */
const simpleStyle = {
  'marker-color': v.optional(text),
  'marker-size': v.optional(v.picklist(['small', 'medium', 'large'])),
  'marker-symbol': v.optional(text),
  stroke: v.optional(text),
  'stroke-width': v.optional(finite),
  'stroke-opacity': v.optional(finite),
  title: v.optional(text),
  description: v.optional(text),
};

/**
 * What every app feature carries. `name` and `mentions` may be missing in hand-made files (the reader
 * defaults them: the id, no mentions) and single bad mentions are dropped by the reader, not here.
 */
const base = {
  ...simpleStyle,
  name: v.optional(text),
  mentions: v.optional(v.array(v.unknown(), 'mentions is not a list')),
};

export const CandidateSchema = v.looseObject({
  name: text,
  gazetteer: v.looseObject({ source: text, id: text }),
  placeType: text,
  countryCode: text,
  lon: coordinate(MAX_LONGITUDE),
  lat: coordinate(MAX_LATITUDE),
  population: v.optional(finite),
  score: finite,
});

export const PlacePropertiesSchema = v.looseObject({
  ...base,
  kind: v.literal('place'),
  placeType: v.picklist([
    'country',
    'capital',
    'city',
    'town',
    'village',
    'landmark',
    'region',
    'admin1',
    'admin2',
    'water',
    'continent',
  ]),
  countryCode: text,
  iso3: v.optional(text),
  admin1Name: v.optional(text),
  countryName: v.optional(text),
  gazetteer: v.optional(v.looseObject({ source: text, id: text })),
  population: v.optional(finite),
  confidence: v.optional(share),
  candidates: v.optional(v.array(CandidateSchema)),
  reference: v.optional(v.picklist(['literal', 'demonym', 'implied'])),
});

export const RoutePropertiesSchema = v.looseObject({
  ...base,
  kind: v.literal('route'),
  from: text,
  to: text,
  actors: v.array(text),
  date: v.optional(StoryDateSchema),
  status: RouteStatusSchema,
  distanceKm: v.optional(finite),
  ellipsoidKm: v.optional(finite),
  confidence: v.optional(share),
});

export const EventPropertiesSchema = v.looseObject({
  ...base,
  kind: v.literal('event'),
  place: v.optional(text),
  participants: v.array(text),
  date: v.optional(StoryDateSchema),
  status: RouteStatusSchema,
  confidence: v.optional(share),
});

export const BorderPropertiesSchema = v.looseObject({
  ...base,
  kind: v.literal('border'),
  countries: v.array(text),
  lengthKm: finite,
  ellipsoidKm: v.optional(finite),
  source: text,
});

export const ClaimPropertiesSchema = v.looseObject({
  ...base,
  kind: v.literal('claim'),
  value: finite,
  unit: text,
  matches: v.array(text),
  computedKm: v.optional(finite),
  model: v.optional(text),
  modelLabel: v.optional(text),
  statedKm: v.optional(finite),
  differenceKm: v.optional(finite),
  status: v.optional(v.picklist(['match', 'close', 'none', 'unchecked'])),
  verdict: text,
});

const featureId = v.optional(v.union([text, finite]));

/** An app feature of each kind, with the geometry the kind needs. */
export const AtlasFeatureSchemas = {
  place: v.looseObject({ type: v.literal('Feature'), id: featureId, geometry: PointSchema, properties: PlacePropertiesSchema }),
  route: v.looseObject({ type: v.literal('Feature'), id: featureId, geometry: LineGeometrySchema, properties: RoutePropertiesSchema }),
  event: v.looseObject({
    type: v.literal('Feature'),
    id: featureId,
    geometry: v.nullable(PointSchema),
    properties: EventPropertiesSchema,
  }),
  border: v.looseObject({ type: v.literal('Feature'), id: featureId, geometry: LineGeometrySchema, properties: BorderPropertiesSchema }),
  claim: v.looseObject({ type: v.literal('Feature'), id: featureId, geometry: v.null(), properties: ClaimPropertiesSchema }),
} as const;

/** A feature from any tool: a drawable geometry and any properties (a missing `properties` is an empty object). */
export const OtherFeatureSchema = v.looseObject({
  type: v.literal('Feature'),
  id: featureId,
  geometry: GeometrySchema,
  properties: v.optional(v.nullable(v.record(v.string(), v.unknown()))),
});

/** The `article` member: each field checked alone (a bad one is dropped and reported, the rest kept). */
export const ArticleFieldSchemas = {
  id: v.union([text, finite]),
  title: text,
  byline: text,
  published: text,
  tags: v.array(text),
  text,
} as const;

export const CollectionSchema = v.looseObject({
  type: v.literal('FeatureCollection'),
  features: v.array(v.unknown()),
});
