import type { RulePack } from './types.js';

// Packs that parseRulePack returned: frozen, validated copies. A scorer compiles them without validating again,
// so scoring never loads the validator (and zod) into a bundle that only scores.
const parsedPacks = new WeakSet<object>();

/** Marks a frozen pack parseRulePack has just validated. */
export function markParsedPack<T extends RulePack>(pack: T): T {
  parsedPacks.add(pack);
  return pack;
}

/** Whether `pack` came from parseRulePack. */
export function isParsedPack(pack: unknown): pack is RulePack {
  return typeof pack === 'object' && pack !== null && parsedPacks.has(pack);
}
