/**
 * Runs the property tests again and again with fresh random seeds, looking for counterexamples that the fixed
 * CI seed does not reach. Usage: `npm run fuzz -- [rounds]` (default 10). Stops at the first failure and
 * prints fast-check's seed and path, which replay it: FC_SEED=<seed> npx vitest run --project unit <file>.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'e2e' ? [] : testFiles(path);
    return /\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const rounds = Number(process.argv[2] ?? 10);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`fuzz: rounds must be a positive integer, got ${process.argv[2]}`);
  process.exit(2);
}
const propertyFiles = testFiles('test').filter((file) => readFileSync(file, 'utf8').includes('fast-check'));
console.log(`fuzz: ${propertyFiles.length} property test files, ${rounds} rounds`);
for (let round = 1; round <= rounds; round++) {
  const run = spawnSync('npx', ['vitest', 'run', '--project', 'unit', ...propertyFiles], {
    env: { ...process.env, FC_SEED: 'random' },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    console.log(run.stdout.split('\n').filter((line) => /seed|Counterexample|FAIL|×/.test(line)).join('\n'));
    console.error(`fuzz: round ${round} failed`);
    process.exit(1);
  }
  console.log(`fuzz: round ${round} passed`);
}
