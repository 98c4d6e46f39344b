import { runCli } from './runCli.js';

/** The exit code of a program stopped by SIGPIPE (128 + 13), which shells and `set -o pipefail` know. */
const CLOSED_PIPE_EXIT_CODE = 141;

// A reader that stops early (`| head -1`) closes the pipe: stop quietly, as command-line tools do,
// instead of failing with "write EPIPE" and a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(CLOSED_PIPE_EXIT_CODE);
  process.stderr.write(`level-of-care: cannot write the output: ${error.message}\n`);
  process.exit(2);
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
