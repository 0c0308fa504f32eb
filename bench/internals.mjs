// Bundles the internal evaluators from src/ with esbuild (they are not exported from the package), so the
// rules-only figures compare the compiled predicates and json-rules-engine on the same fact records.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Builds and loads compilePack, evaluateWithEngine, defaultRulePack, deriveFacts and parseCandidacy from src/. */
export async function loadInternals() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const directory = mkdtempSync(join(tmpdir(), 'second-round-bench-'));
  const outfile = join(directory, 'internals.cjs');
  try {
    await build({
      stdin: {
        contents: [
          "export { compilePack } from './src/rules/compile.ts';",
          "export { evaluateWithEngine } from './src/rules/engine.ts';",
          "export { statusOf } from './src/rules/outcome.ts';",
          "export { defaultRulePack, deriveFacts, parseCandidacy } from './src/index.ts';",
        ].join('\n'),
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile,
      logLevel: 'error',
    });
    return createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
