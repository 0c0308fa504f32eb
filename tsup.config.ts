import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

// `npm run build` empties dist/ first: the configurations below run in parallel, so none of them cleans.

/** The public entry points: `second-round` and its subpaths (package.json "exports" lists the same). */
const entries = {
  index: 'src/index.ts',
  'entries/validate': 'src/entries/validate.ts',
  'entries/consistency': 'src/entries/consistency.ts',
  'entries/timeline': 'src/entries/timeline.ts',
  'entries/engine': 'src/entries/engine.ts',
  'entries/locale-de': 'src/entries/locale-de.ts',
};

export default defineConfig([
  {
    // ESM, unbundled: one output file per source module, so a bundler drops every module a user does not
    // reach (package.json "sideEffects": false) and json-rules-engine is only loaded by the engine entry.
    entry: ['src/**/*.ts', '!src/cli/**'],
    outDir: 'dist',
    format: ['esm'],
    bundle: false,
    dts: false,
    // The ESM declarations re-export the CommonJS ones (an ES module may import a CommonJS one, types
    // included): one copy of the types in the tarball instead of two.
    async onSuccess() {
      for (const name of Object.keys(entries)) {
        const up = name.includes('/') ? '../' : './';
        await writeFile(`dist/${name}.d.ts`, `export * from '${up}cjs/${name}.cjs';\n`);
      }
    },
    sourcemap: false,
    // Shorter local names only: esbuild's whitespace and syntax minification drop the `/* @__PURE__ */`
    // annotations on the default data (measured: prepareSync + renderMarkdown 95.9 -> 105.4 KB gzip in a user's
    // bundle), which a user's bundler needs to leave out what is not imported.
    minifyIdentifiers: true,
    target: 'es2022',
  },
  {
    // CommonJS for require(): one file per entry, shared code in chunks, with .d.cts declarations. Minified (the
    // tarball: 367 -> 338 KB packed). tsup turns split ESM chunks into CommonJS afterwards with sucrase, whose `??`
    // helper broke minified code (`return_nullishCoalesce`); es2019 makes esbuild lower `??` and `?.` first, so
    // sucrase has nothing to rewrite. Node 20 runs es2022, the target only shapes this build.
    entry: entries,
    outDir: 'dist/cjs',
    format: ['cjs'],
    splitting: true,
    dts: true,
    sourcemap: false,
    minify: true,
    target: 'es2019',
  },
  {
    // The CLI is an ESM program with a shebang. It imports the package's own ESM build (dist/index.js,
    // dist/entries/locale-de.js) instead of bundling a second copy of the library.
    entry: { cli: 'src/cli/main.ts' },
    outDir: 'dist',
    format: ['esm'],
    dts: false,
    sourcemap: false,
    target: 'es2022',
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [
      {
        name: 'library-external',
        setup(build) {
          // The entries (`second-round`, `second-round/locales/de`) and the wording helper: the same modules
          // the unbundled ESM build writes next to cli.js.
          build.onResolve({ filter: /^\.\.\/(?:index|entries\/[a-z-]+|i18n\/wording)\.js$/ }, (args) =>
            args.importer.includes('/src/cli/')
              ? { path: `./${args.path.slice('../'.length)}`, external: true }
              : undefined,
          );
        },
      },
    ],
  },
]);
