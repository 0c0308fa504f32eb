// Writes the JSON Schema of Candidacy into dist/, where the package exports it as `second-round/schema.json`.
import { writeFileSync } from 'node:fs';
import { candidacyJsonSchema } from '../dist/index.js';

writeFileSync(
  new URL('../dist/candidacy.schema.json', import.meta.url),
  `${JSON.stringify(candidacyJsonSchema(), null, 2)}\n`,
);
