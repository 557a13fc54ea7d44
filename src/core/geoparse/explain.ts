/**
 * Why the geoparser got an annotated article wrong: for each missed, spurious or misplaced span, the
 * recogniser rule or resolver weight (named in ./rules.ts) that decided it. Used by `npm run eval -- --errors`.
 */
import type { Gazetteer } from '../gazetteer/gazetteer';
import { type GeoparseTrace, geoparse } from './index';
import type { ScoredRow } from './resolve';

export interface GoldToponym {
  start: number;
  end: number;
  lat?: number | null;
  lon?: number | null;
}

export interface ExplainedError {
  articleId: string;
  start: number;
  end: number;
  text: string;
  /** A rule or weight name from ./rules.ts, or a plain reason ("not in the gazetteer"). */
  decidedBy: string;
}

export interface ErrorReport {
  /** By span text. */
  missed: Map<string, ExplainedError[]>;
  spurious: Map<string, ExplainedError[]>;
  misplaced: Map<string, ExplainedError[]>;
  /** How many errors each rule, weight or reason decided (its first word: the name). */
  byRule: Map<string, number>;
}

/** Distance beyond which a resolution counts as wrong, as the scorers count it. */
const WRONG_KM = 161;

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const x = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(x)));
}

/** The weight that most separates the chosen reading from the right one. */
function decisiveWeight(best: ScoredRow, right: ScoredRow): string {
  const names = new Set([...Object.keys(best.parts ?? {}), ...Object.keys(right.parts ?? {})]);
  let top = '';
  let gap = 0;
  for (const name of names) {
    const d = ((best.parts as Record<string, number>)?.[name] ?? 0) - ((right.parts as Record<string, number>)?.[name] ?? 0);
    if (d > gap) {
      gap = d;
      top = name;
    }
  }
  return top ? `${top} (+${gap.toFixed(1)} over the right reading)` : 'tie (row order)';
}

/**
 * Geoparses each article with a trace and explains each error against the gold toponyms.
 *
 * @example
 * const report = explainErrors([{ id: 'a', text: 'Flooding hit Paris.', toponyms: [{ start: 13, end: 18, lat: 33.66, lon: -95.56 }] }], gaz);
 * [...report.misplaced.values()][0]?.[0]?.decidedBy; // e.g. 'typeCapital (+3.0 over the right reading)'
 */
export function explainErrors(rows: Array<{ id: string | number; text: string; home?: string; toponyms?: GoldToponym[] }>, gaz: Gazetteer): ErrorReport {
  const report: ErrorReport = { missed: new Map(), spurious: new Map(), misplaced: new Map(), byRule: new Map() };
  const add = (map: Map<string, ExplainedError[]>, e: ExplainedError) => {
    const list = map.get(e.text);
    if (list) list.push(e);
    else map.set(e.text, [e]);
    const name = e.decidedBy.split(' (')[0]!;
    report.byRule.set(name, (report.byRule.get(name) ?? 0) + 1);
  };
  for (const row of rows) {
    const trace: GeoparseTrace = { rejected: [], resolutions: [] };
    geoparse(row.text, gaz, { home: row.home, trace });
    const articleId = String(row.id);
    const predicted = new Map<string, { res: (typeof trace.resolutions)[number]; dateline: boolean }>();
    for (const res of trace.resolutions) for (const m of res.mentions) predicted.set(`${m.start}:${m.end}`, { res, dateline: !!m.dateline });
    const gold = row.toponyms ?? [];
    const goldKeys = new Set(gold.map((g) => `${g.start}:${g.end}`));
    for (const g of gold) {
      const text = row.text.slice(g.start, g.end);
      const hit = predicted.get(`${g.start}:${g.end}`);
      if (!hit) {
        const exact = trace.rejected.find((r) => r.start === g.start && r.end === g.end);
        const overlapping = exact ?? trace.rejected.find((r) => r.start < g.end && r.end > g.start);
        let decidedBy: string;
        if (overlapping) decidedBy = exact ? overlapping.rule : `${overlapping.rule} (on "${overlapping.text}")`;
        else {
          const other = [...predicted.keys()].map((k) => k.split(':').map(Number) as [number, number]).find(([s, e]) => s < g.end && e > g.start);
          decidedBy = other ? `span (recognised as "${row.text.slice(other[0], other[1])}")` : 'not in the gazetteer';
        }
        add(report.missed, { articleId, start: g.start, end: g.end, text, decidedBy });
        continue;
      }
      if (typeof g.lat !== 'number' || typeof g.lon !== 'number') continue;
      const { best, others } = hit.res;
      if (km(g.lat, g.lon, gaz.lat(best.row), gaz.lon(best.row)) <= WRONG_KM) continue;
      const right = others.find((o) => km(g.lat!, g.lon!, gaz.lat(o.row), gaz.lon(o.row)) <= WRONG_KM);
      add(report.misplaced, { articleId, start: g.start, end: g.end, text, decidedBy: right ? decisiveWeight(best, right) : 'no reading within 161 km (gazetteer)' });
    }
    for (const [key, { res, dateline }] of predicted) {
      if (goldKeys.has(key)) continue;
      const [start, end] = key.split(':').map(Number) as [number, number];
      const type = gaz.placeType(res.best.row);
      add(report.spurious, { articleId, start, end, text: row.text.slice(start, end), decidedBy: dateline ? 'dateline' : `admitted (no rule turned down this ${res.best.demonym ? 'demonym' : type})` });
    }
  }
  return report;
}
