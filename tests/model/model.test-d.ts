import { describe, expectTypeOf, it } from 'vitest';
import type {
  Audience,
  Candidacy,
  Interview,
  Issue,
  IssueCode,
  ParseResult,
  Story,
} from '../../src/index.js';
import { parseCandidacy } from '../../src/index.js';

describe('model types', () => {
  it('infers the contract enums as string unions', () => {
    expectTypeOf<Interview['medium']>().toEqualTypeOf<'video' | 'in-person' | 'phone'>();
    expectTypeOf<Audience>().toEqualTypeOf<
      'recruiter' | 'hiring-manager' | 'peer' | 'direct-report' | 'senior-leadership' | 'cross-functional'
    >();
    expectTypeOf<Story['kind']>().toEqualTypeOf<
      'project' | 'reason-for-leaving' | 'role-interest' | 'strength' | 'other'
    >();
  });

  it('fills defaults in the output type', () => {
    expectTypeOf<Candidacy['stories']>().toEqualTypeOf<Story[]>();
    expectTypeOf<Interview['formats']>().not.toBeUndefined();
  });

  it('narrows the parse result on ok', () => {
    const result = parseCandidacy({});
    expectTypeOf(result).toEqualTypeOf<ParseResult<Candidacy>>();
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<Candidacy>();
    else expectTypeOf(result.issues).toEqualTypeOf<readonly Issue[]>();
  });

  it('keeps issue codes a closed union', () => {
    expectTypeOf<'duplicate_id'>().toMatchTypeOf<IssueCode>();
    // @ts-expect-error an unknown code is not an IssueCode
    const unknown: IssueCode = 'made_up';
    expectTypeOf(unknown).toBeString();
  });
});
