// The corpus's problems as `astro dev` shows them: in the terminal, every problem with its file, line
// and column (the report `claimtrail check` prints); in the browser, Astro's error overlay, which opens
// the first problem's file at its line and column (`loc`, read by Astro's dev error handler).
import { relative } from 'node:path';
import type { CorpusError } from '../core/diagnostics.ts';

/** An Error as Astro's dev overlay reads it: a title, a hint, and where the problem is. */
export interface DevServerError extends Error {
  title: string;
  hint: string;
  loc: { file: string; line: number; column: number };
}

const hint =
  'Fix the file and save it: the page reloads by itself. `npm run check` lists the same problems, ' +
  'and `npm run build` refuses the corpus until they are fixed.';

export function shownInDevServer(error: CorpusError): DevServerError {
  const file = error.files.find((file) => file.messages.some((message) => message.fatal));
  const first = file?.messages.find((message) => message.fatal);
  const shown = new Error(overlayText(error.message)) as DevServerError;
  shown.name = 'CorpusError';
  // The report is the whole story: no trace of the code that read the corpus, in the terminal or the overlay.
  shown.stack = `${shown.name}: ${shown.message}`;
  shown.title = 'The content has errors';
  shown.hint = hint;
  const absolute = file?.data.absolute;
  shown.loc = {
    // Relative to the project: Astro joins a path to the project's folder unless it is an absolute one
    // inside it, which would misname a corpus kept elsewhere (CLAIMTRAIL_CONTENT).
    file: typeof absolute === 'string' ? relative(process.cwd(), absolute) : (file?.path ?? ''),
    line: first?.line ?? 1,
    column: first?.column ?? 1,
  };
  return shown;
}

/**
 * The overlay turns `[words](address)` in a message into a link, and messages quote the content,
 * which is untrusted: a zero-width space between "]" and "(" leaves the text as it reads and makes
 * no link of it.
 */
function overlayText(message: string): string {
  return message.replaceAll('](', ']\u200B(');
}
