// The plan of a `claimtrail build` (site-build.ts): every page rendered from a slice, and which of them the
// page cache holds, so routes render only the others. Without a plan (`astro build`, `astro dev`) every
// page is rendered. One per process, not per module instance: site-build.ts sets it, and the pages read
// it from Vite's copy of this module.
import type { SlicedPages } from '../core/publish/page-slices.ts';

export interface BuildPlan {
  pages: SlicedPages;
  /** Routes whose page is copied from the cache after the build. */
  reused: ReadonlySet<string>;
}

const planKey = Symbol.for('claimtrail.build-plan');
const holder = globalThis as { [planKey]?: BuildPlan };

export function setBuildPlan(plan: BuildPlan | undefined): void {
  holder[planKey] = plan;
}

export function buildPlan(): BuildPlan | undefined {
  return holder[planKey];
}

/** The articles whose pages this build renders, or undefined for all: only their MDX bodies are compiled. */
export function articlesToRender(): string[] | undefined {
  const plan = buildPlan();
  return plan?.pages.articles.filter((page) => !plan.reused.has(page.route)).map((page) => page.params.slug);
}
