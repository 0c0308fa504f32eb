import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  briefFor,
  type Candidacy,
  draftThankYous,
  lintAnswer,
  parseCandidacy,
  pickQuestions,
} from '../../src/index.js';

function loadExample(name: string): Candidacy {
  const parsed = parseCandidacy(
    JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8')),
  );
  if (!parsed.ok) throw new Error(`examples/${name}.json does not parse`);
  return parsed.value;
}

const thorough = loadExample('thorough-manager');
const contradicting = loadExample('contradicting-stories');
const verbatim = loadExample('verbatim-reuser');

describe('the bundled examples', () => {
  describe('thorough-manager, round 2 with five audiences', () => {
    const plan = pickQuestions(thorough, { interviewId: 'round-2-panel' });

    it("plans six questions, all of them the candidate's own, with no warnings", () => {
      expect(plan.warnings).toEqual([]);
      expect(plan.planned.map((pick) => pick.id)).toEqual([
        'q-first-90-days',
        'q-open-problem',
        'q-manager-understood',
        'q-new-manager',
        'q-strategic-bet',
        'q-sales-tradeoffs',
      ]);
      expect(plan.planned.every((pick) => pick.source === 'candidate')).toBe(true);
    });

    it('fits each of the five audiences with its own pair', () => {
      const byAudience = Object.fromEntries(
        plan.perInterviewer.map((entry) => [entry.audience, entry.questions.map((pick) => pick.id)]),
      );
      expect(byAudience).toEqual({
        'hiring-manager': ['q-first-90-days', 'q-open-problem'],
        peer: ['q-open-problem', 'q-manager-understood'],
        'direct-report': ['q-open-problem', 'q-new-manager'],
        'senior-leadership': ['q-first-90-days', 'q-strategic-bet'],
        'cross-functional': ['q-first-90-days', 'q-sales-tradeoffs'],
      });
    });

    it('briefs the sales partner with the sales story and the CTO with company news', () => {
      const briefs = briefFor(thorough, 'round-2-panel');
      const tom = briefs.find((brief) => brief.interviewerId === 'tom-reyes');
      expect(tom?.stories.map((story) => story.storyId)).toEqual(['sales-billing-options']);
      const miriam = briefs.find((brief) => brief.interviewerId === 'miriam-castellanos');
      expect(miriam?.tenure?.band).toBe('veteran');
      expect(miriam?.companyNews.length).toBeGreaterThan(0);
      expect(briefs.find((brief) => brief.interviewerId === 'luis-ortega')?.tenure?.band).toBe('new');
      expect(
        briefs.find((brief) => brief.interviewerId === 'aisha-brennan')?.stories.map((s) => s.storyId),
      ).toEqual(['growing-tech-leads']);
      for (const brief of briefs) {
        expect(brief.gaps).toEqual([]);
        expect(brief.warnings).toEqual([]);
        expect(brief.stories.length).toBeGreaterThan(0);
      }
    });

    it('drafts five notes, each with its own reference from research', () => {
      const drafts = draftThankYous(thorough, 'round-2-panel');
      expect(drafts).toHaveLength(5);
      expect(new Set(drafts.map((draft) => draft.reference?.text)).size).toBe(5);
      expect(drafts.find((draft) => draft.interviewerId === 'tom-reyes')?.reference).toEqual({
        text: 'his post on rigid invoicing terms',
        origin: 'planned-reference',
      });
      for (const draft of drafts) expect(draft.body).toContain('\nMaya Okafor');
    });

    it('drafts the round-one notes from the debrief topics', () => {
      const drafts = draftThankYous(thorough, 'round-1-screen');
      expect(drafts.map((draft) => draft.reference)).toEqual([
        { text: 'billing migration at Corbel', origin: 'debrief-topic' },
        { text: 'team structure and size', origin: 'debrief-topic' },
      ]);
    });

    it('finds no lint flag in the planned round-two tellings for the audiences they are meant for', () => {
      const migration = thorough.stories.find((story) => story.id === 'billing-migration');
      const planned = migration?.tellings.find((telling) => telling.round === 2);
      expect(lintAnswer(planned?.text ?? '', 'hiring-manager')).toEqual([]);
    });
  });

  describe('contradicting-stories, round 2 with four audiences', () => {
    it('plans the candidate questions without warnings and fits each audience', () => {
      const plan = pickQuestions(contradicting, { interviewId: 'final-panel' });
      expect(plan.warnings).toEqual([]);
      const sets = plan.perInterviewer.map((entry) => entry.questions.map((pick) => pick.id).join('|'));
      expect(new Set(sets).size).toBe(4);
      expect(plan.planned.length).toBeGreaterThanOrEqual(4);
    });
  });

  describe('verbatim-reuser, a non-managing role whose own questions were all asked in round 1', () => {
    const plan = pickQuestions(verbatim, { interviewId: 'onsite' });

    it('plans no question asked in round one and fills from the bank', () => {
      const ids = plan.planned.map((pick) => pick.id);
      expect(ids.some((id) => id.startsWith('q-'))).toBe(false);
      expect(plan.planned.length).toBeGreaterThanOrEqual(4);
      expect(plan.warnings).toEqual([]);
    });

    it('names the gaps and the missing research in the briefs', () => {
      const briefs = briefFor(verbatim, 'onsite');
      const tobias = briefs.find((brief) => brief.interviewerId === 'tobias-krenz');
      expect(tobias?.gaps[0]).toBe(
        'No story shows a measured result or a real trade-off, and Tobias Krenz has to decide whether you can deliver.',
      );
      expect(tobias?.warnings[0]).toContain('No reference is planned for Tobias Krenz');
      const claudia = briefs.find((brief) => brief.interviewerId === 'claudia-marin');
      expect(claudia?.warnings.join(' ')).toContain('most senior person in this interview');
    });

    it('invents no reference in the thank-you notes: none in the note, a warning saying which is missing', () => {
      for (const draft of draftThankYous(verbatim, 'onsite')) {
        expect(draft.reference).toBeUndefined();
        expect(draft.body).not.toContain('[');
        expect(draft.warnings[0]).toContain('the interview has no debrief yet');
      }
    });

    it('never uses the salary topic of round one as a thank-you reference', () => {
      const references = draftThankYous(verbatim, 'screen').map((draft) => draft.reference?.text);
      expect(references).toEqual(['order API rewrite', 'on-call']);
    });
  });
});
