import { describe, expect, it } from 'vitest';
import { type Candidacy, draftThankYous, type Interviewer } from '../../src/index.js';
import { managerCandidacy } from './fixtures.js';

function withRoundTwo(interviewers: Interviewer[], topics: string[] | undefined): Candidacy {
  const [roundOne, roundTwo] = managerCandidacy.interviews;
  const debrief =
    topics === undefined ? undefined : { ...roundTwo!.debrief!, topicsDiscussed: topics, questionsAsked: [] };
  return { ...managerCandidacy, interviews: [roundOne!, { ...roundTwo!, interviewers, debrief }] };
}

describe('draftThankYous', () => {
  it('gives the sales partner the topic about sales', () => {
    expect(
      draftThankYous(managerCandidacy, 'round-2').find((draft) => draft.interviewerId === 'sam')?.reference,
    ).toEqual({ text: 'Sales handoffs for enterprise renewals', origin: 'debrief-topic' });
  });

  it('writes one note per interviewer, in the interview order', () => {
    const drafts = draftThankYous(managerCandidacy, 'round-2');
    expect(drafts.map((draft) => draft.interviewerId)).toEqual(['dana', 'priya', 'mei', 'omar', 'sam']);
    expect(drafts.map((draft) => draft.to)).toEqual(['Dana', 'Priya', 'Mei', 'Omar', 'Sam']);
  });

  it('gives every interviewer a different reference', () => {
    const drafts = draftThankYous(managerCandidacy, 'round-2');
    const references = drafts.map((draft) => draft.reference?.text);
    expect(references.every((text) => text !== undefined)).toBe(true);
    expect(new Set(references).size).toBe(drafts.length);
  });

  it('gives a topic that names an interviewer to that interviewer', () => {
    const priya = draftThankYous(managerCandidacy, 'round-2').find(
      (draft) => draft.interviewerId === 'priya',
    );
    expect(priya?.reference?.text).toBe("Priya's migration to the new build system");
  });

  it('never writes a group message: each note greets one person and names no other interviewer', () => {
    const drafts = draftThankYous(managerCandidacy, 'round-2');
    const firstNames = drafts.map((draft) => draft.to);
    for (const draft of drafts) {
      expect(draft.body.startsWith(`Hi ${draft.to},\n`)).toBe(true);
      for (const other of firstNames.filter((name) => name !== draft.to))
        expect(draft.body).not.toContain(other);
      expect(draft.body).not.toMatch(/\b(everyone|all of you|team,)\b/i);
    }
  });

  it('writes a short plain-text note signed with the candidate name', () => {
    const dana = draftThankYous(managerCandidacy, 'round-2')[0]!;
    expect(dana.body).toBe(
      [
        'Hi Dana,',
        '',
        'Thank you for making time to talk with me about the Engineering Manager role. It was good to hear your view when we talked about the Q3 platform roadmap.',
        '',
        'I would be glad to keep the conversation going, and I look forward to hearing from you.',
        '',
        'Best regards,',
        'Jordan Reyes',
      ].join('\n'),
    );
    expect(dana.body.split(/\s+/).length).toBeLessThan(80);
    expect(dana.source).toBe('seed#after');
  });

  it('falls back to the research, in order: planned reference, recent activity, common ground', () => {
    const people: Interviewer[] = [
      {
        id: 'a',
        name: 'Ana Ruiz',
        audience: 'peer',
        research: { plannedReferences: ['Her talk on code review'] },
      },
      {
        id: 'b',
        name: 'Ben Cho',
        audience: 'peer',
        research: { recentActivity: ['His post on on-call pay'] },
      },
      { id: 'c', name: 'Cy Diaz', audience: 'peer', research: { commonGround: ['Both studied in Leeds'] } },
    ];
    const drafts = draftThankYous(withRoundTwo(people, undefined), 'round-2');
    expect(drafts.map((draft) => draft.reference?.origin)).toEqual([
      'planned-reference',
      'recent-activity',
      'common-ground',
    ]);
    expect(drafts[0]?.warnings[0]).toContain('as something you came across while preparing');
  });

  it('invents nothing when there is no reference: no placeholder in the note, a warning naming what is missing', () => {
    const drafts = draftThankYous(
      withRoundTwo([{ id: 'z', name: 'Dr. Zoe Park', audience: 'peer' }], []),
      'round-2',
    );
    expect(drafts[0]?.to).toBe('Zoe');
    expect(drafts[0]?.reference).toBeUndefined();
    expect(drafts[0]?.body).not.toMatch(/[[\]{}]/);
    expect(drafts[0]?.warnings).toEqual([
      'No specific reference for Zoe: the debrief lists no topics discussed, and their research has no planned reference, recent activity or common ground. Add one thing you discussed before you send it.',
    ]);
  });

  it('does not give one interviewer a topic that names another', () => {
    const people: Interviewer[] = [
      { id: 'a', name: 'Ana Ruiz', audience: 'peer' },
      { id: 'b', name: 'Ben Cho', audience: 'hiring-manager' },
    ];
    const drafts = draftThankYous(withRoundTwo(people, ["Ben's hiring plan", 'The on-call rota']), 'round-2');
    expect(drafts.map((draft) => draft.reference?.text)).toEqual(['the on-call rota', "Ben's hiring plan"]);
  });

  it('never thanks someone for a talk about pay, logistics or leaving', () => {
    const people: Interviewer[] = [{ id: 'a', name: 'Ana Ruiz', audience: 'recruiter' }];
    const drafts = draftThankYous(
      withRoundTwo(people, ['salary', 'reason for leaving', 'order API rewrite']),
      'round-2',
    );
    expect(drafts[0]?.reference).toEqual({ text: 'order API rewrite', origin: 'debrief-topic' });
  });

  it('drops the note-to-self after a colon in a planned reference', () => {
    const people: Interviewer[] = [
      {
        id: 'a',
        name: 'Ana Ruiz',
        audience: 'peer',
        research: { plannedReferences: ['Her post on ledgers: ask what she would change'] },
      },
    ];
    const [draft] = draftThankYous(withRoundTwo(people, undefined), 'round-2');
    expect(draft?.reference?.text).toBe('her post on ledgers');
    expect(draft?.body).not.toContain('ask what');
  });

  it('speaks to the interviewer about their own work: "her post" in the research reads "your post" in the note', () => {
    const people: Interviewer[] = [
      {
        id: 'a',
        name: 'Ana Ruiz',
        audience: 'peer',
        research: { plannedReferences: ['Her post on ledgers: ask what she would change'] },
      },
    ];
    const [draft] = draftThankYous(withRoundTwo(people, undefined), 'round-2');
    expect(draft?.body).toContain('your post on ledgers');
    expect(draft?.body).not.toContain('her post');
  });

  it('returns no drafts for an unknown interview instead of throwing', () => {
    expect(draftThankYous(managerCandidacy, 'nope')).toEqual([]);
  });

  it('is deterministic and does not modify the candidacy', () => {
    const before = JSON.stringify(managerCandidacy);
    const first = draftThankYous(managerCandidacy, 'round-2');
    expect(draftThankYous(structuredClone(managerCandidacy), 'round-2')).toEqual(first);
    expect(JSON.stringify(managerCandidacy)).toBe(before);
  });
});
