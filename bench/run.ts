/**
 * `npm run bench [-- CORPUS.jsonl]`: every benchmark, each printing its figures beside its target and peer.
 * The corpus (e.g. ../shared/eval/lgl.jsonl) stays outside the repository; pass its path to include it.
 */
import { existsSync } from 'node:fs';
import { runCoreBench } from './core';

async function main(): Promise<void> {
  const given = process.argv.slice(2).find((a) => !a.startsWith('-'));
  // A missing corpus is skipped with a word, not a failure: the rest of the figures still print.
  const corpus = given && existsSync(given) ? given : undefined;
  if (given && !corpus) console.log(`corpus ${given} not found: corpus figures skipped`);
  await runCoreBench(corpus);
  // Benchmarks that live beside the story, geo and browser code, run when present.
  for (const [file, fn] of [
    ['./longtail', 'runLongTailBench'],
    ['./pipeline', 'runPipelineBench'],
    ['./story', 'runStoryBench'],
    ['./geo', 'runGeoBench'],
    ['./edits', 'runEditsBench'],
    ['./cliMemory', 'runCliMemoryBench'],
    ['./exports', 'runExportBench'],
    ['./explorer', 'runExplorerBench'],
    ['./browser', 'runBrowserBench'],
    ['./firstMapSideBySide', 'runSideBySideBench'],
  ] as const) {
    if (!existsSync(new URL(`${file}.ts`, import.meta.url))) continue;
    const mod = (await import(`${file}.ts`)) as Record<string, (corpus?: string) => Promise<void> | void>;
    if (typeof mod[fn] === 'function') await mod[fn](corpus);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
