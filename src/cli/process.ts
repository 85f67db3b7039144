// The claimtrail process (started by bin/claimtrail.js): runs one command (main.ts) on the process's
// own streams, folder and environment, and turns what escapes it — a write to a closed pipe, an error
// thrown outside the command — into one line and an exit code, never a stack trace.
import { failure, main, processIo } from './main.ts';

const args = process.argv.slice(2);
const crash = (error: unknown) => {
  process.stderr.write(failure(args[0], error, process.env));
  process.exit(1);
};
// A reader that stops early (`claimtrail analyze | head`) is no failure: stop writing, quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  crash(error);
});
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);
process.exitCode = await main(args, processIo());
