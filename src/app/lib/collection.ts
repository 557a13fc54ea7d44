/**
 * Reading an AtlasCollection that came from outside the app's own code (the worker, an opened file):
 * check the shape the map relies on and drop what cannot be drawn, with a clear message when nothing is usable.
 */
import type {
  AtlasCollection,
  AtlasFeature,
  BorderFeature,
  PlaceFeature,
  RouteFeature,
} from '../../core/geojson/types';
import type { Mention, Result } from '../../core/types';

export interface MapLayers {
  places: PlaceFeature[];
  routes: RouteFeature[];
  borders: BorderFeature[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isPosition = (v: unknown): boolean => Array.isArray(v) && v.length >= 2 && isNum(v[0]) && isNum(v[1]);

function isMention(v: unknown, textLength: number): v is Mention {
  return (
    isObject(v) &&
    Number.isInteger(v.start) &&
    Number.isInteger(v.end) &&
    (v.start as number) >= 0 &&
    (v.end as number) <= textLength &&
    typeof v.text === 'string' &&
    typeof v.excerpt === 'string'
  );
}

function isLineGeometry(g: unknown): boolean {
  if (!isObject(g) || !Array.isArray(g.coordinates)) return false;
  if (g.type === 'LineString') return g.coordinates.length >= 2 && g.coordinates.every(isPosition);
  if (g.type === 'MultiLineString') {
    return g.coordinates.every((line) => Array.isArray(line) && line.every(isPosition)) && g.coordinates.flat().length >= 2;
  }
  return false;
}

/**
 * Validate an unknown value as an AtlasCollection the map can show. Features with unusable geometry are
 * dropped; mentions with out-of-range offsets are dropped; a missing `article.text` becomes ''.
 * @example readCollection({ type: 'FeatureCollection', features: [] }).ok // → true
 */
export function readCollection(value: unknown): Result<AtlasCollection> {
  if (!isObject(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    return { ok: false, error: 'Not a GeoJSON FeatureCollection (expected "type": "FeatureCollection" and a "features" array).' };
  }
  const articleIn = isObject(value.article) ? value.article : {};
  const text = typeof articleIn.text === 'string' ? articleIn.text : '';
  const article = {
    ...articleIn,
    id: typeof articleIn.id === 'string' ? articleIn.id : 'article',
    title: typeof articleIn.title === 'string' && articleIn.title.trim() ? articleIn.title : 'Untitled article',
    text,
  };
  const features: AtlasFeature[] = [];
  value.features.forEach((f, index) => {
    if (!isObject(f) || !isObject(f.properties)) return;
    const p = f.properties;
    const kind = p.kind;
    const geometryOk =
      kind === 'place'
        ? isObject(f.geometry) && f.geometry.type === 'Point' && isPosition(f.geometry.coordinates)
        : kind === 'route' || kind === 'border'
          ? isLineGeometry(f.geometry)
          : kind === 'event' || kind === 'claim';
    if (!geometryOk) return;
    const mentions = Array.isArray(p.mentions) ? p.mentions.filter((m) => isMention(m, text.length)) : [];
    const id = typeof f.id === 'string' || typeof f.id === 'number' ? String(f.id) : `${String(kind)}:${index}`;
    const name = typeof p.name === 'string' && p.name ? p.name : id;
    features.push({ ...f, id, properties: { ...p, name, mentions } } as unknown as AtlasFeature);
  });
  return { ok: true, value: { ...value, type: 'FeatureCollection', article, features } as AtlasCollection };
}

/**
 * The features the map draws, by layer.
 * @example mapLayers(collection).places.length
 */
export function mapLayers(collection: AtlasCollection): MapLayers {
  const layers: MapLayers = { places: [], routes: [], borders: [] };
  for (const f of collection.features) {
    if (f.properties.kind === 'place') layers.places.push(f as PlaceFeature);
    else if (f.properties.kind === 'route') layers.routes.push(f as RouteFeature);
    else if (f.properties.kind === 'border') layers.borders.push(f as BorderFeature);
  }
  return layers;
}
