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
): (candidacy: Candidacy, storiesText?: string) => ConsistencyReport {
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
  return (candidacy, storiesText) => {
    const key = storiesText ?? JSON.stringify(candidacy.stories);
    let report = reports.get(key);
    if (report === undefined) {
      report = freezeDeep(checkConsistency(candidacy, withMemo));
      reports.set(key, report);
    }
    return report;
  };
}

/**
 * A frozen copy of plain data, made in one pass: arrays and plain objects are copied and frozen, a frozen
 * object is shared as it is (nobody can change it), anything else (a primitive) is itself. A kept report part
 * may point into the caller's candidacy; the copy keeps the cache from freezing or sharing the caller's objects.
 */
function frozenCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy)) as T;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  const copy: Record<string, unknown> = prototype === null ? Object.create(null) : {};
  for (const key of Object.keys(value)) copy[key] = frozenCopy((value as Record<string, unknown>)[key]);
  return Object.freeze(copy) as T;
}

function keptIn<T>(lru: Lru<unknown>, key: string, compute: () => T): T {
  let kept = lru.get(key) as T | undefined;
  if (kept === undefined) {
    kept = frozenCopy(compute());
    lru.set(key, kept);
  }
  return kept;
}

/** The parts of a report a preparer with the cache keeps, each in its own LRU. */
export type ReportSection =
  | 'readiness'
  | 'readinessBuilt'
  | 'questions'
  | 'timeline'
  | 'briefs'
  | 'thankYous'
  | 'compensation';

/**
 * What one call of a cached preparer reads its kept parts with: the content of the candidacy, cut in two,
 * each part interned to a small number (its JSON text kept once in an LRU), so a part's key is a few digits
 * however large the candidacy is.
 *
 * @internal
 */
export interface CallMemo {
  /** The JSON text of the stories (the consistency cache's key). */
  readonly storiesText: string;
  /**
   * The part kept under `key` (what besides the candidacy it depends on: `now`, the focus interview), read by
   * `compute` on a miss. `withStories` says whether the part reads the stories; every part reads the rest of
   * the candidacy except the candidate's name, which is in `key` where a part writes it.
   */
  get<T>(section: ReportSection, withStories: boolean, key: string, compute: () => T): T;
  /** The part kept under `key` alone (a part that reads nothing of the candidacy but what `key` holds). */
  getBy<T>(section: ReportSection, key: string, compute: () => T): T;
}

/**
 * The per-part memo of a preparer with the opt-in cache: each section of the report (readiness, question
 * plan, timeline, briefs, thank-you drafts, pay brief) kept by the content it reads, so a re-prepare after an
 * edit recomputes only the parts that read the edited field. Bounded: `maxEntries` per section and per
 * interned text. What is kept is a frozen copy (never the caller's own objects, which a part may point into),
 * shared between the reports that use it.
 *
 * @internal
 */
export function reportMemo(maxEntries: number): (candidacy: Candidacy) => CallMemo {
  const texts = new Lru<number>(maxEntries * 2);
  let lastId = 0;
  const idOf = (text: string): number => {
    let id = texts.get(text);
    if (id === undefined) {
      id = ++lastId;
      texts.set(text, id);
    }
    return id;
  };
  const sections = new Map<ReportSection, Lru<unknown>>();
  const lruOf = (section: ReportSection): Lru<unknown> => {
    let lru = sections.get(section);
    if (lru === undefined) {
      lru = new Lru(maxEntries);
      sections.set(section, lru);
    }
    return lru;
  };
  return (candidacy) => {
    const { stories, candidate, ...others } = candidacy;
    const { name: _name, ...who } = candidate;
    const storiesText = JSON.stringify(stories);
    const storiesId = idOf(storiesText);
    const restId = idOf(JSON.stringify([who, others]));
    return {
      storiesText,
      get<T>(section: ReportSection, withStories: boolean, key: string, compute: () => T): T {
        return keptIn(lruOf(section), `${restId}\u0000${withStories ? storiesId : 0}\u0000${key}`, compute);
      },
      getBy<T>(section: ReportSection, key: string, compute: () => T): T {
        return keptIn(lruOf(section), key, compute);
      },
    };
  };
}
