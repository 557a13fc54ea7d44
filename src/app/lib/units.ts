/**
 * Kilometres or miles, chosen once in the header and used by every figure the explorer shows. The
 * GeoJSON and the article's own checks stay in kilometres; only what is shown changes.
 */
import { createContext, useContext } from 'react';
import { formatNumber } from './format';

export type DistanceUnit = 'km' | 'mi';

/** International mile, exactly 1.609344 km. */
export const KM_PER_MILE = 1.609344;

/**
 * A distance in the chosen unit, with thousands separators.
 * @example formatDistance(5793.4, 'mi') // → '3,600 mi'
 */
export function formatDistance(km: number, unit: DistanceUnit, decimals = 0): string {
  const value = unit === 'mi' ? km / KM_PER_MILE : km;
  return `${formatNumber(decimals === 0 ? Math.round(value) : value, decimals)} ${unit}`;
}

/** The unit chosen in the header (kilometres until the reader picks miles). */
export const UnitContext = createContext<DistanceUnit>('km');

/**
 * The chosen unit, for components that show distances.
 * @example const unit = useUnit(); formatDistance(km, unit);
 */
export function useUnit(): DistanceUnit {
  return useContext(UnitContext);
}
