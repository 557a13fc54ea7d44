/** Number and text formatting shared by the panels and tooltips. */

/**
 * A number with thousands separators (en-US style) and a fixed number of decimals. Written out rather
 * than with Intl.NumberFormat: the first Intl formatter of a page loads locale data, ~40 ms of the first
 * render here, for commas every three digits.
 * @example formatNumber(5799.61, 1) // → '5,799.6'
 */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * Kilometres rounded to whole km with thousands separators.
 * @example formatKm(5793.4) // → '5,793 km'
 */
export function formatKm(km: number): string {
  return `${formatNumber(Math.round(km))} km`;
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

/** English month abbreviations, January first. */
export const MONTH_ABBREVIATIONS: readonly string[] = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A story date, short enough for a map label: the day, the month, a span of days, or the year.
 * @example formatStoryDate({ start: '2018-04-02', end: '2018-04-08', precision: 'part-of-month', label: 'last week' }) // → '2–8 Apr 2018'
 */
export function formatStoryDate(date: { start?: string; end?: string; precision?: string; label?: string } | undefined): string {
  const parse = (iso?: string) => {
    const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
    return m ? { y: m[1]!, m: MONTH_ABBREVIATIONS[Number(m[2]) - 1] ?? '', d: String(Number(m[3])) } : undefined;
  };
  const a = parse(date?.start);
  const b = parse(date?.end);
  if (!a) return '';
  switch (date?.precision) {
    case 'day':
      return `${a.d} ${a.m} ${a.y}`;
    case 'month':
      return `${a.m} ${a.y}`;
    case 'year':
      return a.y;
    case 'part-of-month':
      if (b && b.m === a.m && b.y === a.y) return a.d === b.d ? `${a.d} ${a.m} ${a.y}` : `${a.d}–${b.d} ${a.m} ${a.y}`;
      return `${a.m} ${a.y}`;
    default:
      return '';
  }
}

/** Titles longer than this are cut at a word for the header (a pasted article's title is its first line). */
export const SHORT_TITLE_LENGTH = 90;

/**
 * A title short enough for a header: the first line, cut at the last word boundary before
 * SHORT_TITLE_LENGTH characters with an ellipsis; a short title is returned as it is.
 * @example shortTitle('Officials said on Tuesday that the talks in Geneva between the two delegations would resume next week after a pause') // → 'Officials said on Tuesday that the talks in Geneva between the two delegations would…'
 */
export function shortTitle(title: string): string {
  const line = title.split(/\r?\n/, 1)[0]!.trim();
  if (line.length <= SHORT_TITLE_LENGTH) return line;
  const cut = line.slice(0, SHORT_TITLE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > SHORT_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
