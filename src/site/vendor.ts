// Third-party browser code the site ships as files of its own, so no page loads anything from
// another origin.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Resolved from the project, not from this module: the build runs it from a bundled copy elsewhere.
const require = createRequire(join(process.cwd(), 'package.json'));

/** MiniSearch's UMD build, a classic script that sets window.MiniSearch, with its licence notice. */
export function miniSearchScript(): string {
  const main = require.resolve('minisearch'); // dist/cjs/index.cjs; the UMD build sits beside it
  const { version, license } = JSON.parse(readFileSync(join(dirname(main), '../../package.json'), 'utf8')) as {
    version: string;
    license: string;
  };
  const code = readFileSync(join(dirname(main), '../umd/index.js'), 'utf8').replace(
    /\n\/\/# sourceMappingURL=.*\s*$/,
    '\n',
  );
  return (
    `/*! MiniSearch ${version} | (c) Luca Ongaro | ${license} licence | ` +
    `https://github.com/lucaong/minisearch */\n${code}`
  );
}
