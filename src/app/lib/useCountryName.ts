import { useEffect, useReducer } from 'react';
import { countryName } from './format';

/**
 * Country names come from Intl.DisplayNames, whose first use loads the browser's locale data (~30 ms here).
 * They only show in tooltips, so that first use waits a second and then for idle time, after the first
 * map is painted; until then a tooltip shows the two-letter code.
 */
let namesReady = false;
const waiting = new Set<() => void>();
let scheduled = false;

function whenIdle(): void {
  if (scheduled) return;
  scheduled = true;
  const idle = globalThis.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 0));
  setTimeout(() => {
    idle(
      () => {
        countryName('US');
        namesReady = true;
        for (const wake of waiting) wake();
        waiting.clear();
      },
      { timeout: 2000 },
    );
  }, 1000);
}

/**
 * The English name of a country from its ISO alpha-2 code, or undefined while names are not loaded yet.
 * @example const name = useCountryName('RU'); // → undefined at first, then 'Russia'
 */
export function useCountryName(code: string | undefined): string | undefined {
  const [, wake] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (namesReady) return;
    waiting.add(wake);
    whenIdle();
    return () => {
      waiting.delete(wake);
    };
  }, []);
  return namesReady ? countryName(code) : undefined;
}
