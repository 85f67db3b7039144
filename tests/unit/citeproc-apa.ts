// The oracle of the APA tests: the reference citeproc-js writes for a claim page, through citation-js with
// its bundled APA style, as the site rendered it before src/core/publish/apa.ts composed it.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { apaTitle, claimCslItem } from '../../src/core/publish/citation.ts';
import { claimantLine } from '../../src/core/publish/views.ts';
import type { Claim } from '../../src/core/schema.ts';

export function citeprocApa(claim: Claim, sourceNames: ReadonlyMap<string, string>, siteName: string): string {
  const title = apaTitle(claim, claimantLine(claim, sourceNames));
  const record = { ...claimCslItem(claim, sourceNames, siteName), title };
  return new Cite(record).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim();
}
