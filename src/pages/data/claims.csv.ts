// dist/data/claims.csv: the claims as a spreadsheet (see src/core/publish/exports.ts).
import { claimsCsv } from '../../core/publish/exports.ts';
import { claimGraph } from '../../site/corpus.ts';

export function GET() {
  return new Response(claimsCsv(claimGraph()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
