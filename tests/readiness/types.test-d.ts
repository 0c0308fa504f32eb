import { describe, expectTypeOf, it } from 'vitest';
import { type AssessReadinessOptions, assessReadiness } from '../../src/entries/engine.js';
import {
  type Band,
  type Candidacy,
  createScorer,
  type DimensionId,
  defaultRulePack,
  deriveFacts,
  type FactName,
  type Issue,
  parseRulePack,
  type Readiness,
  type ReadinessFacts,
  type ReadinessItem,
  type Rule,
  type RulePack,
} from '../../src/index.js';

describe('readiness types', () => {
  it('returns a promise of Readiness from assessReadiness', () => {
    expectTypeOf(assessReadiness).returns.toEqualTypeOf<Promise<Readiness>>();
    expectTypeOf(assessReadiness).parameter(0).toEqualTypeOf<Candidacy>();
    expectTypeOf<AssessReadinessOptions['now']>().toEqualTypeOf<string>();
  });

  it('returns Readiness synchronously from a scorer', () => {
    expectTypeOf(createScorer().score).returns.toEqualTypeOf<Readiness>();
  });

  it('spells bands and dimensions as the contract does', () => {
    expectTypeOf<Band>().toEqualTypeOf<'not-ready' | 'at-risk' | 'ready' | 'top-quartile'>();
    expectTypeOf<DimensionId>().toEqualTypeOf<
      | 'recall'
      | 'research'
      | 'audiences'
      | 'questions'
      | 'concerns'
      | 'formats'
      | 'compensation'
      | 'setup'
      | 'follow-through'
    >();
  });

  it('keeps the contract fields on Readiness and its items', () => {
    expectTypeOf<Readiness['score']>().toEqualTypeOf<number>();
    expectTypeOf<Readiness['items']>().toEqualTypeOf<readonly ReadinessItem[]>();
    expectTypeOf<ReadinessItem>().toHaveProperty('ruleId').toEqualTypeOf<string>();
    expectTypeOf<ReadinessItem>().toHaveProperty('passed').toEqualTypeOf<boolean>();
    expectTypeOf<ReadinessItem>().toHaveProperty('dimension').toEqualTypeOf<DimensionId>();
    expectTypeOf<ReadinessItem>().toHaveProperty('source').toEqualTypeOf<string>();
  });

  it('types rule packs and their parse result', () => {
    expectTypeOf(defaultRulePack).toEqualTypeOf<RulePack>();
    expectTypeOf<RulePack['rules']>().toEqualTypeOf<readonly Rule[]>();
    expectTypeOf(parseRulePack).returns.toEqualTypeOf<
      | { readonly ok: true; readonly value: RulePack; readonly warnings: readonly Issue[] }
      | { readonly ok: false; readonly issues: readonly Issue[] }
    >();
  });

  it('only lets rules name declared facts', () => {
    expectTypeOf<'questionsPlanned'>().toExtend<FactName>();
    expectTypeOf<'candidateName'>().not.toExtend<FactName>();
    expectTypeOf(deriveFacts).returns.toEqualTypeOf<ReadinessFacts>();
  });
});
