import { describe, expect, it } from 'vitest';
import {
  type Audience,
  briefFor,
  type Candidacy,
  defaultAudienceProfiles,
  defaultTenureBands,
  describeTenure,
  type Interviewer,
  storiesFor,
} from '../../src/index.js';
import { managerCandidacy } from './fixtures.js';

function briefOf(candidacy: Candidacy, interviewerId: string) {
  const brief = briefFor(candidacy, 'round-2').find((entry) => entry.interviewerId === interviewerId);
  if (brief === undefined) throw new Error(`no brief for ${interviewerId}`);
  return brief;
}

function withInterviewers(interviewers: Interviewer[]): Candidacy {
  const [roundOne, roundTwo] = managerCandidacy.interviews;
  return { ...managerCandidacy, interviews: [roundOne!, { ...roundTwo!, interviewers }] };
}

describe('storiesFor', () => {
  it('gives a sales partner the story of working with sales', () => {
    expect(
      storiesFor(managerCandidacy, {
        id: 'x1',
        name: 'Sam Okafor',
        audience: 'cross-functional',
        function: 'Sales',
      }).map((match) => match.storyId),
    ).toEqual(['sales-launch']);
  });

  it('matches the partner function without regard to case or spacing', () => {
    const designer: Interviewer = {
      id: 'd',
      name: 'Lee Park',
      audience: 'cross-functional',
      function: '  DESIGN ',
    };
    expect(storiesFor(managerCandidacy, designer).map((match) => match.storyId)).toEqual([
      'design-disagreement',
    ]);
  });

  it('finds no partnering story for a function the candidate never worked with', () => {
    const legal: Interviewer = { id: 'l', name: 'Ari Levi', audience: 'cross-functional', function: 'Legal' };
    expect(storiesFor(managerCandidacy, legal)).toEqual([]);
  });

  it('ranks the stories with the most matching tags first for peers', () => {
    const peer: Interviewer = { id: 'p', name: 'Priya Nair', audience: 'peer' };
    expect(storiesFor(managerCandidacy, peer).map((match) => match.storyId)).toEqual([
      'design-disagreement',
      'sales-launch',
    ]);
  });

  it('gives the recruiter the stories about leaving and about the role', () => {
    const recruiter: Interviewer = { id: 'r', name: 'Rita Gomez', audience: 'recruiter' };
    expect(storiesFor(managerCandidacy, recruiter).map((match) => match.storyId)).toEqual([
      'first-90',
      'leaving-acme',
    ]);
  });

  it('matches each audience to different stories', () => {
    const audiences: Audience[] = ['hiring-manager', 'peer', 'senior-leadership', 'recruiter'];
    const keys = audiences.map((audience) =>
      storiesFor(managerCandidacy, { id: 'x', name: 'X', audience })
        .map((match) => match.storyId)
        .join('|'),
    );
    expect(new Set(keys).size).toBe(audiences.length);
  });
});

describe('describeTenure', () => {
  it('calls an interviewer three months in new', () => {
    expect(describeTenure({ id: 'i1', name: 'Ana Ruiz', audience: 'peer', tenureMonths: 3 })?.band).toBe(
      'new',
    );
  });

  it('puts the thresholds at 6 and 96 months', () => {
    const band = (months: number) =>
      describeTenure({ id: 'i', name: 'A', audience: 'peer', tenureMonths: months })?.band;
    expect([band(5.9), band(6), band(95), band(96), band(300)]).toEqual([
      'new',
      'established',
      'established',
      'veteran',
      'veteran',
    ]);
  });

  it('reads its thresholds from data', () => {
    const bands = defaultTenureBands.map((entry) =>
      entry.id === 'new'
        ? { ...entry, toMonths: 12 }
        : entry.id === 'established'
          ? { ...entry, fromMonths: 12 }
          : entry,
    );
    expect(describeTenure({ id: 'i', name: 'A', audience: 'peer', tenureMonths: 9 }, bands)?.band).toBe(
      'new',
    );
  });

  it('says nothing when the tenure is unknown', () => {
    expect(describeTenure({ id: 'i', name: 'A', audience: 'peer' })).toBeUndefined();
  });
});

describe('briefFor', () => {
  it('names the missing people-development story for a future direct report', () => {
    expect(
      briefFor(managerCandidacy, 'round-2').find((brief) => brief.audience === 'direct-report')?.gaps[0],
    ).toBe('No story shows developing people, and Mei Lin would report to you.');
  });

  it('briefs each interviewer from their own audience profile', () => {
    const briefs = briefFor(managerCandidacy, 'round-2');
    expect(briefs.map((brief) => brief.interviewerId)).toEqual(['dana', 'priya', 'mei', 'omar', 'sam']);
    for (const brief of briefs) {
      expect(brief.caresAbout).toEqual(defaultAudienceProfiles[brief.audience].caresAbout);
      expect(brief.leadWith).toEqual(defaultAudienceProfiles[brief.audience].leadWith);
      expect(brief.avoid).toEqual(defaultAudienceProfiles[brief.audience].avoid);
    }
    expect(new Set(briefs.map((brief) => brief.leadWith.join('|'))).size).toBe(5);
  });

  it('gives the hiring manager the quantified story and the sales partner the sales story', () => {
    expect(briefOf(managerCandidacy, 'dana').stories.map((story) => story.storyId)).toEqual([
      'billing-rebuild',
    ]);
    const sam = briefOf(managerCandidacy, 'sam');
    expect(sam.stories.map((story) => story.storyId)).toEqual(['sales-launch']);
    expect(sam.stories[0]?.why).toContain('Sales');
  });

  it('keeps the single planned reference and warns when more than one is planned', () => {
    expect(briefOf(managerCandidacy, 'dana')).toMatchObject({
      reference: 'Her talk on incident reviews at LeadDev',
      warnings: [],
    });
    const priya = briefOf(managerCandidacy, 'priya');
    expect(priya.reference).toBe('Her post on build caching');
    expect(priya.warnings[0]).toContain('3 references are planned for Priya Nair; keep one');
  });

  it('warns when no reference is planned and suggests one from the research', () => {
    const sam = briefOf(managerCandidacy, 'sam');
    expect(sam.reference).toBeUndefined();
    expect(sam.warnings[0]).toBe(
      'No reference is planned for Sam Okafor: choose one natural point of contact. For example: Both worked at Fabrikam.',
    );
  });

  it('adds tenure insight for new and long-serving interviewers', () => {
    expect(briefOf(managerCandidacy, 'priya').tenure?.band).toBe('new');
    expect(briefOf(managerCandidacy, 'mei').tenure?.band).toBe('veteran');
    expect(briefOf(managerCandidacy, 'dana').tenure?.band).toBe('established');
  });

  it('gives company news to the most senior interviewer only', () => {
    const briefs = briefFor(managerCandidacy, 'round-2');
    expect(
      briefs.filter((brief) => brief.companyNews.length > 0).map((brief) => brief.interviewerId),
    ).toEqual(['omar']);
    expect(briefOf(managerCandidacy, 'omar').companyNews).toEqual([
      'Series C funding in October',
      'Launch of the EU data region',
    ]);
  });

  it('warns when the most senior interviewer has no company news noted', () => {
    const candidacy = withInterviewers([
      { id: 'ceo', name: 'Ines Moreau', audience: 'senior-leadership', title: 'CEO' },
      { id: 'peer', name: 'Tom Berg', audience: 'peer' },
    ]);
    expect(briefOf(candidacy, 'ceo').warnings.join(' ')).toContain("read the company's recent news");
    expect(briefOf(candidacy, 'peer').warnings.join(' ')).not.toContain('recent news');
  });

  it('names the missing partnering story for a function the candidate never worked with', () => {
    const candidacy = withInterviewers([
      { id: 'legal', name: 'Ari Levi', audience: 'cross-functional', function: 'Legal' },
    ]);
    expect(briefOf(candidacy, 'legal').gaps).toEqual([
      'No story shows partnering with Legal, and Ari Levi works in Legal.',
    ]);
  });

  it('flags a hiring-manager story whose planned telling has no number', () => {
    const candidacy: Candidacy = {
      ...managerCandidacy,
      stories: [
        {
          id: 'vague',
          title: 'Turning the support queue around',
          kind: 'project',
          tags: ['trade-off'],
          tellings: [
            {
              round: 2,
              text: 'I worked with the support leads to rethink how tickets were routed, and after a while the queue got much shorter and customers were happier.',
            },
          ],
        },
      ],
    };
    expect(briefOf(candidacy, 'dana').gaps).toEqual([
      'Your latest telling of "Turning the support queue around" has no number in it, and Dana Whitfield will look for one.',
    ]);
  });

  it('returns no briefs for an unknown interview instead of throwing', () => {
    expect(briefFor(managerCandidacy, 'nope')).toEqual([]);
  });

  it('does not modify the candidacy', () => {
    const before = JSON.stringify(managerCandidacy);
    briefFor(managerCandidacy, 'round-2');
    expect(JSON.stringify(managerCandidacy)).toBe(before);
  });
});
