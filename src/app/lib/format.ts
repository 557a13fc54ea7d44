/** Number and text formatting shared by the panels and tooltips. */

/**
 * Kilometres rounded to whole km with thousands separators.
 * @example formatKm(5793.4) // → '5,793 km'
 */
export function formatKm(km: number): string {
  return `${Math.round(km).toLocaleString('en-US')} km`;
}

/**
 * A file-name-safe slug of an article title.
 * @example slugify('Lavrov accepts invitation to visit DPRK!') // → 'lavrov-accepts-invitation-to-visit-dprk'
 */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'article';
}

let regionNames: Intl.DisplayNames | undefined;

/**
 * English name of an ISO 3166-1 alpha-2 code via the browser's own data (no download); '' when unknown.
 * @example countryName('RU') // → 'Russia'
 */
export function countryName(code: string | undefined): string {
  if (!code || !/^[A-Za-z]{2}$/.test(code)) return '';
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(code.toUpperCase()) ?? '';
  } catch {
    return '';
  }
}
