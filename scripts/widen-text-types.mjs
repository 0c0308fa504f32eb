// Widens the text tables' literal types in the emitted declarations (dist/**/*.d.cts) to `string`.
// The sources keep `as const satisfies Readonly<Record<…, string>>`, so the library's own code is still checked
// against each English text, but a user's editor needs only the keys: `timelineTexts` is typed
// `{ readonly 'timeline.research.title': string; … }`, every key still checked (`TextKey`, `Texts`,
// `NoteCode`, `SubjectNames` are `keyof` these tables). Without this, every English sentence shipped twice more
// as a literal type (in `englishTexts` and in its capability's table): 16 KB of the tarball.
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
