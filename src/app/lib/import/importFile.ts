/**
 * Opening a file someone gives the app: KML and GPX (read by @tmcw/togeojson), CSV with coordinates,
 * GeoJSON from any tool, this app's own exports (all of the above, and the self-contained page), or
 * article text. Each becomes what the reader (../collection.ts) checks before the map shows it; a file
 * that cannot be read gets a message saying what is wrong and where, and the map shown stays.
 */
import { gpx, kml } from '@tmcw/togeojson';
import type { Feature } from 'geojson';
import { type ParseError, parse as parseJsonc, printParseErrorCode } from 'jsonc-parser';
import { extractPageData } from '../export/pageData';
import { XmlError, type XmlTools } from '../export/xml';
import { classifyBytes, geojsonVerdict, type InputVerdict, MAX_INPUT_BYTES } from '../input';
import { csvToFeatures } from './csv';
import { atlasCollection, type PlainFeature } from './toAtlas';

export type ImportFormat = 'kml' | 'gpx' | 'csv' | 'geojson' | 'page' | 'text';

/** Verdicts of an import: InputVerdict's, plus warnings about rows skipped on the way. */
export type ImportVerdict = InputVerdict & { warnings?: string[]; format?: ImportFormat };

/**
 * Which reader a file needs, from its name and then its first characters.
 * @example detectFormat('trip.gpx', '<?xml …') // → 'gpx'
 */
export function detectFormat(name: string, text: string): ImportFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (ext === 'kml') return 'kml';
  if (ext === 'gpx') return 'gpx';
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  if (ext === 'html' || ext === 'htm') return 'page';
  if (ext === 'geojson' || ext === 'json') return 'geojson';
  const head = text.slice(0, 2000).trimStart();
  if (head.startsWith('<')) {
    if (/<kml[\s>]/i.test(head)) return 'kml';
    if (/<gpx[\s>]/i.test(head)) return 'gpx';
    if (/<html[\s>]|<!doctype html/i.test(head)) return 'page';
  }
  if (head.startsWith('{')) return 'geojson';
  return 'text';
}

const baseName = (name: string) => name.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, '') || 'Imported file';

function verdictOf(value: unknown, format: ImportFormat, warnings: string[] = []): ImportVerdict {
  const verdict = geojsonVerdict(value);
  if (verdict.kind !== 'geojson') return { ...verdict, format };
  return { ...verdict, report: [verdict.report, ...warnings].filter(Boolean).join(' '), warnings, format };
}

function fromXml(text: string, format: 'kml' | 'gpx', name: string, xml: XmlTools): ImportVerdict {
  const label = format.toUpperCase();
  let doc: Document;
  try {
    doc = xml.parse(text);
  } catch (error) {
    const detail = error instanceof XmlError ? error.message : (error as Error).message;
    return { kind: 'error', format, message: `The ${label} file is not well-formed XML: ${detail}` };
  }
  const root = doc.documentElement?.localName;
  if (root !== format) return { kind: 'error', format, message: `The file is XML but not ${label}: its root element is <${root ?? 'none'}>, not <${format}>.` };
  let features: PlainFeature[];
  try {
    features = (format === 'kml' ? kml(doc) : gpx(doc)).features as PlainFeature[];
  } catch (error) {
    return { kind: 'error', format, message: `The ${label} file could not be read: ${(error as Error).message}` };
  }
  const usable = features.filter((f) => f.geometry);
  if (usable.length === 0) return { kind: 'error', format, message: `The ${label} file has no placemarks, waypoints or tracks with coordinates.` };
  const titleEl = format === 'kml' ? doc.getElementsByTagName('Document')[0] : doc.getElementsByTagName('metadata')[0];
  const titleNode = titleEl ? Array.from(titleEl.childNodes).find((n) => n.nodeType === 1 && (n as Element).localName === 'name') : undefined;
  const title = titleNode?.textContent?.trim() || baseName(name);
  return verdictOf(atlasCollection(usable, title, true), format);
}

/** jsonc-parser's codes in words ('ValueExpected' → 'value expected'). */
const describeJsonError = (code: string) => code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** Line and column of a character offset, for JSON errors. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/**
 * Parse JSON, reporting where it breaks.
 * @example parseJson('{"a":}').ok // → false (error names line 1, column 6)
 */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    // JSON.parse's message quotes the text but not where it breaks; jsonc-parser (strict mode) finds it.
    const errors: ParseError[] = [];
    parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (!first) return { ok: false, error: 'Not valid JSON.' };
    return { ok: false, error: `Not valid JSON (${lineColumn(text, first.offset)}): ${describeJsonError(printParseErrorCode(first.error))}.` };
  }
}

function fromGeojson(text: string, name: string): ImportVerdict {
  const parsed = parseJson(text);
  if (!parsed.ok) return { kind: 'error', format: 'geojson', message: parsed.error };
  const value = parsed.value as { type?: unknown; features?: unknown; article?: unknown; geometry?: unknown; coordinates?: unknown };
  if (value && typeof value === 'object' && value.type === 'FeatureCollection' && Array.isArray(value.features)) {
    if (value.article && typeof value.article === 'object') return verdictOf(value, 'geojson');
    return verdictOf(atlasCollection(value.features as PlainFeature[], baseName(name)), 'geojson');
  }
  if (value && typeof value === 'object' && value.type === 'Feature') return verdictOf(atlasCollection([value as PlainFeature], baseName(name)), 'geojson');
  if (value && typeof value === 'object' && typeof value.type === 'string' && ('coordinates' in value || 'geometries' in value)) {
    const feature = { type: 'Feature', geometry: value, properties: {} } as unknown as Feature;
    return verdictOf(atlasCollection([feature as PlainFeature], baseName(name)), 'geojson');
  }
  return verdictOf(value, 'geojson');
}

/**
 * Read an opened file: its bytes are checked (size, binary, UTF-8) as for any input, then read by format.
 * @example importFile(new TextEncoder().encode('name,lat,lon\nOslo,59.9,10.7'), 'places.csv', xmlTools()).kind // → 'geojson'
 */
export function importFile(bytes: Uint8Array, name: string, xml: XmlTools): ImportVerdict {
  if (bytes.length > MAX_INPUT_BYTES) return classifyBytes(bytes, name);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return classifyBytes(bytes, name);
  }
  // NUL is valid UTF-8 but no text, CSV or XML file has one: a binary file with a misleading name.
  if (text.includes('\u0000')) return { kind: 'error', message: 'This looks like a binary file, not a map, a table or article text.' };
  const format = detectFormat(name, text);
  if (format === 'text') return { ...classifyBytes(bytes, name), format };
  if (!text.trim()) return { kind: 'error', format, message: 'The file is empty.' };
  if (format === 'kml' || format === 'gpx') return fromXml(text, format, name, xml);
  if (format === 'geojson') return fromGeojson(text, name);
  if (format === 'page') {
    const data = extractPageData(text);
    if (!data.ok) return { kind: 'error', format, message: data.error };
    return verdictOf(data.value, 'page');
  }
  const csv = csvToFeatures(text);
  if (!csv.ok) return { kind: 'error', format, message: csv.error };
  return verdictOf(atlasCollection(csv.value.features, baseName(name), true), 'csv', csv.value.warnings);
}
