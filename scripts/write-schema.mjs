// Writes the JSON Schema of Candidacy into schema.json at the package root (node10 resolution reads no exports map), exported as `second-round/schema.json`.
// Zone fields list the zone names of the Node that runs this script (Intl.supportedValuesOf), plus the legacy names parse accepts with a warning: build the package with a current Node.
import { writeFileSync } from 'node:fs';
import { candidacyJsonSchema } from '../dist/index.js';

// Written without indentation: editors and validators read it the same, and it is 2.5 kB less of the tarball
// (85 -> 52 KB). `second-round schema` and `candidacyJsonSchema()` give the same schema indented for reading.
writeFileSync(new URL('../schema.json', import.meta.url), `${JSON.stringify(candidacyJsonSchema())}\n`);
