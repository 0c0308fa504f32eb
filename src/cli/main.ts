import { readFileSync } from 'node:fs';
import { runCli } from './run.js';

// The executable: real streams, the real clock, and the exit code.

/** A closed pipe (`second-round score … | head`) ends the program quietly: the reader has what it wanted. */
function quietOnClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.exit(0);
  throw error;
}
process.stdout.on('error', quietOnClosedPipe);
process.stderr.on('error', quietOnClosedPipe);
process.on('SIGPIPE', () => process.exit(0));

function version(): string {
  try {
    // dist/cli.js sits one folder below package.json.
    const manifest: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const value =
      typeof manifest === 'object' && manifest !== null && 'version' in manifest ? manifest.version : '';
    return typeof value === 'string' ? value : 'unknown';
  } catch {
    return 'unknown';
  }
}

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  clock: () => new Date(),
  version: version(),
}).then((code) => {
  process.exitCode = code;
});
