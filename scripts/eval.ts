/**
 * `npm run eval -- CORPUS.jsonl [--scorer score.mjs] [--errors N]`
 * Runs the geoparser over an annotated corpus (lines {"id","text","toponyms":[...]}) and prints the scorer's
 * figures. The corpus stays outside the repository: its path is an argument. The scorer defaults to the
 * score.mjs beside the corpus. --errors N also prints N missed and N spurious spans (for tuning).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadResourcesSync } from '../src/cli/resources';
import { analyzeArticle } from '../src/core/pipeline';

const args = process.argv.slice(2);
const corpus = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
if (!corpus || !existsSync(corpus)) {
  console.error('usage: npm run eval -- PATH/TO/corpus.jsonl [--scorer PATH/score.mjs] [--errors N]');
  process.exit(2);
}
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const scorer = opt('--scorer') ?? path.join(path.dirname(corpus), 'score.mjs');
const showErrors = Number(opt('--errors') ?? 0);

const resources = loadResourcesSync();
const rows = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; text: string; toponyms?: Array<{ start: number; end: number }> });
const t0 = performance.now();
const out: string[] = [];
const missed = new Map<string, number>();
const spurious = new Map<string, number>();
for (const row of rows) {
  const fc = analyzeArticle(row.text, resources, { id: String(row.id) });
  // Only places are toponyms: routes, events and claims cite whole sentences.
  const places = fc.features.filter((f) => f.properties.kind === 'place');
  out.push(JSON.stringify({ id: String(row.id), type: 'FeatureCollection', features: places }));
  if (showErrors) {
    const gold = new Set((row.toponyms ?? []).map((t) => `${t.start}:${t.end}`));
    const pred = new Set<string>();
    for (const f of places) for (const m of f.properties.mentions) pred.add(`${m.start}:${m.end}`);
    for (const g of gold) if (!pred.has(g)) { const [s, e] = g.split(':').map(Number); const k = row.text.slice(s, e); missed.set(k, (missed.get(k) ?? 0) + 1); }
    for (const p of pred) if (!gold.has(p)) { const [s, e] = p.split(':').map(Number); const k = row.text.slice(s, e); spurious.set(k, (spurious.get(k) ?? 0) + 1); }
  }
}
const ms = performance.now() - t0;
const dir = mkdtempSync(path.join(tmpdir(), 'news-atlas-eval-'));
const predFile = path.join(dir, 'pred.jsonl');
writeFileSync(predFile, `${out.join('\n')}\n`);
console.log(`geoparsed ${rows.length} articles in ${ms.toFixed(0)} ms (${(ms / rows.length).toFixed(2)} ms/article)`);
const r = spawnSync(process.execPath, [scorer, corpus, predFile], { encoding: 'utf8' });
process.stdout.write(r.stdout);
process.stderr.write(r.stderr);
if (showErrors) {
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, showErrors).map(([k, v]) => `${k}:${v}`).join('  ');
  console.log(`\nmissed:   ${top(missed)}\nspurious: ${top(spurious)}`);
}
process.exitCode = r.status ?? 1;
