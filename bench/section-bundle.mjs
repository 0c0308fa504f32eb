// Section 6: what a browser pays for each entry point, and cold import time of dist/index.js in Node.
// Each budget is a consumer file (what a user would write) bundled by esbuild for the browser with every
// dependency (zod, @date-fns/tz, json-rules-engine where reached), minified, gzip -9. The package is resolved by
// its own name through package.json "exports", as a user's bundler would. Run alone: `node bench/section-bundle.mjs`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import sizeLimits from '../.size-limit.mjs';
import { median } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** One consumer file per entry point, with its budget in KB gzip (null: reported only). */
export const CONSUMERS = [
  {
    name: 'parseCandidacy',
    entry: 'second-round/validate',
    code: "export { parseCandidacy } from 'second-round/validate';",
    budgetKB: 15,
    // The JSON Schema's field descriptions: only candidacyJsonSchema() reads them.
    forbid: ['model/json-schema-descriptions.js'],
  },
  {
    name: 'buildTimeline + toICalendar',
    entry: 'second-round/timeline',
    code: "export { buildTimeline, toICalendar } from 'second-round/timeline';",
    budgetKB: 20,
  },
  {
    name: 'checkConsistency',
    entry: 'second-round/consistency',
    code: "export { checkConsistency } from 'second-round/consistency';",
    budgetKB: 25,
  },
  {
    name: 'createScorer',
    entry: 'second-round',
    code: "export { createScorer } from 'second-round';",
    budgetKB: 40,
    // What only the pay brief reads (the law rows' names, tips and sources) and the json-rules-engine reference.
    forbid: ['jurisdictions/table.js', 'json-rules-engine'],
  },
  {
    name: 'prepareSync + renderMarkdown',
    entry: 'second-round',
    code: "export { prepareSync, renderMarkdown } from 'second-round';",
    budgetKB: 55,
    forbid: ['json-rules-engine'],
  },
  {
    name: 'assessReadiness (engine)',
    entry: 'second-round/engine',
    code: "export { assessReadiness } from 'second-round/engine';",
    budgetKB: null,
  },
  { name: 'everything (root)', entry: 'second-round', code: "export * from 'second-round';", budgetKB: null },
];

/** The size-limit budget (KiB, what CI enforces) of a consumer, from .size-limit.mjs, matched by name; null if none. */
export function enforcedLimitKB(consumer) {
  const check = sizeLimits.find((entry) => entry.name.startsWith(`${consumer.name} (`));
  const match = check === undefined ? null : /^([\d.]+) KiB$/.exec(check.limit);
  return match === null ? null : Number(match[1]);
}

/** Where a file of the metafile comes from: the npm package, or the library's own dist file. */
function ownerOf(path) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return match ? match[1] : path.replace(/^.*?dist\//, 'dist/');
}

/** The consumer's code as a user's bundler builds it: esbuild for the browser, minified, every dependency in. */
function bundleConsumer(code, plugins = []) {
  return build({
    stdin: { contents: code, resolveDir: root, sourcefile: 'consumer.mjs', loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'error',
    plugins,
  });
}

const gzipBytes = (result) => gzipSync(result.outputFiles[0].contents, { level: 9 }).length;

/**
 * A plugin that replaces the library's dist files matched by `stubbed` with a module exporting the same names as
 * `undefined`: the bundle then lacks the file and whatever only it reached. The bundle does not run; it is built
 * only to be weighed.
 */
function stubPlugin(stubbed) {
  return {
    name: 'stub-modules',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /\/dist\/.*\.js$/ }, async (args) => {
        if (!stubbed(args.path)) return undefined;
        const source = await readFile(args.path, 'utf8');
        const names = new Set();
        for (const list of source.matchAll(/export\s*\{([^}]*)\}/g)) {
          for (const item of list[1].split(',')) {
            const name = item
              .trim()
              .split(/\s+as\s+/)
              .pop();
            if (name) names.add(name);
          }
        }
        return {
          contents: [...names].map((name) => `export const ${name} = undefined;`).join('\n'),
          loader: 'js',
        };
      });
    },
  };
}

/**
 * The library's English texts and default data sets (wording, lexicons, rule packs, the law table, the question
 * bank, the thank-you template, the lint rules): what a bundle carries as content rather than code.
 */
export const CONTENT_MODULE =
  /\/dist\/(?:[a-z-]+\/)*(?:texts|english-[a-z]+|default-rules-[a-z]+|table(?:-[a-z-]+)?|question-bank|thank-you|lint-rules)\.js$/;

/**
 * What each byte is for, in gzip: for each of the `top` biggest library files of the bundle, how much smaller the
 * gzip is without it (and what only it reaches), and the gzip of the code alone, every content module left out.
 * Minified sizes mislead here: a code list compresses far worse than English prose.
 */
export async function measureCosts(consumer, { top = 10 } = {}) {
  const base = await bundleConsumer(consumer.code);
  const total = gzipBytes(base);
  const inputs = Object.entries(Object.values(base.metafile.outputs)[0].inputs)
    .filter(([path]) => path.includes('dist/') && !path.includes('node_modules'))
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .slice(0, top);
  const files = [];
  for (const [path, { bytesInOutput }] of inputs) {
    const without = await bundleConsumer(consumer.code, [stubPlugin((file) => file.endsWith(path))]);
    files.push({
      path: path.replace(/^.*?dist\//, ''),
      minifiedKB: bytesInOutput / 1024,
      gzipCostKB: (total - gzipBytes(without)) / 1024,
    });
  }
  const codeOnly = await bundleConsumer(consumer.code, [stubPlugin((file) => CONTENT_MODULE.test(file))]);
  return { name: consumer.name, gzipKB: total / 1024, codeOnlyGzipKB: gzipBytes(codeOnly) / 1024, files };
}

/** Lines for `--cost`: the gzip cost of the biggest files and the code-only figure of each consumer. */
export function describeCosts(costs) {
  const f = (value) => value.toFixed(1);
  return costs.flatMap((cost) => [
    `  ${cost.name}: ${f(cost.gzipKB)} KB gzip, ${f(cost.codeOnlyGzipKB)} of it code (English texts and data sets left out)`,
    `    gzip cost: ${cost.files.map((file) => `${file.path} ${f(file.gzipCostKB)}`).join(', ')}`,
  ]);
}

/**
 * Bundles one consumer file and measures it. Before the subpath entries existed, `fallback` rewrites a missing
 * subpath to the root so the same consumer can be measured on an old build.
 */
export async function measureConsumer(consumer, { top = 5 } = {}) {
  let code = consumer.code;
  const subpath = consumer.entry.replace(/^second-round\/?/, '');
  if (subpath && !existsSync(`${root}dist/entries/${subpath}.js`)) {
    code = code.replace(consumer.entry, 'second-round');
  }
  const result = await bundleConsumer(code);
  const bytes = result.outputFiles[0].contents;
  const output = Object.values(result.metafile.outputs)[0];
  const byOwner = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const owner = ownerOf(path);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + bytesInOutput);
  }
  const byFile = Object.entries(output.inputs)
    .map(([path, { bytesInOutput }]) => ({
      path: path.replace(/^.*node_modules\//, ''),
      bytes: bytesInOutput,
    }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top);
  const gzipKB = gzipSync(bytes, { level: 9 }).length / 1024;
  return {
    name: consumer.name,
    code,
    minifiedKB: bytes.length / 1024,
    gzipKB,
    brotliKB: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length / 1024,
    budgetKB: consumer.budgetKB,
    limitKB: enforcedLimitKB(consumer),
    met: consumer.budgetKB === null || gzipKB <= consumer.budgetKB,
    forbidden: (consumer.forbid ?? []).filter((part) =>
      Object.keys(output.inputs).some((path) => path.includes(part)),
    ),
    forbid: consumer.forbid ?? [],
    packages: [...byOwner.entries()]
      .map(([owner, minified]) => ({ owner, minifiedKB: minified / 1024 }))
      .sort((a, b) => b.minifiedKB - a.minifiedKB)
      .slice(0, top),
    files: byFile,
  };
}

/** Every consumer of CONSUMERS, measured. */
export async function benchBundles() {
  const results = [];
  for (const consumer of CONSUMERS) results.push(await measureConsumer(consumer));
  return results;
}

/**
 * Human lines for the bench output: size next to its target (issue 18) and the size-limit budget CI enforces
 * (the target where it is met, the measured size plus a small margin where not), then the biggest contributors
 * (minified bytes, before gzip).
 */
export function describeBundles(results) {
  const f = (value) => value.toFixed(1);
  const against = (result) => {
    if (result.budgetKB === null) return '';
    const gap = result.met ? 'met' : `NOT met, ${f(result.gzipKB - result.budgetKB)} KB over`;
    const limit = result.limitKB === null ? '' : `; size-limit ${result.limitKB} KB`;
    return `, target ${result.budgetKB} KB: ${gap}${limit}`;
  };
  return results.flatMap((result) => [
    `  ${result.name}: ${f(result.gzipKB)} KB gzip (${f(result.minifiedKB)} KB minified, ${f(result.brotliKB)} KB brotli)${against(result)}${result.forbid
      .map((part) => `, ${part} ${result.forbidden.includes(part) ? 'PRESENT' : 'absent'}`)
      .join('')}`,
    `    packages: ${result.packages.map((item) => `${item.owner} ${f(item.minifiedKB)}`).join(', ')}`,
    `    files: ${result.files.map((item) => `${item.path} ${f(item.bytes / 1024)}`).join(', ')}`,
  ]);
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

// `node bench/section-bundle.mjs [--check] [--cost]`: prints every consumer; --check fails when a forbidden module
// (json-rules-engine in the report path, the law table's details in a scorer, the JSON Schema's descriptions in
// validation) is in a bundle; --cost adds what the biggest files cost in gzip and the code-only figure of each
// budgeted consumer (about a minute: one bundle per file). size-limit (.size-limit.mjs) enforces the sizes.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const results = await benchBundles();
  process.stdout.write(`${describeBundles(results).join('\n')}\n`);
  if (process.argv.includes('--cost')) {
    const costs = [];
    for (const consumer of CONSUMERS.filter((item) => item.budgetKB !== null))
      costs.push(await measureCosts(consumer));
    process.stdout.write(`${describeCosts(costs).join('\n')}\n`);
  }
  const leaks = results.filter((result) => result.forbidden.length > 0);
  for (const leak of leaks)
    process.stderr.write(`${leak.name}: ${leak.forbidden.join(', ')} in the bundle\n`);
  if (process.argv.includes('--check') && leaks.length > 0) process.exitCode = 1;
}
