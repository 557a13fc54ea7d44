/**
 * `npx tsx scripts/eval-guard.ts [EVAL_DIR] [--record]` — CI's guard of the geoparser's and story reader's scores.
 *
 * When the evaluation sets are present (EVAL_DIR, default `../shared/eval/` beside the repository), scores
 * TR-News and LGL (toponyms: the CLI's `--jsonl` places through `score.mjs`) and the journeys set (the CLI's
 * `--jsonl --kinds route,event` through `score-journeys.mjs`), and fails when a toponym figure drops more than
 * 0.01, or the journeys F1 more than 0.02, below the figures recorded in `eval/recorded.json`. Without the sets it
 * says so and succeeds. `--record` writes the measured figures (with today's date and the commit) as the new
 * record: do that when a change improves them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Figures of one toponym set, as score.mjs names them. */
export interface ToponymFigures {
  exactF1: number;
  acc161: number;
  sameGeoNamesId: number;
}

export interface Figures {
  trnews: ToponymFigures;
  lgl: ToponymFigures;
  journeys: { f1: number };
}

export interface Recorded extends Figures {
  /** ISO date of the measurement. */
  measuredAt: string;
  /** The commit measured. */
  commit: string;
}

/** How far each kind of figure may fall below the record before CI fails. */
export const TOLERANCE = { toponyms: 0.01, journeys: 0.02 } as const;

export interface Check {
  figure: string;
  recorded: number;
  measured: number;
  /** The most it may fall. */
  tolerance: number;
  ok: boolean;
}

/**
 * Compares measured figures with the record. A figure may rise freely and fall by at most its tolerance (a
 * hair of floating-point slack aside); a figure missing from the record is not checked.
 *
 * @example
 * compareFigures({ trnews: { exactF1: 0.86 } }, { trnews: { exactF1: 0.84 } }).every((c) => c.ok); // false
 */
export function compareFigures(recorded: DeepPartial<Figures>, measured: DeepPartial<Figures>): Check[] {
  const checks: Check[] = [];
  const check = (figure: string, r: number | undefined, m: number | undefined, tolerance: number) => {
    if (typeof r !== 'number') return;
    const value = typeof m === 'number' && Number.isFinite(m) ? m : Number.NaN;
    checks.push({ figure, recorded: r, measured: value, tolerance, ok: value >= r - tolerance - 1e-9 });
  };
  for (const set of ['trnews', 'lgl'] as const) {
    for (const key of ['exactF1', 'acc161', 'sameGeoNamesId'] as const) check(`${set}.${key}`, recorded[set]?.[key], measured[set]?.[key], TOLERANCE.toponyms);
  }
  check('journeys.f1', recorded.journeys?.f1, measured.journeys?.f1, TOLERANCE.journeys);
  return checks;
}

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RECORD = path.join(root, 'eval', 'recorded.json');

/** Runs the CLI on a JSONL corpus and returns the path of its output. */
function runCli(corpus: string, extra: string[], out: string): string {
  const input = readFileSync(corpus);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), '--jsonl', ...extra], {
    input,
    cwd: root,
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0 && r.status !== 3) throw new Error(`the CLI failed on ${corpus}: ${r.stderr.toString().slice(0, 500)}`);
  writeFileSync(out, r.stdout);
  return out;
}

function score(scorer: string, gold: string, pred: string): Record<string, unknown> {
  const r = spawnSync(process.execPath, [scorer, gold, pred, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${path.basename(scorer)} failed: ${r.stderr.slice(0, 500)}`);
  const last = r.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as Record<string, unknown>;
}

/** Scores the three sets in `dir`. */
export function measure(dir: string): Figures {
  const tmp = mkdtempSync(path.join(tmpdir(), 'news-atlas-guard-'));
  const toponyms = (name: string): ToponymFigures => {
    const gold = path.join(dir, `${name}.jsonl`);
    const s = score(path.join(dir, 'score.mjs'), gold, runCli(gold, [], path.join(tmp, `${name}.pred.jsonl`))) as {
      exact: { F1: number };
      resolution: { acc161: number };
      gazetteerIds: { sameId: number };
    };
    return { exactF1: s.exact.F1, acc161: s.resolution.acc161, sameGeoNamesId: s.gazetteerIds.sameId };
  };
  const trnews = toponyms('trnews');
  const lgl = toponyms('lgl');
  const journeysPred = runCli(path.join(dir, 'trnews.jsonl'), ['--kinds', 'route,event'], path.join(tmp, 'journeys.pred.jsonl'));
  const j = score(path.join(dir, 'score-journeys.mjs'), path.join(dir, 'trnews-journeys.jsonl'), journeysPred) as { journeys: { F1: number } };
  return { trnews, lgl, journeys: { f1: j.journeys.F1 } };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function main(): void {
  const args = process.argv.slice(2);
  const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(root, '..', 'shared', 'eval'));
  const needed = ['score.mjs', 'score-journeys.mjs', 'trnews.jsonl', 'lgl.jsonl', 'trnews-journeys.jsonl'];
  if (!needed.every((f) => existsSync(path.join(dir, f)))) {
    console.log(`eval-guard: no evaluation sets at ${dir} (${needed.join(', ')}); the score guard is skipped.`);
    return;
  }
  const measured = measure(dir);
  if (args.includes('--record')) {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const rounded: Recorded = {
      measuredAt: new Date().toISOString().slice(0, 10),
      commit,
      trnews: { exactF1: round(measured.trnews.exactF1), acc161: round(measured.trnews.acc161), sameGeoNamesId: round(measured.trnews.sameGeoNamesId) },
      lgl: { exactF1: round(measured.lgl.exactF1), acc161: round(measured.lgl.acc161), sameGeoNamesId: round(measured.lgl.sameGeoNamesId) },
      journeys: { f1: round(measured.journeys.f1) },
    };
    writeFileSync(RECORD, `${JSON.stringify(rounded, null, 2)}\n`);
    console.log(`eval-guard: recorded ${path.relative(root, RECORD)}:\n${JSON.stringify(rounded, null, 2)}`);
    return;
  }
  if (!existsSync(RECORD)) {
    console.error(`eval-guard: ${path.relative(root, RECORD)} is missing; run \`npx tsx scripts/eval-guard.ts --record\``);
    process.exitCode = 1;
    return;
  }
  const recorded = JSON.parse(readFileSync(RECORD, 'utf8')) as Recorded;
  const checks = compareFigures(recorded, measured);
  console.log(`eval-guard: against the record of ${recorded.measuredAt} (${recorded.commit})`);
  for (const c of checks) {
    console.log(`  ${c.ok ? 'ok  ' : 'DROP'} ${c.figure.padEnd(22)} recorded ${c.recorded.toFixed(3)}  measured ${c.measured.toFixed(3)}  (may fall ${c.tolerance})`);
  }
  if (checks.some((c) => !c.ok)) {
    console.error('eval-guard: a score fell below its record by more than its tolerance');
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
