import { useCallback, useMemo, useSyncExternalStore } from 'react';

/**
 * Whether a CSS media query matches now, following changes (a window resized, a tablet turned); false where
 * there is no matchMedia (tests without a layout, the server).
 * @example const wide = useMediaQuery(TWO_COLUMNS_QUERY);
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  // One MediaQueryList per query: React reads the snapshot on every render, and matchMedia parses the query anew.
  const list = useMemo(() => (typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(query) : null), [query]);
  const matches = () => list?.matches ?? false;
  return useSyncExternalStore(subscribe, matches, () => false);
}
