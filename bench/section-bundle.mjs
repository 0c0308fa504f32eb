// Section 6: what a browser pays (dist/index.js bundled with its dependencies, minified, gzip and brotli)
// and cold import time of dist/index.js in Node.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { median } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles every export of dist/index.js for the browser and measures it raw, gzip -9 and brotli -11. */
export async function benchBundle() {
  const result = await build({
    entryPoints: [`${root}dist/index.js`],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  return {
    minifiedKB: code.length / 1024,
    gzipKB: gzipSync(code, { level: 9 }).length / 1024,
    brotliKB: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length / 1024,
  };
}

function spawnMs(args) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${child.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Median wall time of `runs` cold `node -e "import('./dist/index.js')"` against a bare `node -e 0`. */
export function benchColdImport(runs = 15) {
  const bare = [];
  const imported = [];
  for (let run = 0; run < runs; run++) {
    bare.push(spawnMs(['-e', '0']));
    imported.push(spawnMs(['-e', "import('./dist/index.js')"]));
  }
  const bareMs = median(bare);
  const importMs = median(imported);
  return { runs, bareMs, importMs, importOnlyMs: importMs - bareMs };
}
