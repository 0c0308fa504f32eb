import {
  type CheckConsistencyOptions,
  type ConsistencyReport,
  checkConsistency,
} from '../consistency/index.js';
import { freezeDeep } from '../internal/freeze.js';
import type { Candidacy } from '../model/index.js';

type TellingReader = NonNullable<CheckConsistencyOptions['readTelling']>;
type TellingReading = ReturnType<TellingReader>;

/** How many tellings a cache keeps per candidacy it keeps (a candidacy tells a few stories in two rounds). */
export const TELLINGS_PER_ENTRY = 16;

/**
 * A map that keeps its `max` most recently used entries: a `Map` in use order (a hit moves its key to the
 * end, a new key past `max` drops the first). Memory stays flat however many distinct keys pass through.
 *
 * @internal
 */
export class Lru<V> {
  readonly #entries = new Map<string, V>();
  constructor(readonly max: number) {}
  get(key: string): V | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.max) this.#entries.delete(this.#entries.keys().next().value!);
  }
  get size(): number {
    return this.#entries.size;
  }
}

/**
 * The consistency check of a preparer with the opt-in cache, on two levels, each a bounded LRU:
 * - the whole report, keyed by the content of the stories (the only part of a candidacy the check reads),
 *   so an edit outside the stories reuses it;
 * - each telling's reading (its language guess and the claims read from its text, the costly part), keyed
 *   by its text, round and story id, so an edit of one telling reads that telling again and no other.
 *
 * Both readings are pure in their keys and in the options, which are fixed for the function made here (the
 * lexicon among them), so the reports are the same as without the cache. What is kept is frozen: cached
 * reports and claims are shared between the reports that use them.
 *
 * @param maxEntries - How many story sets to keep; tellings kept are {@link TELLINGS_PER_ENTRY} times as many.
 * @param options - The options of every check (tolerance, lexicon, locale, texts).
 * @internal
 */
export function cachedConsistency(
  maxEntries: number,
  options: CheckConsistencyOptions,
): (candidacy: Candidacy) => ConsistencyReport {
  const reports = new Lru<ConsistencyReport>(maxEntries);
  const readings = new Lru<TellingReading>(maxEntries * TELLINGS_PER_ENTRY);
  const readTelling: TellingReader = (text, round, storyId, read) => {
    // The story id and round are in every claim's source, so they are part of the key; no id holds \u0000.
    const key = `${round}\u0000${storyId}\u0000${text}`;
    let reading = readings.get(key);
    if (reading === undefined) {
      reading = freezeDeep(read());
      readings.set(key, reading);
    }
    return reading;
  };
  const withMemo: CheckConsistencyOptions = { ...options, readTelling };
  return (candidacy) => {
    const key = JSON.stringify(candidacy.stories);
    let report = reports.get(key);
    if (report === undefined) {
      report = freezeDeep(checkConsistency(candidacy, withMemo));
      reports.set(key, report);
    }
    return report;
  };
}
