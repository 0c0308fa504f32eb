import { runCli } from './run.js';

// The executable: real streams, the real clock, and the exit code.
runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  clock: () => new Date(),
}).then((code) => {
  process.exitCode = code;
});
