import { describe, expect, it } from 'vitest';
import {
  audienceStoryTags,
  BANDS,
  DIMENSIONS,
  defaultFactThresholds,
  factCatalogue,
  OPERATORS,
  RULE_PACK_LIMITS,
  readinessBandThresholds,
} from '../../src/index.js';

describe('factCatalogue', () => {
  it('declares the type of each fact', () => {
    expect(factCatalogue.find((fact) => fact.name === 'questionsPlanned')?.type).toBe('number');
  });

  it('names each fact once', () => {
    const names = factCatalogue.map((fact) => fact.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('lets messages show only counts, timings, law names and stances', () => {
    const displayable = factCatalogue.filter((fact) => 'displayable' in fact && fact.displayable);
    for (const fact of displayable) expect(['number', 'string']).toContain(fact.type);
  });
});

describe('readiness data', () => {
  it('maps each audience to the story tags that fit it', () => {
    expect(audienceStoryTags['direct-report']).toEqual(['people-development', 'advocacy', 'feedback']);
  });

  it('treats near-verbatim as a similarity of 0.9 or more', () => {
    expect(defaultFactThresholds.repeatSimilarity).toBe(0.9);
  });

  it('puts the ready band at 75', () => {
    expect(readinessBandThresholds.ready).toBe(75);
  });

  it('starts the dimensions with recall', () => {
    expect(DIMENSIONS[0]).toBe('recall');
  });

  it('allows notIn', () => {
    expect(OPERATORS.includes('notIn')).toBe(true);
  });

  it('ends the bands with top-quartile', () => {
    expect(BANDS.at(-1)).toBe('top-quartile');
  });

  it('caps condition nesting at 8 levels', () => {
    expect(RULE_PACK_LIMITS.maxConditionDepth).toBe(8);
  });
});
