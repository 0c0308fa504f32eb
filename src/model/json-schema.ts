import * as z from 'zod';
import { CandidacySchema } from './candidacy.js';

/**
 * The JSON Schema (draft 2020-12) of the JSON a vendor sends, generated from the zod schemas.
 * It describes each field; the checks that span fields (unique ids, references, rounds) live in
 * {@link parseCandidacy} only. The same document ships as `second-round/schema.json`.
 *
 * @returns A fresh JSON Schema object.
 * @example
 * candidacyJsonSchema().required;
 * // => ['schemaVersion', 'candidate', 'interviews']
 * @category Validation
 */
export function candidacyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CandidacySchema, { io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: 'https://unpkg.com/second-round/schema.json',
    title: 'Candidacy',
    description:
      'One candidate, one company, every round: the input of second-round. Cross-field rules (unique ids, references, rounds) are checked by parseCandidacy.',
  };
}
