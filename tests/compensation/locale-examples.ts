import { readdirSync } from 'node:fs';
import type { Candidacy } from '../../src/index.js';
import { example } from '../fixtures/examples.js';

/** The moment each bundled example is read at (its README's); an example added later gets a default. */
const NOW: Readonly<Record<string, string>> = {
  'thorough-manager': '2027-03-09T12:00:00-05:00',
  'verbatim-reuser': '2027-03-22T12:00:00+01:00',
  'contradicting-stories': '2027-02-02T12:00:00-08:00',
  'vendor-export': '2027-03-09T12:00:00-07:00',
};

/** Every examples/*.json, parsed, with the moment to read it at: the German locale tests run over all of them. */
export const bundledExamples: readonly { name: string; now: string; candidacy: Candidacy }[] = readdirSync(
  'examples',
)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length))
  .map((name) => ({ name, now: NOW[name] ?? '2027-03-09T12:00:00Z', candidacy: example(name) }));

/** One bundled example by name. */
export function bundled(name: string): { now: string; candidacy: Candidacy } {
  const found = bundledExamples.find((entry) => entry.name === name);
  if (found === undefined) throw new Error(`examples/${name}.json is missing`);
  return found;
}
