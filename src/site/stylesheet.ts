// The site's one stylesheet, kept readable with its comments in src/styles/site.css and written
// minified: every claim page is weighed together with it (tests/e2e/quality.spec.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'lightningcss';

export function siteStylesheet(): string {
  // Read from the project, not beside this module: the build runs it from a bundled copy elsewhere.
  const source = join(process.cwd(), 'src/styles/site.css');
  // No browser targets: rules are only shortened, never rewritten or prefixed for other browsers.
  const { code } = transform({ filename: source, code: readFileSync(source), minify: true });
  return code.toString();
}
