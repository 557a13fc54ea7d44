export function writeSeedGeoJson(): string {
  return 'data/seed.geojson (not yet)';
}
