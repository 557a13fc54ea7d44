/**
 * Explorer benchmark (issue 12): the work the map does on every zoom — gathering crowded markers
 * (lib/crowds) for the largest interactive article (1,500 places) — and, once per zoom in the tile worker,
 * placing the basemap's 2,379 names (canvas/labelDraw) with a stand-in text measure. Both must stay well under
 * a frame (16 ms). Run alone with `npx tsx bench/explorer.ts`, or as part of `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { type LabelsJson, packLabels } from '../src/app/canvas/labelData';
import { type LabelContext, placeLabels } from '../src/app/canvas/labelDraw';
import { gatherCrowds } from '../src/app/lib/crowds';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

function timed(fn: () => unknown, runs: number): number[] {
  for (let i = 0; i < 3; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

/** A text measure without a canvas: 6.5 px per character, about the 11–13 px fonts' average advance. */
const measuring = { font: '', measureText: (text: string) => ({ width: text.length * 6.5 }) } as unknown as LabelContext;

export function runExplorerBench(): void {
  console.log('\n== explorer: crowds and basemap names (per zoom) ==');
  console.log(`machine: ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  // 1,500 markers spread over a 1,400 × 900 px view at one zoom, and packed tighter (a city's streets).
  for (const [label, w, h] of [
    ['spread over the view', 1400, 900],
    ['crowded (300 × 200 px)', 300, 200],
  ] as const) {
    const markers = Array.from({ length: 1500 }, (_, i) => ({ id: `m${i}`, x: ((i * 7919) % 10007) / 10007 * w, y: ((i * 104729) % 10009) / 10009 * h, size: 14 }));
    let groups = 0;
    const ms = timed(() => {
      groups = gatherCrowds(markers).crowds.length;
    }, 30);
    // CPU time per call too: steadier than wall time on a shared, loaded machine.
    const c0 = process.cpuUsage();
    for (let i = 0; i < 10; i++) gatherCrowds(markers);
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1000 / 10;
    console.log(
      `gather 1,500 markers, ${label}: median ${median(ms).toFixed(2)} ms wall, ${cpu.toFixed(2)} ms CPU, max ${Math.max(...ms).toFixed(2)} ms (${groups} groups)  target ≤ 16 ms`,
    );
  }
  const json = JSON.parse(readFileSync('data/labels.json', 'utf8')) as LabelsJson;
  const data = packLabels(json);
  for (const zoom of [2, 4, 6, 8]) {
    // A fresh copy each run: placements are cached per data object and zoom.
    const ms = timed(() => placeLabels(measuring, { ...data }, zoom, 256), 10);
    const shown = placeLabels(measuring, data, zoom, 256).length;
    console.log(`place ${data.texts.length.toLocaleString('en-US')} names at zoom ${zoom}: median ${median(ms).toFixed(2)} ms (${shown} shown)  target ≤ 16 ms`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) runExplorerBench();
