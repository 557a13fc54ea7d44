/**
 * Screen widths the map adapts to, read once when the app starts (as the layout's CSS breakpoints are).
 */

function matches(query: string): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}

/**
 * A phone-wide map (≤ 600 px): it may zoom out below 1, and tooltips are placed to stay on it.
 * @example if (PHONE_WIDTH) tooltip.options.direction = tooltipDirection(at, size);
 */
export const PHONE_WIDTH: boolean = matches('(max-width: 600px)');

/**
 * The side-by-side layout (> 800 px, as in styles.css); below it the panel goes under the map.
 * @example <details open={SIDE_BY_SIDE}>
 */
export const SIDE_BY_SIDE: boolean = typeof window === 'undefined' || typeof window.matchMedia !== 'function' || matches('(min-width: 801px)');

/**
 * Wide enough (≥ 1600 px) for the article in a column of its own beside the tools' tabs, both a readable
 * measure (about 30 em) with a map still over 650 px wide; narrower screens keep the article as a tab. The
 * same width is the breakpoint of `.side-panel--two` in styles.css.
 */
export const TWO_COLUMNS_QUERY = '(min-width: 1600px)';

/**
 * Narrow enough (the stacked layout's width, as in styles.css) that the header keeps only the title and
 * "Open article" in its row and folds the units and exports behind one button (HeaderActions).
 */
export const COMPACT_HEADER_QUERY = '(max-width: 800px)';
