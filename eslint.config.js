// Lint gate: `npm run lint` fails on any warning (`--max-warnings 0`).
// Type-aware rules read the types through typescript-eslint, which needs TypeScript's JavaScript API:
// TypeScript 7 (the native compiler, `tsc` in our scripts) has none yet, so the `typescript` package is
// TypeScript 6 for tooling and `@typescript/native` is TypeScript 7 for type checking (package.json).
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// A line that is only a regular expression literal, perhaps after `return`, `!` or `(` and before
// `.test(`, `.exec(`, a comma or a semicolon; and a line that is only an address, perhaps in a comment or a string.
const regexLiteralLine = String.raw`^\s*(?:return\s+|[!(]+)?/(?![/*]).*/[dgimsuvy]*(?:\.(?:test|exec)\()?[,;]?$`;
const addressLine = String.raw`^\s*(?://|\*)?\s*['"\x60]?https?://\S+$`;

export default tseslint.config(
  {
    // .bench/: the builds of npm run bench:build, while it runs.
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'coverage/',
      'tests/vendor/',
      '.bench/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Type-only imports stay type-only, so Node's type stripping never loads a module for a type.
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Scripts served to readers' browsers: browser globals, and no types to read.
    files: ['public/scripts/**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // astro-eslint-parser reads the project from tsconfig.json, not through the project service.
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: true } },
  },
  {
    // The no-unsafe rules need every value's type. In .astro files the parser cannot resolve
    // `astro:content` or the template's elements, so every entry reads as an unresolved type; in
    // tests, parsed JSON fixtures are `any` by design and read by the assertions. Elsewhere they stay on.
    files: ['**/*.astro', 'tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Pages kept by the page cache render from their slice alone (src/core/publish/page-slices.ts): a
    // component of theirs that read the whole site's data could show what their cache key does not cover.
    files: [
      'src/components/{ArticlePage,Claim,ClaimItem,ClaimListing,ClaimPage,SourcePage}.astro',
      'src/components/{ArticleMeta,Caption,Pager,RangeChart,Source,SourcingBadge,VerdictBadge}.astro',
      'src/layouts/Base.astro',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/site/queries.ts'], message: 'A sliced page reads its slice (core/publish/page-slices.ts).' },
            {
              group: ['astro:content'],
              importNames: ['getCollection', 'getEntries'],
              message: 'A sliced page reads its slice.',
            },
            {
              // Only the settings, which are in every page's key (the build's fingerprint).
              group: ['**/site/corpus.ts'],
              importNames: ['claimGraph', 'ownPages', 'retiredPaths', 'sourceTexts'],
              message: 'A sliced page reads its slice (core/publish/page-slices.ts), or the site settings.',
            },
          ],
        },
      ],
    },
  },
  prettier,
  {
    // Size limits for src/, after `prettier` (which turns max-len off): Prettier wraps code at 120 columns
    // but not text, strings or patterns. Tests and scripts, whose fixtures and expected texts run long,
    // are not held to them.
    files: ['src/**/*.ts', 'src/**/*.astro'],
    plugins: { '@stylistic': stylistic },
    rules: {
      // Only a line that cannot be wrapped may run longer: a regular expression literal (a word-pattern
      // data table, as in `return /^(?:said|says|…)$/i.test(`) or an address.
      '@stylistic/max-len': ['error', { code: 120, ignorePattern: `${regexLiteralLine}|${addressLine}` }],
      // Every line counts, comments and blank lines too: a module is as long to read as `wc -l` says.
      'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }],
    },
  },
);
