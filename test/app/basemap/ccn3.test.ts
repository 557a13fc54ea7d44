/**
 * The app's small ISO numeric → alpha-2/alpha-3 table (src/app/basemap/ccn3.json) is generated from
 * world-countries; this test regenerates it with REGEN=1 and otherwise checks it still matches.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import countries from 'world-countries';

const file = join(import.meta.dirname, '../../../src/app/basemap/ccn3.json');

function expected(): Record<string, [string, string]> {
  const table: Record<string, [string, string]> = {};
  for (const c of [...countries].sort((a, b) => a.ccn3.localeCompare(b.ccn3))) {
    if (c.ccn3) table[c.ccn3] = [c.cca2, c.cca3];
  }
  return table;
}

describe('ccn3 table', () => {
  it('matches world-countries (REGEN=1 rewrites it)', () => {
    if (process.env.REGEN) writeFileSync(file, `${JSON.stringify(expected())}\n`);
    const table = JSON.parse(readFileSync(file, 'utf8'));
    expect(table).toEqual(expected());
    expect(table['643']).toEqual(['RU', 'RUS']);
    expect(table['408']).toEqual(['KP', 'PRK']);
  });
});
