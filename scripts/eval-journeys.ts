/**
 * `npm run eval-journeys -- GOLD-journeys.jsonl [--texts CORPUS.jsonl] [--scorer score-journeys.mjs] [--list] [--json]`
 * Runs the whole pipeline over the articles of an annotated journeys set and prints the journeys scorer's
 * figures. The texts are the corpus beside the gold file (`trnews-journeys.jsonl` → `trnews.jsonl`) unless
 * --texts names them; the scorer defaults to the score-journeys.mjs beside the gold file. Predictions are
 * what the CLI prints for `--jsonl --kinds route,event`. The data stay outside the repository.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadResourcesSync } from '../src/cli/resources';
import { analyzeArticle } from '../src/core/pipeline';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const gold = args.find((a, i) => !a.startsWith('--') && !['--texts', '--scorer'].includes(args[i - 1] ?? ''));
if (!gold || !existsSync(gold)) {
  console.error('usage: npm run eval-journeys -- PATH/TO/X-journeys.jsonl [--texts PATH/X.jsonl] [--scorer PATH] [--list] [--json]');
  process.exit(2);
}
const texts = opt('--texts') ?? gold.replace(/-journeys\.jsonl$/, '.jsonl');
const scorer = opt('--scorer') ?? path.join(path.dirname(gold), 'score-journeys.mjs');
for (const f of [texts, scorer]) {
  if (!existsSync(f)) {
    console.error(`not found: ${f}`);
    process.exit(2);
  }
}

const resources = loadResourcesSync();
const rows = readFileSync(texts, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; text: string });
const t0 = performance.now();
const out = rows.map((row) => {
  const fc = analyzeArticle(row.text, resources, { id: String(row.id) });
  const features = fc.features.filter((f) => f.properties.kind === 'route' || f.properties.kind === 'event');
  return JSON.stringify({ id: String(row.id), type: 'FeatureCollection', features });
});
const ms = performance.now() - t0;
const predFile = path.join(mkdtempSync(path.join(tmpdir(), 'news-atlas-journeys-')), 'pred.jsonl');
writeFileSync(predFile, `${out.join('\n')}\n`);
if (!args.includes('--json')) console.log(`read ${rows.length} articles in ${ms.toFixed(0)} ms (${(ms / rows.length).toFixed(2)} ms/article)`);
const r = spawnSync(process.execPath, [scorer, gold, predFile, ...args.filter((a) => a === '--list' || a === '--json')], { encoding: 'utf8' });
process.stdout.write(r.stdout);
process.stderr.write(r.stderr);
process.exitCode = r.status ?? 1;
