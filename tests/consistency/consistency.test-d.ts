import { describe, expectTypeOf, it } from 'vitest';
import {
  type Candidacy,
  type CheckConsistencyOptions,
  type Claim,
  type ConsistencyFinding,
  type ConsistencyReport,
  checkConsistency,
  compareClaims,
  extractClaims,
  type FindingKind,
} from '../../src/index.js';

describe('consistency types', () => {
  it('checkConsistency takes a candidacy and optional options and returns a report', () => {
    expectTypeOf(checkConsistency).parameters.toEqualTypeOf<
      [Candidacy, (CheckConsistencyOptions | undefined)?]
    >();
    expectTypeOf(checkConsistency).returns.toEqualTypeOf<ConsistencyReport>();
  });

  it('findings carry a kind from the contract and both claims', () => {
    expectTypeOf<ConsistencyFinding['kind']>().toEqualTypeOf<FindingKind>();
    expectTypeOf<FindingKind>().toEqualTypeOf<'consistent' | 'variation' | 'contradiction' | 'correction'>();
    expectTypeOf<ConsistencyFinding['roundOne']>().toEqualTypeOf<Claim>();
    expectTypeOf<ConsistencyFinding['roundTwo']>().toEqualTypeOf<Claim>();
  });

  it('the lower-level API works on claims', () => {
    expectTypeOf(extractClaims).returns.toEqualTypeOf<Claim[]>();
    expectTypeOf(compareClaims).returns.toEqualTypeOf<ConsistencyReport>();
  });

  it('reports are read-only', () => {
    expectTypeOf<ConsistencyReport['findings']>().toEqualTypeOf<readonly ConsistencyFinding[]>();
  });
});
