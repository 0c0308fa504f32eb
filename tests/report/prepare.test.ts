import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../src/entries/engine.js';
import {
  type Candidacy,
  checkConsistency,
  PREPARATION_ONLY_NOTICE,
  parseCandidacy,
  pickQuestions,
  prepare,
  prepareSync,
  renderMarkdown,
} from '../../src/index.js';

function example(name: string): Candidacy {
  const result = parseCandidacy(JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')));
  if (!result.ok) throw new Error(`examples/${name}.json is invalid`);
  return result.value;
}

const thorough = example('thorough-manager');
const contradicting = example('contradicting-stories');
const verbatim = example('verbatim-reuser');
const NOW = '2027-03-09T12:00:00-05:00';

describe('prepare', () => {
  it('prepares the next interview of the thorough example', async () => {
    const report = await prepare(thorough, { now: '2027-03-09T12:00:00-05:00' });
    expect(report.focusInterview.id).toBe('round-2-panel');
  });

  it('gives one brief and one thank-you draft per interviewer of that interview', async () => {
    const report = await prepare(thorough, { now: NOW });
    const panel = thorough.interviews.find((interview) => interview.id === 'round-2-panel')!;
    const ids = panel.interviewers.map((interviewer) => interviewer.id);
    expect(report.briefs.map((brief) => brief.interviewerId)).toEqual(ids);
    expect(report.thankYouDrafts.map((draft) => draft.interviewerId)).toEqual(ids);
    expect(report.notice).toBe(PREPARATION_ONLY_NOTICE);
  });

  it('scores exactly as assessReadiness does, on json-rules-engine, to the byte', async () => {
    for (const [candidacy, now] of [
      [thorough, NOW],
      [contradicting, '2027-02-02T12:00:00-08:00'],
      [verbatim, '2027-03-22T12:00:00+01:00'],
    ] as const) {
      const report = await prepare(candidacy, { now });
      expect(JSON.stringify(report.readiness)).toBe(
        JSON.stringify(await assessReadiness(candidacy, { now })),
      );
    }
  });

  it('plans questions for the focus interview and reports consistency as checkConsistency does', async () => {
    const report = await prepare(contradicting, { now: '2027-02-02T12:00:00-08:00' });
    expect(report.questions).toEqual(pickQuestions(contradicting, { interviewId: 'final-panel' }));
    expect(report.consistency).toEqual(checkConsistency(contradicting));
    expect(report.readiness.band).toBe('at-risk');
  });

  it('turns to the last interview held once every interview is over', () => {
    const report = prepareSync(thorough, { now: '2027-03-12T09:00:00-05:00' });
    expect(report.focusInterview).toMatchObject({ id: 'round-2-panel', upcoming: false });
  });

  it('names the fix when now is missing or malformed', () => {
    expect(() => prepareSync(thorough, { now: 'tomorrow' })).toThrow(
      /^prepareSync: expected options\.now as an ISO date-time with an offset, found "tomorrow"/,
    );
  });

  it('does not change its input', () => {
    const input = structuredClone(thorough);
    prepareSync(input, { now: NOW });
    expect(input).toEqual(thorough);
  });
});

describe('renderMarkdown', () => {
  it('opens with the candidate, the role and the company', async () => {
    const markdown = renderMarkdown(await prepare(thorough, { now: NOW }));
    expect(markdown.split('\n')[0]).toBe(
      '# Maya Okafor: Engineering Manager, Billing Platform at Tallyworks',
    );
  });

  it('puts the score, the band and the top three recommendations first, each printed once', () => {
    const report = prepareSync(verbatim, { now: '2027-03-22T12:00:00+01:00' });
    // Read past the Markdown escapes: "interviewer(s)" prints as "interviewer\\(s\\)".
    const markdown = renderMarkdown(report).replace(/\\(.)/g, '$1');
    const top = report.readiness.recommendations.slice(0, 3);
    expect(top).toHaveLength(3);
    const readinessAt = markdown.indexOf(`## Readiness: ${report.readiness.score}/100 (not-ready)`);
    expect(readinessAt).toBeGreaterThan(0);
    for (const item of top) {
      const position = markdown.indexOf(item.recommendation);
      expect(position).toBeGreaterThan(readinessAt);
      expect(position).toBeLessThan(markdown.indexOf('## Your interviewers'));
      expect(markdown.split(item.recommendation)).toHaveLength(2);
    }
  });

  it('sets both quotes of a contradiction side by side', () => {
    const markdown = renderMarkdown(prepareSync(contradicting, { now: '2027-02-02T12:00:00-08:00' }));
    const row = markdown.split('\n').find((line) => line.startsWith('| **contradiction** duration'));
    expect(row).toContain('over 14 months');
    expect(row).toContain('over 18 months');
    expect(row).toContain('4 months apart');
  });

  it('dates the timeline in the candidate zone, and the decision window (across the DST change) as days', () => {
    const markdown = renderMarkdown(prepareSync(thorough, { now: NOW }));
    expect(markdown).toContain('## Timeline (America/New_York)');
    expect(markdown).toContain('Wed 10 Mar 2027, 10:00 (UTC-05:00)');
    expect(markdown).toContain('from Thu 11 Mar 2027 to Fri 19 Mar 2027');
  });

  it('keeps a pipe in a quote from breaking the table', () => {
    const withPipe = structuredClone(contradicting);
    const story = withPipe.stories.find((item) => item.id === 'checkout-rebuild')!;
    story.tellings[1]!.text = story.tellings[1]!.text.replace('over 18 months', 'over 18 months | really');
    const row = renderMarkdown(prepareSync(withPipe, { now: '2027-02-02T12:00:00-08:00' }))
      .split('\n')
      .find((line) => line.startsWith('| **contradiction** duration'));
    expect(row).toContain('18 months \\| really');
  });
});
