#!/usr/bin/env bash
# Packs the library, installs the tarball into a throw-away project, and uses every entry point the three ways a
# user would: import from ESM, require from CommonJS (each with TypeScript's node16 resolution), and run the CLI.
# Entries: second-round, /validate, /consistency, /timeline, /engine, /locales/de (and /schema.json).
set -euo pipefail
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The CommonJS entries load the ESM ones (require(esm)): Node 20.19 / 22.12 or later, as package.json "engines" says.
node -e '
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19) || (major === 22 && minor < 12) || major === 21) {
  console.error(`smoke test: Node ${process.versions.node} cannot require() an ES module; package.json engines asks ^20.19.0 || >=22.12.0`);
  process.exit(1);
}'

# The whole listing (what a user downloads), then its totals. --ignore-scripts: the build is already done.
echo "npm pack --dry-run:"
npm pack --dry-run --ignore-scripts 2>&1 | sed -n 's/^npm notice //p' | sed -n '/^Tarball Contents/,/^Tarball Details/p' | sed '1d;$d'
npm pack --dry-run --ignore-scripts 2>&1 | sed -n 's/^npm notice //p' | grep -E '^(package size|unpacked size|total files)'

tarball=$(npm pack --silent --ignore-scripts --pack-destination "$work" | tail -n 1)
packed=$(wc -c <"$work/$tarball")
echo "tarball: $tarball, $packed bytes"

cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "$work/$tarball" zod@4
example="$root/examples/thorough-manager.json"
now=2027-03-09T12:00:00-05:00

cat > esm.mjs <<'JS'
import { readFileSync } from 'node:fs';
import { createScorer, parseCandidacy as rootParse, prepareSync, renderMarkdown } from 'second-round';
import { checkConsistency } from 'second-round/consistency';
import { assessReadiness } from 'second-round/engine';
import { buildTimeline, toICalendar } from 'second-round/timeline';
import { parseCandidacy } from 'second-round/validate';
import { de } from 'second-round/locales/de';
const [file, now] = process.argv.slice(2);
const parsed = parseCandidacy(JSON.parse(readFileSync(file, 'utf8')));
if (!parsed.ok || !rootParse({}).issues) throw new Error('ESM: the example did not parse');
const candidacy = parsed.value;
if (!toICalendar(buildTimeline(candidacy, { now })).startsWith('BEGIN:VCALENDAR')) throw new Error('ESM: timeline');
if (!Array.isArray(checkConsistency(candidacy).findings)) throw new Error('ESM: consistency');
const scored = createScorer().score(candidacy, now);
const engine = await assessReadiness(candidacy, { now });
if (JSON.stringify(scored) !== JSON.stringify(engine)) throw new Error('ESM: scorer and engine disagree');
if (!renderMarkdown(prepareSync(candidacy, { now })).startsWith('# ')) throw new Error('ESM: report');
const german = renderMarkdown(prepareSync(candidacy, { now, ...de }));
if (german === renderMarkdown(prepareSync(candidacy, { now })) || !/Sie/.test(german)) throw new Error('ESM: locales/de');
console.log('ESM import of every entry: ok');
JS
cat > cjs.cjs <<'JS'
const { readFileSync } = require('node:fs');
const { createScorer } = require('second-round');
const { checkConsistency } = require('second-round/consistency');
const { assessReadiness } = require('second-round/engine');
const { buildTimeline } = require('second-round/timeline');
const { parseCandidacy } = require('second-round/validate');
const { de } = require('second-round/locales/de');
const { prepareSync, renderMarkdown } = require('second-round');
const schema = require('second-round/schema.json');
const [file, now] = process.argv.slice(2);
const candidacy = parseCandidacy(JSON.parse(readFileSync(file, 'utf8'))).value;
if (parseCandidacy({}).ok || !schema.properties) throw new Error('CJS: validate');
if (buildTimeline(candidacy, { now }).events.length === 0) throw new Error('CJS: timeline');
if (!Array.isArray(checkConsistency(candidacy).findings)) throw new Error('CJS: consistency');
if (!/Sie/.test(renderMarkdown(prepareSync(candidacy, { now, ...de })))) throw new Error('CJS: locales/de');
(async () => {
  const engine = await assessReadiness(candidacy, { now });
  if (engine.score !== createScorer().score(candidacy, now).score) throw new Error('CJS: scorer and engine disagree');
  // require() and import() reach the same module instances: no second copy of the library, no dual-package state.
  const esm = await import('second-round/validate');
  if (esm.parseCandidacy !== parseCandidacy) throw new Error('CJS: require and import load different copies');
  console.log('CJS require of every entry: ok');
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
JS
node esm.mjs "$example" "$now"
node cjs.cjs "$example" "$now"

# Types: every subpath resolves with its declarations from ESM and from CommonJS (TypeScript node16).
cat > types.mts <<'TS'
import { createScorer, englishTexts, type Readiness, type TextKey, type Texts, timelineTexts } from 'second-round';
import { checkConsistency } from 'second-round/consistency';
import { assessReadiness } from 'second-round/engine';
import { buildTimeline } from 'second-round/timeline';
import { type Candidacy, parseCandidacy } from 'second-round/validate';
import { de, type LocaleBundle } from 'second-round/locales/de';
declare const candidacy: Candidacy;
const score: number = createScorer().score(candidacy, 'x').score;
const later: Promise<Readiness> = assessReadiness(candidacy, { now: 'x' });
const german: LocaleBundle = de;
// The text tables are typed by their keys (scripts/widen-text-types.mjs): a key is checked, a text is a string.
const key: TextKey = 'timeline.research.title';
// @ts-expect-error: not a key of the text catalogue
const wrong: TextKey = 'timeline.no-such-text';
const text: string = timelineTexts['timeline.research.title'] + englishTexts['report.title'];
const translation: Partial<Texts> = { 'timeline.research.title': 'Recherche' };
export const all = [score, later, checkConsistency, buildTimeline, parseCandidacy({}).ok, german, key, wrong, text, translation];
TS
cp types.mts types.cts
node "$root/node_modules/typescript/bin/tsc" --noEmit --strict --module node16 --moduleResolution node16 \
  --skipLibCheck --types node --typeRoots "$root/node_modules/@types" types.mts types.cts
echo "TypeScript (node16, ESM and CommonJS): ok"

npx --no-install second-round --version
npx --no-install second-round validate "$example"
npx --no-install second-round score "$example" --now "$now" --summary
npx --no-install second-round timeline "$example" --now "$now" --ics | head -n 1
npx --no-install second-round report "$example" --now "$now" --locale de | head -n 1
npx --no-install second-round schema | head -c 60 && echo

listing=$(tar -tzf "$work/$tarball" | sort | tr '\n' ' ')
for kept in README.md LICENSE CHANGELOG.md schema.json; do
  case "$listing" in *"package/$kept "*) ;; *) echo "the tarball lacks $kept: check files in package.json"; exit 1 ;; esac
done
case "$listing" in
  *package/src/*|*package/tests/*|*.map\ *) echo "the tarball holds sources, tests or source maps: check files in package.json"; exit 1 ;;
esac
# One copy of the code: every CommonJS entry is a require() of its ESM entry (tsup.config.ts), not a build of its own.
for cjs in $(tar -tzf "$work/$tarball" | grep '\.cjs$'); do
  if [ "$(tar -xzOf "$work/$tarball" "$cjs" | grep -c 'require(')" -ne 1 ] || [ "$(tar -xzOf "$work/$tarball" "$cjs" | wc -l)" -gt 2 ]; then
    echo "$cjs is more than a require() of the ESM entry: the tarball holds a second copy of the code"; exit 1
  fi
done
# Issue 18's target is under 200 kB packed (npm's kB, 1000 bytes). Until the tarball gets there, a ceiling a little
# above the figure of issue 18's second pass (281.5 kB: code once, no source maps, no docs, texts typed string, 91 ESM files)
# fails the regressions that matter (a second copy of the code, source maps, docs: tens of kB each) and leaves room
# for a few new texts; lower it as the tarball shrinks, down to 200000. Raised 295000 -> 305000 in session 11 for
# the consistency readers' English words (298.6 kB packed: lexicon data and its typed sections, not a copy or a map),
# 305000 -> 310000 in session 12 for the same reason (306.2 kB: the blind sets' words and twelve new sections).
target=200000
ceiling=310000
if [ "$packed" -gt "$ceiling" ]; then
  echo "smoke test: the tarball is $packed bytes, over the ceiling of $ceiling (issue 18's target: under $target)"; exit 1
fi
if [ "$packed" -ge "$target" ]; then
  # What is left is content: the library's own data and texts (English and German), the declarations with their
  # doc comments, README, CHANGELOG and schema (node scripts/pack-composition.mjs --files lists it).
  echo "smoke test: the tarball is $packed bytes, over issue 18's target of $target (the ceiling is $ceiling)"
fi
echo "smoke test: ok"
