/**
 * `npm run eval -- CORPUS.jsonl [--scorer score.mjs] [--errors N]`
 * Runs the geoparser over an annotated corpus (lines {"id","text","toponyms":[...]}) and prints the scorer's
 * figures. The corpus stays outside the repository: its path is an argument. The scorer defaults to the
 * score.mjs beside the corpus. --errors N also prints the N most frequent missed, spurious and misplaced
 * spans, each with the recogniser rule or resolver weight that decided it (named in
 * src/core/geoparse/rules.ts), and how often each rule or weight decided an error.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadResourcesSync } from '../src/cli/resources';
import { explainErrors, type GoldToponym } from '../src/core/geoparse/explain';
import { analyzeArticleAsync } from '../src/core/pipeline';

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
  .map((l) => JSON.parse(l) as { id: string; text: string; home?: string; toponyms?: GoldToponym[] });
const t0 = performance.now();
const out: string[] = [];
for (const row of rows) {
  const fc = await analyzeArticleAsync(row.text, resources, { id: String(row.id) }, { home: row.home });
  // Only places are toponyms: routes, events and claims cite whole sentences.
  const places = fc.features.filter((f) => f.properties.kind === 'place');
  out.push(JSON.stringify({ id: String(row.id), type: 'FeatureCollection', features: places }));
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
  const report = explainErrors(rows, resources.gazetteer);
  const top = <T>(items: Map<string, T[]>) => [...items].sort((a, b) => b[1].length - a[1].length).slice(0, showErrors);
  for (const [kind, items] of [
    ['missed', report.missed],
    ['spurious', report.spurious],
    ['misplaced (over 161 km)', report.misplaced],
  ] as const) {
    console.log(`\n${kind}: ${[...items.values()].reduce((n, l) => n + l.length, 0)}`);
    for (const [span, list] of top(items)) {
      const why = new Map<string, number>();
      for (const e of list) why.set(e.decidedBy, (why.get(e.decidedBy) ?? 0) + 1);
      console.log(`  ${span} ×${list.length}  ← ${[...why].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join('; ')}`);
    }
  }
  console.log('\ndecided by (all errors):');
  for (const [name, n] of [...report.byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${name}: ${n}`);
}
process.exitCode = r.status ?? 1;
