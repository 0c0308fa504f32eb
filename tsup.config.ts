import { mkdir, writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { keepModulesApart, listModules, planModules } from './scripts/module-groups.js';

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

/** Modules that hold only types: no JavaScript to ship. */
const TYPE_ONLY_MODULES = [
  'src/compensation/types.ts',
  'src/consistency/types.ts',
  'src/locales/bundle.ts',
  'src/timeline/types.ts',
];

const esmPlan = await planModules({
  modules: listModules(TYPE_ONLY_MODULES),
  entries: [...Object.values(entries), 'src/i18n/wording.ts'],
});

export default defineConfig([
  {
    // ESM, unbundled: one output file per source module, so a bundler drops every module a user does not
    // reach (package.json "sideEffects": false) and json-rules-engine is only loaded by the engine entry.
    // Except where merging costs a user's bundle nothing (scripts/module-groups.ts): a module with no top-level
    // statement a bundler must keep goes into the file its importers all end up in, and the German locale is one
    // file. Each file cost about 100 bytes of the tarball: 168 -> 90 files, 297.3 -> 285.3 kB packed, every
    // budget of bench/section-bundle.mjs within 0.1 KB.
    // Type-only modules are left out: their output is empty (nothing imports them at run time, the smoke test
    // would fail if something did), and terser reports an empty file as "Failed to minify", which read like a
    // broken build in `npm run demo`.
    entry: esmPlan.hosts,
    outDir: 'dist',
    format: ['esm'],
    bundle: true,
    splitting: false,
    esbuildPlugins: [keepModulesApart(esmPlan.hostOf)],
    dts: false,
    // The ESM declarations re-export the CommonJS ones (an ES module may import a CommonJS one, types
    // included): one copy of the types in the tarball instead of two. The CommonJS entries load the ESM ones
    // through require(esm): one copy of the code, and one instance of it when both are loaded.
    async onSuccess() {
      await mkdir('dist/cjs/entries', { recursive: true });
      for (const name of Object.keys(entries)) {
        const up = name.includes('/') ? '../' : './';
        await writeFile(`dist/${name}.d.ts`, `export * from '${up}cjs/${name}.cjs';\n`);
        await writeFile(
          `dist/cjs/${name}.cjs`,
          `'use strict';\nmodule.exports = require('${up === './' ? '../' : '../../'}${name}.js');\n`,
        );
      }
    },
    sourcemap: false,
    // Minified by terser, names and whitespace only, keeping the `/* @__PURE__ */` annotations on the default data
    // that a user's bundler needs to leave out what is not imported. esbuild's whitespace and syntax minification
    // drop them (measured: prepareSync + renderMarkdown 95.9 -> 105.4 KB gzip in a user's bundle). terser's
    // compress step stays off: it saved 1 KB more of the tarball for code rewritten beyond names and spaces.
    minify: 'terser',
    terserOptions: { compress: false, mangle: true, format: { comments: false, preserve_annotations: true } },
    target: 'es2022',
  },
  {
    // The declarations, once, as .d.cts (shared types in chunks). CommonJS has no second copy of the code: each
    // dist/cjs/…/*.cjs is a one-line `module.exports = require(<the ESM entry>)`, which Node runs from 20.19 and
    // 22.12 on (require(esm); package.json "engines"). A minified CommonJS build of its own cost 163 KB of the
    // tarball (475.5 -> 312.9 kB packed without it).
    entry: entries,
    outDir: 'dist/cjs',
    format: ['cjs'],
    dts: { only: true },
  },
  {
    // The CLI is an ESM program with a shebang. It imports the package's own ESM build (dist/index.js,
    // dist/entries/locale-de.js) instead of bundling a second copy of the library.
    entry: { cli: 'src/cli/main.ts' },
    outDir: 'dist',
    format: ['esm'],
    dts: false,
    sourcemap: false,
    minify: 'terser',
    terserOptions: { compress: false, mangle: true, format: { comments: false } },
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
