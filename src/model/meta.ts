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
 * A copy of `schema` described as `description`, as classic zod's `.describe()` makes it.
 *
 * @param schema - The schema to copy.
 * @param description - What the field is, for the JSON Schema.
 * @returns The copy.
 */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  return withMeta(schema, { description });
}
