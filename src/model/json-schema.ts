import * as z from 'zod/mini';
import { CandidacySchema } from './candidacy.js';
import { recordChecksInBags } from './checks.js';
import { attachFieldDescriptions } from './json-schema-descriptions.js';
import { isTimeZoneSchema } from './primitives.js';
import { canonicalTimeZones, LEGACY_TIME_ZONES } from './warnings.js';

/**
 * The JSON Schema (draft 2020-12) of the JSON a vendor sends, generated from the zod schemas. Every
 * field has a description; dates and date-times carry a `format` and a pattern that checks the calendar
 * day; zone fields list the zone names this runtime knows (legacy names included, which parse accepts
 * with a warning); enums list their values. So ajv refuses what {@link parseCandidacy} refuses field by
 * field. The checks that span fields live in parseCandidacy only, and the description names them. The
 * same document ships as `second-round/schema.json`.
 *
 * @returns A fresh JSON Schema object.
 * @example
 * candidacyJsonSchema().required;
 * // => ['schemaVersion', 'candidate', 'interviews']
 * @category Validation
 */
export function candidacyJsonSchema(): Record<string, unknown> {
  attachFieldDescriptions();
  // zod before 4.6 reads the checks' bounds and patterns from the bags, which the model's checks leave empty.
  recordChecksInBags(CandidacySchema);
  const zones = [
    ...canonicalTimeZones(),
    ...Object.keys(LEGACY_TIME_ZONES),
    ...Object.values(LEGACY_TIME_ZONES).map((entry) => entry.use),
  ].sort();
  const schema = z.toJSONSchema(CandidacySchema, {
    io: 'input',
    unrepresentable: 'any',
    override: (context) => {
      if (isTimeZoneSchema(context.zodSchema) && zones.length > 0) {
        context.jsonSchema.enum = [...new Set(zones)];
      }
    },
  });
  return {
    ...schema,
    $id: 'https://unpkg.com/second-round/schema.json',
    title: 'Candidacy',
    description:
      'One candidate, one company, every round: the input of second-round. This schema checks each field; parseCandidacy also checks the rules that span fields, which a JSON Schema cannot express: unique ids in each collection (interviewers unique within an interview), references that resolve (concerns[].raisedBy and prep.thankYouSent[].interviewerId name an interviewer), rounds that exist (a telling, askedInRound or raisedInRound names the round of an interview), one telling per round per story, a pay range with min ≤ max, and a take-home due after it was assigned.',
  };
}
