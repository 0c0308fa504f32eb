// Which source modules the ESM build may merge into the module that imports them, without costing a user's
// bundle a byte. The build is unbundled so that a bundler drops every module a user does not reach
// (package.json "sideEffects": false). Every file of the tarball costs about 100 bytes packed on top of its
// content (its tar header, its import and export lines), so merging is worth it where it keeps tree-shaking:
// - a module that is no public entry, whose importers all end up in one file, and with no top-level statement a
//   bundler would have to keep (esbuild's own verdict: the module imported for its side effects alone bundles to
//   nothing). Merged into that file, a bundler drops its statements one by one exactly as it dropped the file;
// - every module under a folder of ALWAYS_TOGETHER, whose only way in is one value built from all of them
//   (`de` in src/locales/de/index.ts spreads every part), so whoever imports one imports all.
// Everything else stays a file of its own. The checks in bench/section-bundle.mjs hold the budgets.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { build, type Plugin, transform } from 'esbuild';

const SRC = resolve('src');
/** Folders whose modules are only reachable together (see above); their importers must sit inside the folder. */
const ALWAYS_TOGETHER = ['locales/de/'];
/**
 * Modules that bench/section-bundle.mjs checks are absent from a bundle (its `forbid` lists, e.g.
 * `model/json-schema-descriptions.js`) stay files of their own, or the check would pass for want of the file.
 */
const KEPT_APART = [
  ...readFileSync('bench/section-bundle.mjs', 'utf8').matchAll(/forbid: \[([^\]]*)\]/g),
].flatMap((match) =>
  [...(match[1] ?? '').matchAll(/'([^']+\.js)'/g)].map((name) =>
    resolve(SRC, (name[1] ?? '').replace(/\.js$/, '.ts')),
  ),
);

const toPosix = (path: string): string => path.split('\\').join('/');

/** The ESM build's files: which module ends up in which output file. */
export interface ModulePlan {
  /** tsup entries: `audiences/index` -> `src/audiences/index.ts`. */
  readonly hosts: Record<string, string>;
  /** Absolute source path of every module -> absolute source path of the module whose file it ends up in. */
  readonly hostOf: ReadonlyMap<string, string>;
  /** How many modules are merged into another one's file. */
  readonly merged: number;
}

/**
 * @param modules - Source modules to build, relative to the repository (`src/…/x.ts`).
 * @param entries - The public entry modules (never merged away), same form.
 */
export async function planModules({
  modules,
  entries,
}: {
  readonly modules: readonly string[];
  readonly entries: readonly string[];
}): Promise<ModulePlan> {
  const tsconfigRaw = { compilerOptions: { verbatimModuleSyntax: true } };
  const absolute = modules.map((module) => resolve(module));
  const known = new Set(absolute);
  const importers = new Map<string, string[]>(absolute.map((module) => [module, []]));
  const imports = new Map<string, string[]>();
  for (const module of absolute) {
    // What stays of the imports once the types are gone (verbatimModuleSyntax, as tsup builds).
    const { code } = await transform(readFileSync(module, 'utf8'), {
      loader: 'ts',
      format: 'esm',
      tsconfigRaw,
    });
    const targets: string[] = [];
    for (const match of code.matchAll(
      /(?:^|[\s;])(?:import|export)\s*(?:[\w*{}\s,$]*?\sfrom\s*)?["'](\.[^"']+)["']/g,
    )) {
      const target = resolve(dirname(module), match[1] ?? '').replace(/\.js$/, '.ts');
      if (!known.has(target))
        throw new Error(`module-groups: ${module} imports ${match[1]}, which is not built`);
      targets.push(target);
      importers.get(target)?.push(module);
    }
    imports.set(module, targets);
  }
  const isEntry = new Set(entries.map((entry) => resolve(entry)));
  const inFolder = (module: string): string | undefined =>
    ALWAYS_TOGETHER.find((folder) => toPosix(relative(SRC, module)).startsWith(folder));
  // Modules that may go into another file: no public entry, nothing the bench checks by file name, and either
  // pure or part of an ALWAYS_TOGETHER folder imported from inside it only.
  const mergeable = new Set<string>();
  for (const module of absolute) {
    const by = [...new Set(importers.get(module) ?? [])];
    if (isEntry.has(module) || KEPT_APART.includes(module) || by.length === 0) continue;
    const folder = inFolder(module);
    if (folder !== undefined) {
      if (by.every((importer) => inFolder(importer) === folder)) mergeable.add(module);
      continue;
    }
    if (await isPure(module)) mergeable.add(module);
  }
  // Each mergeable module whose importers all end up in one file goes into that file, until nothing moves.
  const hostOf = new Map<string, string>(absolute.map((module) => [module, module]));
  for (let moved = true; moved; ) {
    moved = false;
    for (const module of mergeable) {
      if (hostOf.get(module) !== module) continue;
      const hosts = new Set((importers.get(module) ?? []).map((importer) => hostOf.get(importer)));
      const [host] = hosts;
      if (hosts.size !== 1 || host === undefined || host === module) continue;
      for (const [other, itsHost] of hostOf) if (itsHost === module) hostOf.set(other, host);
      moved = true;
    }
  }
  // A module merged into a host it imports would put an import cycle inside one file: fail rather than guess.
  for (const module of absolute) {
    const host = hostOf.get(module) as string;
    if (host !== module && (imports.get(module) ?? []).includes(host)) {
      throw new Error(`module-groups: ${module} would be merged into ${host}, which it imports`);
    }
  }
  const hosts: Record<string, string> = {};
  for (const module of new Set(hostOf.values())) {
    hosts[toPosix(relative(SRC, module)).replace(/\.ts$/, '')] = toPosix(relative(process.cwd(), module));
  }
  for (const module of KEPT_APART) {
    if (!known.has(module))
      throw new Error(`module-groups: bench/section-bundle.mjs forbids ${module}, which is not built`);
  }
  return { hosts, hostOf, merged: absolute.length - Object.keys(hosts).length };
}

/** True when importing `module` for its side effects alone bundles to nothing (its imports count as pure). */
async function isPure(module: string): Promise<boolean> {
  const result = await build({
    stdin: { contents: `import ${JSON.stringify(module)};`, resolveDir: SRC },
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    logLevel: 'silent',
    plugins: [
      {
        name: 'only-this-module',
        setup(context) {
          context.onResolve({ filter: /.*/ }, (args) =>
            args.path === module
              ? { path: module, sideEffects: true }
              : { path: args.path, external: true, sideEffects: false },
          );
        },
      },
    ],
  });
  return (result.outputFiles[0]?.text ?? '').trim() === '';
}

/**
 * An esbuild plugin for the ESM build: merged modules are bundled into their host, every other relative import
 * stays an import of that module's own output file, written relative to the host that imports it.
 */
export function keepModulesApart(hostOf: ReadonlyMap<string, string>): Plugin {
  return {
    name: 'keep-modules-apart',
    setup(context) {
      context.onResolve({ filter: /^\./ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const target = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
        const importerHost = hostOf.get(args.importer);
        const targetHost = hostOf.get(target);
        if (importerHost === undefined || targetHost === undefined) {
          throw new Error(
            `keep-modules-apart: ${args.importer} imports ${args.path}, which the plan does not know`,
          );
        }
        if (targetHost === importerHost) return undefined; // merged: bundled into the same file
        let path = toPosix(relative(dirname(importerHost), targetHost)).replace(/\.ts$/, '.js');
        if (!path.startsWith('.')) path = `./${path}`;
        return { path, external: true };
      });
    },
  };
}

/** Every .ts module under src/ for the ESM build (all but the CLI and the type-only modules). */
export function listModules(excluded: readonly string[]): string[] {
  return readdirSync('src', { recursive: true })
    .map((path) => `src/${toPosix(String(path))}`)
    .filter((path) => path.endsWith('.ts') && !path.startsWith('src/cli/') && !excluded.includes(path))
    .sort();
}
