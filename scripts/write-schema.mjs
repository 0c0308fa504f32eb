// Writes the JSON Schema of Candidacy into schema.json at the package root (node10 resolution reads no exports map), exported as `second-round/schema.json`.
import { writeFileSync } from 'node:fs';
import { candidacyJsonSchema } from '../dist/index.js';

writeFileSync(
  new URL('../schema.json', import.meta.url),
  `${JSON.stringify(candidacyJsonSchema(), null, 2)}\n`,
);
