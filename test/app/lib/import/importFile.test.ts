/** Opening files: each format's reader, and a message saying what is wrong and where for broken files. */
import { describe, expect, it } from 'vitest';
import { mapLayers } from '../../../../src/app/lib/collection';
import { detectFormat, type ImportVerdict, importFile } from '../../../../src/app/lib/import/importFile';
import { nodeXml } from '../../../support/nodeXml';

const open = (text: string, name: string): ImportVerdict => importFile(new TextEncoder().encode(text), name, nodeXml());
const errorOf = (v: ImportVerdict) => (v.kind === 'error' ? v.message : `no error (${v.kind})`);

describe('detectFormat', () => {
  it('goes by extension, then by the first characters', () => {
    expect(detectFormat('a.KML', '')).toBe('kml');
    expect(detectFormat('a.tsv', '')).toBe('csv');
    expect(detectFormat('drop', '<?xml version="1.0"?>\n<gpx version="1.1">')).toBe('gpx');
    expect(detectFormat('drop', '<kml xmlns="http://www.opengis.net/kml/2.2">')).toBe('kml');
    expect(detectFormat('drop', '{"type":"FeatureCollection"}')).toBe('geojson');
    expect(detectFormat('drop', 'Moscow is large.')).toBe('text');
  });
});

describe('CSV', () => {
  it('finds coordinate columns by name, whatever their case or spacing', () => {
    const v = open('City Name;Lat;LNG;Notes\nOslo;59.91;10.75;Talks\nQuito;-0.23;-78.52;Return', 'sheet.csv');
    expect(v.kind).toBe('geojson');
    if (v.kind !== 'geojson') return;
    expect(v.collection.features.map((f) => f.geometry)).toEqual([
      { type: 'Point', coordinates: [10.75, 59.91] },
      { type: 'Point', coordinates: [-78.52, -0.23] },
    ]);
    expect(v.collection.article.title).toBe('sheet');
  });

  it('names the missing column and the columns the file has', () => {
    expect(errorOf(open('name,lat\nOslo,59.9', 'x.csv'))).toBe('The CSV file has no longitude (longitude, lon, lng, long, x, lon_dd, decimal_longitude, longitude_dd, point_x) column. Its columns: "name", "lat".');
    expect(errorOf(open('a,b\n1,2', 'x.csv'))).toMatch(/^The CSV file has no latitude \(.*\) and no longitude \(.*\) column/);
  });

  it('skips rows with unusable numbers and says which', () => {
    const v = open('name,latitude,longitude\nA,1,2\nB,north,3\nC,95,3\nD,4,5', 'x.csv');
    expect(v.kind).toBe('geojson');
    expect(v.warnings).toEqual(['Skipped 2 of 4 rows: row 2: latitude "north" is not a number from -90 to 90; row 3: latitude "95" is not a number from -90 to 90.']);
  });

  it('fails with the rows when none is usable', () => {
    expect(errorOf(open('name,latitude,longitude\nA,x,y', 'x.csv'))).toMatch(/^No row of the CSV file has usable coordinates: row 1: latitude "x"/);
  });
});

describe('KML and GPX', () => {
  it('reports where malformed XML breaks', () => {
    expect(errorOf(open('<kml>\n<Placemark><name>A</nam></Placemark></kml>', 'broken.kml'))).toBe('The KML file is not well-formed XML: line 2, column 18: Opening and ending tag mismatch: "name" != "nam"');
  });

  it('refuses XML that is not the format its name says', () => {
    expect(errorOf(open('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', 'map.kml'))).toBe('The file is XML but not KML: its root element is <svg>, not <kml>.');
  });

  it('says when a GPX file has nothing with coordinates', () => {
    expect(errorOf(open('<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"></gpx>', 'empty.gpx'))).toBe('The GPX file has no placemarks, waypoints or tracks with coordinates.');
  });

  it("reads another tool's GPX track and waypoint typed as places when they carry a place type", () => {
    const gpx = `<?xml version="1.0"?><gpx version="1.1" creator="x" xmlns="http://www.topografix.com/GPX/1/1">
      <wpt lat="59.9" lon="10.7"><name>Oslo</name><type>city</type></wpt>
      <trk><name>Ride</name><type>journey</type><trkseg><trkpt lat="59.9" lon="10.7"/><trkpt lat="60.4" lon="5.3"/></trkseg></trk></gpx>`;
    const v = open(gpx, 'ride.gpx');
    expect(v.kind).toBe('geojson');
    if (v.kind !== 'geojson') return;
    const { places, routes } = mapLayers(v.collection);
    expect(places.map((p) => p.properties.name)).toEqual(['Oslo']);
    expect(routes.map((r) => r.properties.name)).toEqual(['Ride']);
  });
});

describe('GeoJSON', () => {
  it('reports the line and column of a JSON syntax error', () => {
    expect(errorOf(open('{\n  "type": "FeatureCollection",\n  "features": [,]\n}', 'x.geojson'))).toMatch(/^Not valid JSON \(line 3, column 16\): value expected\.$/);
  });
});

describe('anything else', () => {
  it('refuses a binary file whatever its name', () => {
    expect(errorOf(open('name,lat,lon\u0000\u0001', 'x.csv'))).toMatch(/binary/);
  });

  it('passes article text on to the geoparser', () => {
    expect(open('Talks were held in Oslo.', 'story.txt')).toMatchObject({ kind: 'text', text: 'Talks were held in Oslo.' });
  });

  it('says when a web page is not a map page saved by the app', () => {
    expect(errorOf(open('<!doctype html><html><body>hi</body></html>', 'page.html'))).toBe('This HTML file is not a map page saved by news-atlas (it has no map data).');
  });
});
