#!/usr/bin/env node
// What the tarball is made of: every file `npm pack --dry-run` lists, raw and gzip -9 on its own, grouped by kind
// (.js, .d.ts, .d.cts, .cjs, .md, .json). A tarball gzips its files as one stream, so the per-file figures add up
// to a little more than npm's "package size"; they rank what to shrink. `--files` lists the biggest files too.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const listing = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
);
const [{ files, size, unpackedSize }] = listing;
const kindOf = (path) => {
  for (const ending of ['.d.cts', '.d.ts', '.cjs', '.js', '.md', '.json'])
    if (path.endsWith(ending)) return ending;
  return 'other';
};
const rows = files.map(({ path }) => {
  const bytes = readFileSync(path);
  return { path, kind: kindOf(path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const kb = (n) => (n / 1000).toFixed(1).padStart(7);
const groups = new Map();
for (const row of rows) {
  const group = groups.get(row.kind) ?? { files: 0, raw: 0, gzip: 0 };
  group.files += 1;
  group.raw += row.raw;
  group.gzip += row.gzip;
  groups.set(row.kind, group);
}
console.log('kind      files   raw kB  gzip kB');
let total = { files: 0, raw: 0, gzip: 0 };
for (const [kind, group] of [...groups].sort((a, b) => b[1].gzip - a[1].gzip)) {
  console.log(`${kind.padEnd(8)} ${String(group.files).padStart(6)} ${kb(group.raw)}  ${kb(group.gzip)}`);
  total = { files: total.files + group.files, raw: total.raw + group.raw, gzip: total.gzip + group.gzip };
}
console.log(`${'sum'.padEnd(8)} ${String(total.files).padStart(6)} ${kb(total.raw)}  ${kb(total.gzip)}`);
console.log(
  `npm pack: ${(size / 1000).toFixed(1)} kB packed, ${(unpackedSize / 1000).toFixed(1)} kB unpacked, ${files.length} files`,
);
if (process.argv.includes('--files')) {
  console.log('\nbiggest files (gzip kB):');
  for (const row of rows.sort((a, b) => b.gzip - a.gzip).slice(0, 25))
    console.log(`${kb(row.gzip)}  ${row.path}`);
}
