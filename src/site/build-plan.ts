// The plan of a `claimtrail build` (site-build.ts): every page rendered from a slice, and which of them the
// page cache holds, so routes render only the others. Without a plan (`astro build`, `astro dev`) every
// page is rendered. One per process, not per module instance: site-build.ts sets it, and the pages read
// it from Vite's copy of this module.
import type { SlicedPages } from '../core/publish/page-slices.ts';
import type { SiteLookups } from '../core/publish/site-lookups.ts';

export interface BuildPlan {
  /** The lookups the pages were sliced from: the pages built every time read them too. */
  site: SiteLookups;
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

/** The plan's pages of `kind` that the page cache does not hold. */
export function plannedToRender<Kind extends keyof SlicedPages>(plan: BuildPlan, kind: Kind): SlicedPages[Kind] {
  return plan.pages[kind].filter((page) => !plan.reused.has(page.route)) as SlicedPages[Kind];
}

/** The articles whose pages this build renders, or undefined for all: only their MDX bodies are compiled. */
export function articlesToRender(): string[] | undefined {
  const plan = buildPlan();
  return plan && plannedToRender(plan, 'articles').map((page) => page.params.slug);
}
