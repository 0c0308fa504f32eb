import { describe, expect, it } from 'vitest';
import { type Audience, defaultLintRules, type LintRule, lintAnswer } from '../../src/index.js';

function ruleIds(text: string, audience: Audience): string[] {
  return lintAnswer(text, audience).map((flag) => flag.ruleId);
}

const NUMBERLESS =
  'I led the rebuild of our billing system, worked closely with finance on the cut-over plan, and in the end the invoices went out on time and the finance team was much happier with the result.';
const WITH_NUMBER =
  'I led the rebuild of our billing system over 14 months, worked closely with finance on the cut-over plan, and failed invoices fell by 30% in the first quarter after launch.';

describe('lintAnswer', () => {
  it('flags "shake things up" for a future direct report', () => {
    expect(
      lintAnswer('In my first month I would shake things up.', 'direct-report').map((flag) => flag.excerpt),
    ).toEqual(['shake things up']);
  });

  it('points the span at the flagged words and carries a suggestion and source', () => {
    const text = 'In my first month I would shake things up.';
    const [flag] = lintAnswer(text, 'direct-report');
    expect(flag?.span).toEqual({ start: 26, end: 41 });
    expect(text.slice(flag!.span.start, flag!.span.end)).toBe('shake things up');
    expect(flag?.suggestion).toContain('learn how the team works');
    expect(flag?.source).toBe('seed#audiences');
  });

  describe('story-without-number (hiring manager)', () => {
    it('flags a story with no number', () => {
      const flags = lintAnswer(NUMBERLESS, 'hiring-manager');
      expect(flags.map((flag) => flag.ruleId)).toEqual(['story-without-number']);
      expect(flags[0]?.span).toEqual({ start: 0, end: NUMBERLESS.length });
    });

    it('passes a story with a number', () => {
      expect(ruleIds(WITH_NUMBER, 'hiring-manager')).toEqual([]);
    });

    it('counts numbers written as words', () => {
      expect(ruleIds(NUMBERLESS.replace('in the end', 'within three months'), 'hiring-manager')).toEqual([]);
    });

    it('leaves short answers alone: they are not stories', () => {
      expect(ruleIds('Yes, I led that project.', 'hiring-manager')).toEqual([]);
    });

    it('does not apply to other audiences', () => {
      expect(ruleIds(NUMBERLESS, 'peer')).toEqual([]);
    });
  });

  describe('vague-leadership (hiring manager)', () => {
    it('flags leadership clichés', () => {
      expect(ruleIds('I am a natural leader who likes to lead by example.', 'hiring-manager')).toEqual([
        'vague-leadership',
        'vague-leadership',
      ]);
    });

    it('passes a concrete decision', () => {
      expect(ruleIds('I froze features for one quarter to finish the migration.', 'hiring-manager')).toEqual(
        [],
      );
    });
  });

  describe('shake-things-up (direct report)', () => {
    it('flags a plan to overturn the team', () => {
      expect(ruleIds('My plan is to come in and clean house.', 'direct-report')).toEqual(['shake-things-up']);
    });

    it('passes a plan to learn first', () => {
      expect(ruleIds('I would start by meeting each of you one to one.', 'direct-report')).toEqual([]);
    });
  });

  describe('abstract-philosophy (direct report)', () => {
    it('flags management philosophy in the abstract', () => {
      expect(ruleIds('My management philosophy is servant leadership.', 'direct-report')).toEqual([
        'abstract-philosophy',
        'abstract-philosophy',
      ]);
    });

    it('passes a concrete example of developing someone', () => {
      expect(
        ruleIds('Last year I paired Ana with a staff engineer and she led the next launch.', 'direct-report'),
      ).toEqual([]);
    });
  });

  describe('vague-alignment (cross-functional)', () => {
    it('flags "we should align"', () => {
      expect(ruleIds('I think we should align more often.', 'cross-functional')).toEqual(['vague-alignment']);
    });

    it('passes a concrete working agreement', () => {
      expect(
        ruleIds('I would set up a weekly pricing review with your account leads.', 'cross-functional'),
      ).toEqual([]);
    });
  });

  describe('blaming-partners (cross-functional)', () => {
    it('flags complaints about a past partner team', () => {
      expect(
        ruleIds('The sales team dropped the ball and they never read the spec.', 'cross-functional'),
      ).toEqual(['blaming-partners', 'blaming-partners']);
    });

    it('passes a story that explains the other side', () => {
      expect(
        ruleIds(
          'Sales had quarter-end targets, so we moved the release a week and shared the risk.',
          'cross-functional',
        ),
      ).toEqual([]);
    });
  });

  describe('function-supremacy (cross-functional)', () => {
    it('flags a claim that one function decides', () => {
      expect(ruleIds('Engineering should have the final say on dates.', 'cross-functional')).toEqual([
        'function-supremacy',
      ]);
    });

    it('passes a shared decision', () => {
      expect(ruleIds('We agreed the dates together with the account team.', 'cross-functional')).toEqual([]);
    });
  });

  describe('pay-talk (senior leadership)', () => {
    it('flags pay words and amounts', () => {
      const flags = lintAnswer('I am looking for a salary around $180k with equity.', 'senior-leadership');
      expect(flags.map((flag) => flag.excerpt)).toEqual(['salary', '$180k', 'equity']);
    });

    it('passes a strategy answer', () => {
      expect(
        ruleIds('The EU region opens a market your competitors cannot serve yet.', 'senior-leadership'),
      ).toEqual([]);
    });

    it('leaves everyday words alone: a bet that paid off, raising the bar, paying attention', () => {
      expect(
        ruleIds('The bet paid off because we raise the bar and pay attention to churn.', 'senior-leadership'),
      ).toEqual([]);
    });

    it('allows pay talk with the recruiter', () => {
      expect(ruleIds('I am looking for a salary around $180k with equity.', 'recruiter')).toEqual([]);
    });
  });

  describe('solo-credit (peer)', () => {
    it('flags "single-handedly"', () => {
      expect(
        ruleIds('We shipped it because our team and I single-handedly fixed the build.', 'peer'),
      ).toEqual(['solo-credit']);
    });

    it('passes a story that names the team', () => {
      expect(ruleIds('Our team fixed the build together; Ana found the root cause.', 'peer')).toEqual([]);
    });
  });

  describe('positioning-above (peer)', () => {
    it('flags standing above the team', () => {
      expect(ruleIds('Honestly, the team needed me to show them how it is done.', 'peer')).toEqual([
        'positioning-above',
        'positioning-above',
      ]);
    });

    it('passes joining the team as an equal', () => {
      expect(
        ruleIds('I would pair with each of you in the first weeks to learn the codebase.', 'peer'),
      ).toEqual([]);
    });
  });

  describe('i-outweighs-we (peer)', () => {
    const SELF =
      'I found the bug, I wrote the fix, I tested it, I deployed it and I wrote my own postmortem so my manager saw it.';

    it('flags an answer where "I" far outweighs "we"', () => {
      const flags = lintAnswer(SELF, 'peer');
      expect(flags.map((flag) => flag.ruleId)).toEqual(['i-outweighs-we']);
      expect(flags[0]?.message).toContain('(7 × "I/me/my", 0 × "we/us/our/team")');
    });

    it('passes an answer balanced between "I" and "we"', () => {
      expect(
        ruleIds(
          'I found the bug, we paired on the fix, we tested it together and our team wrote the postmortem.',
          'peer',
        ),
      ).toEqual([]);
    });
  });

  it('matches phrases whole-word only and across line breaks', () => {
    expect(ruleIds('We repaid the loan early.', 'senior-leadership')).toEqual([]);
    expect(ruleIds('We should\nalign on this.', 'cross-functional')).toEqual(['vague-alignment']);
  });

  it('reads its phrase lists from data, so a vendor can add one', () => {
    const rules: LintRule[] = [
      ...defaultLintRules,
      {
        id: 'jargon',
        kind: 'phrases',
        audiences: ['peer'],
        phrases: ['rockstar'],
        message: 'Jargon.',
        suggestion: 'Plain words.',
        source: 'test',
      },
    ];
    expect(lintAnswer('We hired a rockstar.', 'peer', { rules }).map((flag) => flag.ruleId)).toEqual([
      'jargon',
    ]);
  });

  it('returns flags in text order', () => {
    const flags = lintAnswer('They never listened, so we should align.', 'cross-functional');
    expect(flags.map((flag) => flag.span.start)).toEqual(
      [...flags.map((flag) => flag.span.start)].sort((a, b) => a - b),
    );
    expect(flags.map((flag) => flag.ruleId)).toEqual(['blaming-partners', 'vague-alignment']);
  });
});
