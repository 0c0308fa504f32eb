#!/usr/bin/env bash
# Packs the library, installs the tarball into a throw-away project, and uses it the three ways a user
# would: import from ESM, require from CommonJS, and run the CLI.
set -euo pipefail
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "$work/$tarball" zod@4
cat > esm.mjs <<'JS'
import { parseCandidacy } from 'second-round';
import { readFileSync } from 'node:fs';
const result = parseCandidacy(JSON.parse(readFileSync(process.argv[2], 'utf8')));
if (!result.ok) throw new Error('ESM: the bundled example did not parse');
console.log('ESM import: ok');
JS
cat > cjs.cjs <<'JS'
const { parseCandidacy } = require('second-round');
const schema = require('second-round/schema.json');
const result = parseCandidacy({});
if (result.ok || !schema.properties) throw new Error('CJS: unexpected result');
console.log('CJS require: ok');
JS
node esm.mjs "$root/examples/thorough-manager.json"
node cjs.cjs
npx --no-install second-round validate "$root/examples/thorough-manager.json"
listing=$(tar -tzf "$work/$tarball" | sort | tr '\n' ' ')
echo "tarball: $listing"
case "$listing" in
  *package/src/*|*package/tests/*) echo "the tarball holds sources or tests: check files in package.json"; exit 1 ;;
esac
