import type { PlaceType, ResolvedPlace } from '../types';
import type { PlaceFeature } from './types';

/** Marker colours by place type, shared by the map legend and the simplestyle export. */
export const PLACE_COLORS: Record<PlaceType, string> = {
  country: '#6a3d9a',
  capital: '#d62728',
  city: '#ff7f0e',
  town: '#f2a541',
  village: '#8c564b',
  landmark: '#8c564b',
  region: '#2ca02c',
  admin1: '#17becf',
  admin2: '#1f9e89',
  water: '#1f77b4',
  continent: '#7f7f7f',
};

/**
 * A resolved place as a GeoJSON Point Feature per the contract (binding: id, kind, name, mentions).
 *
 * @example placeFeature(moscow).properties.kind // → 'place'
 */
export function placeFeature(p: ResolvedPlace): PlaceFeature {
  const n = p.mentions.length;
  return {
    type: 'Feature',
    id: p.id,
    geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    properties: {
      kind: 'place',
      name: p.name,
      mentions: p.mentions,
      placeType: p.placeType,
      countryCode: p.countryCode,
      ...(p.iso3 ? { iso3: p.iso3 } : {}),
      ...(p.admin1Name ? { admin1Name: p.admin1Name } : {}),
      ...(p.countryName ? { countryName: p.countryName } : {}),
      gazetteer: p.gazetteer,
      ...(p.sameAs ? { sameAs: p.sameAs } : {}),
      ...(p.population ? { population: p.population } : {}),
      confidence: p.confidence,
      candidates: p.candidates,
      reference: p.reference,
      ...(p.decidedBy ? { decidedBy: p.decidedBy } : {}),
      'marker-color': PLACE_COLORS[p.placeType],
      'marker-size': p.placeType === 'country' || p.placeType === 'capital' ? 'large' : 'medium',
      title: p.name,
      description: `${p.placeType}${p.countryCode ? `, ${p.countryCode}` : ''} — ${
        p.reference === 'implied' ? 'implied by the story, not named in the article' : `${n} mention${n === 1 ? '' : 's'}`
      }`,
    },
  };
}
