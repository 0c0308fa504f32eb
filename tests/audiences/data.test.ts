import { describe, expect, it } from 'vitest';
import {
  AUDIENCES,
  defaultAudienceProfiles,
  defaultLintRules,
  defaultQuestionBank,
  defaultQuestionRules,
  defaultSeniority,
  defaultTenureBands,
  defaultThankYouTemplate,
  QUESTION_CATEGORIES,
} from '../../src/index.js';
import { QuestionSchema } from '../../src/model/index.js';

describe('defaultQuestionBank', () => {
  it("holds the guide's ten questions and at least fifteen of our own", () => {
    expect(defaultQuestionBank.filter((question) => question.source === 'seed#questions')).toHaveLength(10);
    expect(
      defaultQuestionBank.filter((question) => question.source === 'second-round').length,
    ).toBeGreaterThanOrEqual(15);
  });

  it('gives every question a unique id, audiences, a purpose and a known category', () => {
    const ids = defaultQuestionBank.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of defaultQuestionBank) {
      expect(question.audiences.length).toBeGreaterThan(0);
      expect(question.purpose?.length ?? 0).toBeGreaterThan(10);
      expect(QUESTION_CATEGORIES).toContain(question.category);
    }
  });

  it('is valid Question data a vendor could send', () => {
    for (const { category: _category, source: _source, ...question } of defaultQuestionBank) {
      expect(QuestionSchema.safeParse(question).success).toBe(true);
    }
  });

  it('tags leadership, peer and direct-report questions the way the guide does', () => {
    const audiencesOf = (id: string) => defaultQuestionBank.find((question) => question.id === id)?.audiences;
    expect(audiencesOf('strategic-bet')).toEqual(['senior-leadership']);
    expect(audiencesOf('manager-wish')).toEqual(['peer']);
    expect(audiencesOf('want-from-manager')).toEqual(['direct-report']);
  });

  it('offers every audience at least two questions', () => {
    for (const audience of AUDIENCES) {
      expect(
        defaultQuestionBank.filter((question) => question.audiences.includes(audience)).length,
      ).toBeGreaterThan(2);
    }
  });

  it('keeps its own categories consistent with the rules: no pay question tagged for leadership', () => {
    for (const question of defaultQuestionBank) {
      for (const audience of question.audiences) {
        expect(defaultQuestionRules.excludedCategories[audience] ?? []).not.toContain(question.category);
      }
    }
  });
});

describe('defaultAudienceProfiles', () => {
  it('has a profile for every audience, each with what they care about, what to lead with and what to avoid', () => {
    for (const audience of AUDIENCES) {
      const profile = defaultAudienceProfiles[audience];
      expect(profile.audience).toBe(audience);
      expect(profile.caresAbout.length).toBeGreaterThan(0);
      expect(profile.leadWith.length).toBeGreaterThan(0);
      expect(profile.avoid.length).toBeGreaterThan(0);
      expect(profile.source).toBe('seed#audiences');
    }
  });

  it('gives each audience its own story tags or kinds', () => {
    const keys = AUDIENCES.map((audience) => {
      const profile = defaultAudienceProfiles[audience];
      return [...profile.storyTags, ...profile.storyKinds].join('|');
    });
    expect(new Set(keys).size).toBe(AUDIENCES.length);
  });
});

describe('defaultLintRules', () => {
  it('covers every audience the guide warns about', () => {
    const covered = new Set(defaultLintRules.flatMap((rule) => rule.audiences));
    for (const audience of [
      'hiring-manager',
      'peer',
      'direct-report',
      'senior-leadership',
      'cross-functional',
    ]) {
      expect(covered.has(audience as (typeof AUDIENCES)[number])).toBe(true);
    }
  });
});

describe('documented examples of the data', () => {
  it('repeats each data example', () => {
    expect(defaultSeniority[0]).toBe('senior-leadership');
    expect(defaultLintRules.find((rule) => rule.id === 'pay-talk')?.audiences).toEqual(['senior-leadership']);
    expect(defaultAudienceProfiles['direct-report'].storyTags).toEqual([
      'people-development',
      'advocacy',
      'feedback',
    ]);
    expect(defaultTenureBands.map((band) => band.id)).toEqual(['new', 'established', 'veteran']);
    expect(QUESTION_CATEGORIES.includes('pay-logistics')).toBe(true);
    expect(defaultQuestionBank.filter((question) => question.source === 'seed#questions').length).toBe(10);
    expect(defaultQuestionRules.excludedCategories['senior-leadership']).toEqual(['pay-logistics']);
    expect(defaultThankYouTemplate.greeting).toBe('Hi {firstName},');
  });
});

describe('the shared defaults', () => {
  it('are frozen all the way down, so no caller can change them for everyone', () => {
    expect(Object.isFrozen(defaultQuestionBank)).toBe(true);
    expect(Object.isFrozen(defaultQuestionBank[0]?.audiences)).toBe(true);
    expect(Object.isFrozen(defaultAudienceProfiles.peer.avoid)).toBe(true);
    expect(Object.isFrozen(defaultQuestionRules.excludedCategories)).toBe(true);
    expect(Object.isFrozen(defaultLintRules[0])).toBe(true);
    expect(Object.isFrozen(defaultThankYouTemplate.discussed)).toBe(true);
    expect(Object.isFrozen(defaultTenureBands[0])).toBe(true);
    expect(Object.isFrozen(defaultSeniority)).toBe(true);
  });
});
