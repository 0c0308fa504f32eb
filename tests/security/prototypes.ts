import { afterAll, beforeAll, expect } from 'vitest';

const PROTOTYPES = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype };

/**
 * Registers a snapshot of the built-in prototypes' own keys before the file's tests and a check after them
 * all: no prototype gained or lost an own property, and no plain object sees any of `pollutionKeys`.
 */
export function guardPrototypes(pollutionKeys: readonly string[] = ['polluted']): void {
  let before: Record<string, (string | symbol)[]> = {};
  beforeAll(() => {
    before = Object.fromEntries(
      Object.entries(PROTOTYPES).map(([name, prototype]) => [name, Reflect.ownKeys(prototype)]),
    );
  });
  afterAll(() => {
    for (const [name, prototype] of Object.entries(PROTOTYPES)) {
      expect(Reflect.ownKeys(prototype), `${name}.prototype`).toEqual(before[name]);
    }
    for (const key of pollutionKeys) expect(Reflect.get({}, key)).toBeUndefined();
  });
}
