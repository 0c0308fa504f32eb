import * as z from 'zod/mini';

/**
 * A copy of `schema` carrying `metadata` in zod's global registry (what `z.toJSONSchema` reads), made the way
 * classic zod's `.meta()` makes it: a fresh clone, so the schema it came from keeps its own metadata.
 *
 * @param schema - The schema to copy.
 * @param metadata - The JSON Schema keywords to add: a description, a format, a pattern.
 * @returns The copy.
 */
export function withMeta<T extends z.ZodMiniType>(schema: T, metadata: z.core.GlobalMeta): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, metadata);
  return copy;
}

/**
 * A field's own copy of `schema` (a fresh clone, as classic zod's `.describe()` makes), so the description
 * candidacyJsonSchema gives the field (json-schema-descriptions.ts) is the field's alone, not that of every
 * field sharing the schema.
 *
 * @param schema - The schema to copy.
 * @returns The copy.
 */
export function field<T extends z.ZodMiniType>(schema: T): T {
  return schema.clone();
}
