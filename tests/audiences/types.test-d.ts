import { describe, expectTypeOf, it } from 'vitest';
import {
  type Audience,
  type BankQuestion,
  briefFor,
  type Candidacy,
  draftThankYous,
  type InterviewerBrief,
  type LintFlag,
  lintAnswer,
  type PickQuestionsOptions,
  pickQuestions,
  type Question,
  type QuestionPick,
  type QuestionPlan,
  type StoryMatch,
  storiesFor,
  type ThankYouDraft,
} from '../../src/index.js';

describe('audiences types', () => {
  it('plans questions from a candidacy and an interview id', () => {
    expectTypeOf(pickQuestions).parameters.toEqualTypeOf<[Candidacy, PickQuestionsOptions]>();
    expectTypeOf(pickQuestions).returns.toEqualTypeOf<QuestionPlan>();
    expectTypeOf<QuestionPlan['planned'][number]>().toEqualTypeOf<QuestionPick>();
    expectTypeOf<QuestionPick['audiences']>().toEqualTypeOf<readonly Audience[]>();
  });

  it('accepts a bank of plain questions or bank questions', () => {
    expectTypeOf<{ interviewId: string; bank: Question[] }>().toExtend<PickQuestionsOptions>();
    expectTypeOf<{ interviewId: string; bank: readonly BankQuestion[] }>().toExtend<PickQuestionsOptions>();
  });

  it('returns briefs, flags, drafts and story matches as arrays', () => {
    expectTypeOf(briefFor).returns.toEqualTypeOf<InterviewerBrief[]>();
    expectTypeOf(lintAnswer).returns.toEqualTypeOf<LintFlag[]>();
    expectTypeOf(draftThankYous).returns.toEqualTypeOf<ThankYouDraft[]>();
    expectTypeOf(storiesFor).returns.toEqualTypeOf<StoryMatch[]>();
  });

  it('takes only a known audience for lint', () => {
    // @ts-expect-error 'ceo' is not an audience
    lintAnswer('text', 'ceo');
  });
});
