#!/usr/bin/env node
// Runs the TypeScript CLI with a Node that strips types (>= 22.18): the machine's when new enough,
// otherwise the one the `node` devDependency installs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../src/cli/process.ts', import.meta.url));
const [major, minor] = process.versions.node.split('.').map(Number);
const stripsTypes = major > 22 || (major === 22 && minor >= 18);
const bundled = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
const node = stripsTypes ? process.execPath : existsSync(bundled) ? bundled : undefined;
if (!node) {
  console.error(
    'claimtrail needs Node >= 22.18: run `npm install` in the project (it brings Node 24) or install a newer Node.',
  );
  process.exit(1);
}
const result = spawnSync(node, ['--disable-warning=ExperimentalWarning', entry, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
if (result.error) {
  console.error(`claimtrail: could not start ${node} (${result.error.message}): run \`npm install\` in the project`);
  process.exit(1);
}
// Stopped by a signal: exit as a shell reports it (128 + its number), never 0.
process.exit(result.status ?? 128 + (result.signal ? constants.signals[result.signal] : 0));
