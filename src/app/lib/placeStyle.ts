/**
 * How a place looks on the map: its marker class (one of seven, each in the legend) and colour.
 * The colours are also written as simplestyle-spec `marker-color` in exports so geojson.io matches.
 */
import type { PlaceType } from '../../core/types';

export type MarkerClass = 'capital' | 'city' | 'village' | 'division' | 'county' | 'water' | 'region' | 'country';

export interface MarkerStyle {
  markerClass: MarkerClass;
  label: string;
  color: string;
  /** Icon diameter in CSS pixels. */
  size: number;
}

export const MARKER_STYLES: Record<MarkerClass, MarkerStyle> = {
  capital: { markerClass: 'capital', label: 'Capital', color: '#b3261e', size: 16 },
  city: { markerClass: 'city', label: 'City or town', color: '#d9730d', size: 13 },
  village: { markerClass: 'village', label: 'Village or landmark', color: '#7b3fa0', size: 12 },
  division: { markerClass: 'division', label: 'State or province', color: '#2f6b3a', size: 14 },
  county: { markerClass: 'county', label: 'County or district', color: '#5f7f2a', size: 13 },
  water: { markerClass: 'water', label: 'Sea, ocean or river', color: '#0b7fa8', size: 14 },
  region: { markerClass: 'region', label: 'Region or continent', color: '#0f7b6c', size: 14 },
  country: { markerClass: 'country', label: 'Country', color: '#1d4f91', size: 18 },
};

/** Colours for lines, shared by the map and the export. */
export const LINE_COLORS = { route: '#0b57d0', border: '#8a5a00' } as const;

/**
 * The marker class of a gazetteer place type.
 * @example markerClassOf('town') // → 'city'
 */
export function markerClassOf(placeType: PlaceType | string): MarkerClass {
  switch (placeType) {
    case 'capital':
      return 'capital';
    case 'city':
    case 'town':
      return 'city';
    case 'village':
    case 'landmark':
      return 'village';
    case 'country':
      return 'country';
    // A US state or a Chinese province is a first-level division, not a "region" (GeoNames ADM1); counties ADM2.
    case 'admin1':
      return 'division';
    case 'admin2':
      return 'county';
    case 'water':
      return 'water';
    default:
      return 'region';
  }
}

/** The order groups appear in the place list and the legend. */
export const MARKER_ORDER: MarkerClass[] = ['country', 'division', 'county', 'capital', 'city', 'village', 'region', 'water'];
