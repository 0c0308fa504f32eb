import { describe, expectTypeOf, it } from 'vitest';
import {
  type Candidacy,
  type CompensationBrief,
  type CompensationBriefOptions,
  compensationBrief,
  type JurisdictionLookup,
  type LawRow,
  lookupJurisdiction,
} from '../../src/index.js';

describe('compensation types', () => {
  it('takes a candidacy and options with now, and returns a CompensationBrief', () => {
    expectTypeOf(compensationBrief).parameters.toEqualTypeOf<[Candidacy, CompensationBriefOptions]>();
    expectTypeOf(compensationBrief).returns.toEqualTypeOf<CompensationBrief>();
  });

  it('requires now in the options', () => {
    expectTypeOf<{ lawTable: readonly LawRow[] }>().not.toExtend<CompensationBriefOptions>();
  });

  it('accepts an optional code and returns a JurisdictionLookup', () => {
    expectTypeOf(lookupJurisdiction).parameter(0).toEqualTypeOf<string | undefined>();
    expectTypeOf(lookupJurisdiction).returns.toEqualTypeOf<JurisdictionLookup>();
    expectTypeOf<JurisdictionLookup['coverage']>().toEqualTypeOf<'found' | 'not-in-table'>();
  });

  it('keeps law rows read-only', () => {
    expectTypeOf<LawRow['kinds']>().toExtend<readonly string[]>();
    expectTypeOf<LawRow['sources']>().not.toExtend<string[]>();
  });
});
