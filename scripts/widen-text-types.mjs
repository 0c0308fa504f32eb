// Widens the text tables' literal types in the emitted declarations (dist/**/*.d.cts) to `string`.
// The sources keep `as const satisfies Readonly<Record<…, string>>`, so the library's own code is still checked
// against each English text, but a user's editor needs only the keys: `timelineTexts` is typed
// `{ readonly 'timeline.research.title': string; … }`, every key still checked (`TextKey`, `Texts`,
// `NoteCode`, `SubjectNames` are `keyof` these tables; scripts/smoke-test.sh type-checks a wrong key). Without
// this, every English sentence shipped twice more as a literal type (in `englishTexts` and in its capability's
// table): 16.8 kB of the tarball.
// The script fails when a table it expects is missing or a member is not a plain string literal, so a change
// in tsup's output cannot make it silently do nothing.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The declared constants whose members are texts: the catalogue and its per-capability parts, the labels. */
const TABLE =
  /^declare const ((?:[a-z]+Texts)|englishTexts|defaultNoteLabels|defaultSubjectNames): (Readonly<)?\{$/;
const MEMBER = /^(\s+(?:readonly )?(?:'[^']+'|"[^"]+"|[A-Za-z_$][\w$]*)\??: )("(?:[^"\\]|\\.)*"|string);$/;
const EXPECTED = ['englishTexts', 'timelineTexts', 'reportTexts', 'defaultNoteLabels', 'defaultSubjectNames'];

const files = readdirSync('dist', { recursive: true })
  .map(String)
  .filter((path) => path.endsWith('.d.cts'))
  .map((path) => join('dist', path));
const found = new Set();
let widened = 0;
for (const file of files) {
  const lines = readFileSync(file, 'utf8').split('\n');
  let table;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (table === undefined) {
      const start = TABLE.exec(line);
      if (start) {
        table = { name: start[1], close: start[2] ? '}>;' : '};' };
        found.add(table.name);
      }
      continue;
    }
    if (line === table.close) {
      table = undefined;
      continue;
    }
    if (/^\s*(?:\/\*\*|\*)/.test(line)) continue; // a member's doc comment stays
    const member = MEMBER.exec(line);
    if (!member)
      throw new Error(
        `${file}:${index + 1}: ${table.name} has a member that is not a string literal: ${line}`,
      );
    lines[index] = `${member[1]}string;`;
    widened += 1;
  }
  if (table !== undefined) throw new Error(`${file}: ${table.name} is not closed`);
  writeFileSync(file, lines.join('\n'));
}
const missing = EXPECTED.filter((name) => !found.has(name));
if (missing.length > 0)
  throw new Error(`widen-text-types: no declaration of ${missing.join(', ')} found in dist`);
if (process.argv.includes('--verbose'))
  console.log(`widen-text-types: ${widened} texts in ${found.size} tables`);

// Second step: the English keys once instead of twice. `englishTexts` (in the shared chunk that `Texts` and
// `LocaleBundle` come from) listed every key again after the per-capability tables (in index.d.cts). The tables
// move into that chunk, doc comments included, and `englishTexts` is typed as their intersection: the same keys
// (checked below), hovers and `keyof typeof englishTexts` unchanged, 2.7 kB less of the tarball.
const CAPABILITY = /^declare const ([a-z]+Texts): (?:\{\}|\{\n[\s\S]*?\n\});$/gm;
const ENGLISH = /^declare const englishTexts: Readonly<\{\n([\s\S]*?)\n\}>;$/m;
const texts = files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const catalogue = texts.find(({ text }) => ENGLISH.test(text));
const index = texts.find(({ file }) => file === join('dist', 'cjs', 'index.d.cts'));
if (catalogue === undefined || index === undefined) {
  throw new Error('widen-text-types: englishTexts or dist/cjs/index.d.cts not found');
}
const tables = [];
index.text = index.text.replace(
  // Each table with the doc comment right above it.
  /(?:\/\*\*\n(?: \*.*\n)*? \*\/\n)?^declare const ([a-z]+Texts): (?:\{\}|\{\n[\s\S]*?\n\});\n/gm,
  (declaration, name) => {
    tables.push({ name, declaration });
    return '';
  },
);
const keysOf = (body) =>
  [...body.matchAll(/^\s+(?:readonly )?'([^']+)'\??: string;$/gm)].map((match) => match[1]);
const englishKeys = keysOf(ENGLISH.exec(catalogue.text)[1]).sort();
const tableKeys = tables.flatMap(({ declaration }) => keysOf(declaration)).sort();
if (tables.length < 5 || englishKeys.join('\n') !== tableKeys.join('\n')) {
  throw new Error(
    `widen-text-types: englishTexts has ${englishKeys.length} keys, the ${tables.length} capability tables ${tableKeys.length}`,
  );
}
const names = tables.map(({ name }) => name);
catalogue.text = catalogue.text
  .replace(
    /(\/\*\*\n(?: \*.*\n)*? \*\/\n)?^declare const englishTexts: Readonly<\{\n[\s\S]*?\n\}>;$/m,
    (_declaration, comment = '') =>
      `${tables.map((table) => table.declaration).join('\n')}\n${comment}declare const englishTexts: Readonly<${names
        .map((name) => `typeof ${name}`)
        .join(' & ')}>;`,
  )
  .replace(/\n*$/, `\n\nexport { ${names.join(', ')} };\n`);
const chunk = `./${catalogue.file.slice(join('dist', 'cjs').length + 1).replace(/\.d\.cts$/, '.cjs')}`;
index.text = `import { ${names.join(', ')} } from '${chunk}';\n${index.text}`;
for (const { file, text } of [catalogue, index]) writeFileSync(file, text);
if (CAPABILITY.test(index.text))
  throw new Error('widen-text-types: a capability table is left in index.d.cts');
