import { describeValue, listSome } from '../internal/describe.js';
import type { Issue } from './issues.js';
import { CANDIDACY_LIMITS } from './limits.js';

type Path = (string | number)[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * The items of a collection the checks may read: none when the schema already refused it as too big, so
 * a collection of 20,000 items costs one `too_big` issue and no pass over its items. `complete` is false
 * then, and references into it are not checked (the set of ids would be partial).
 */
function bounded(value: unknown, limit: number): { items: readonly unknown[]; complete: boolean } {
  const items = list(value);
  return items.length > limit ? { items: [], complete: false } : { items, complete: true };
}

function field(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

function checkUniqueIds(items: readonly unknown[], basePath: Path, noun: string, issues: Issue[]): void {
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const id = field(item, 'id');
    if (typeof id !== 'string') return;
    const earlier = firstIndex.get(id);
    if (earlier === undefined) {
      firstIndex.set(id, index);
      return;
    }
    issues.push({
      code: 'duplicate_id',
      path: [...basePath, index, 'id'],
      message: `expected a unique ${noun} id, found ${describeValue(id)} again (first at index ${earlier}): give each ${noun} its own id`,
    });
  });
}

function instant(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

/**
 * The checks that span fields. Reads the raw input defensively, so every problem is reported even when
 * other parts of the input are invalid.
 */
export function checkCrossFields(input: unknown): Issue[] {
  const issues: Issue[] = [];
  if (!isRecord(input)) return issues;

  const { items: interviews, complete: allInterviews } = bounded(
    field(input, 'interviews'),
    CANDIDACY_LIMITS.interviews,
  );
  let allInterviewers = allInterviews;
  checkUniqueIds(interviews, ['interviews'], 'interview', issues);

  const rounds = new Set<number>();
  const interviewerIds = new Set<string>();
  interviews.forEach((interview, index) => {
    const round = field(interview, 'round');
    if (typeof round === 'number') rounds.add(round);
    const panel = bounded(field(interview, 'interviewers'), CANDIDACY_LIMITS.interviewersPerInterview);
    if (!panel.complete) allInterviewers = false;
    const interviewers = panel.items;
    checkUniqueIds(interviewers, ['interviews', index, 'interviewers'], 'interviewer', issues);
    for (const interviewer of interviewers) {
      const id = field(interviewer, 'id');
      if (typeof id === 'string') interviewerIds.add(id);
    }
    const takeHome = field(interview, 'takeHome');
    const assigned = instant(field(takeHome, 'assignedAt'));
    const due = instant(field(takeHome, 'dueAt'));
    if (assigned !== undefined && due !== undefined && due <= assigned) {
      issues.push({
        code: 'date_order',
        path: ['interviews', index, 'takeHome', 'dueAt'],
        message: 'expected the due time after the assigned time, found it at or before: check both dates',
      });
    }
  });
  const knownRounds = listSome([...rounds].sort((a, b) => a - b).map(String), 10);
  const knownInterviewers = listSome([...interviewerIds]);

  const checkRound = (value: unknown, path: Path, what: string) => {
    if (
      allInterviews &&
      typeof value === 'number' &&
      Number.isInteger(value) &&
      value >= 1 &&
      !rounds.has(value)
    ) {
      issues.push({
        code: 'unknown_round',
        path,
        message: `expected ${what} to name a round among the interviews (${knownRounds}), found ${value}: add the interview or fix the round`,
      });
    }
  };
  const checkInterviewer = (value: unknown, path: Path) => {
    if (allInterviewers && typeof value === 'string' && !interviewerIds.has(value)) {
      issues.push({
        code: 'unknown_reference',
        path,
        message: `expected the id of an interviewer in interviews[].interviewers (one of: ${knownInterviewers}), found ${describeValue(value)}`,
      });
    }
  };

  const stories = bounded(field(input, 'stories'), CANDIDACY_LIMITS.stories).items;
  checkUniqueIds(stories, ['stories'], 'story', issues);
  stories.forEach((story, storyIndex) => {
    const seenRounds = new Map<number, number>();
    bounded(field(story, 'tellings'), CANDIDACY_LIMITS.tellingsPerStory).items.forEach(
      (telling, tellingIndex) => {
        const round = field(telling, 'round');
        const path: Path = ['stories', storyIndex, 'tellings', tellingIndex, 'round'];
        checkRound(round, path, 'a telling');
        if (typeof round !== 'number') return;
        const earlier = seenRounds.get(round);
        if (earlier !== undefined) {
          issues.push({
            code: 'duplicate_telling',
            path,
            message: `expected one telling per round, found a second one for round ${round} (first at tellings[${earlier}]): merge them`,
          });
        } else seenRounds.set(round, tellingIndex);
      },
    );
  });

  const questions = bounded(field(input, 'questions'), CANDIDACY_LIMITS.questions).items;
  checkUniqueIds(questions, ['questions'], 'question', issues);
  questions.forEach((question, index) => {
    checkRound(field(question, 'askedInRound'), ['questions', index, 'askedInRound'], 'askedInRound');
  });

  const concerns = bounded(field(input, 'concerns'), CANDIDACY_LIMITS.concerns).items;
  checkUniqueIds(concerns, ['concerns'], 'concern', issues);
  concerns.forEach((concern, index) => {
    checkRound(field(concern, 'raisedInRound'), ['concerns', index, 'raisedInRound'], 'raisedInRound');
    checkInterviewer(field(concern, 'raisedBy'), ['concerns', index, 'raisedBy']);
  });

  bounded(field(field(input, 'prep'), 'thankYouSent'), CANDIDACY_LIMITS.thankYouSent).items.forEach(
    (sent, index) => {
      checkInterviewer(field(sent, 'interviewerId'), ['prep', 'thankYouSent', index, 'interviewerId']);
    },
  );

  const range = field(field(input, 'compensation'), 'range');
  const min = field(range, 'min');
  const max = field(range, 'max');
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    issues.push({
      code: 'range_inverted',
      path: ['compensation', 'range'],
      message: `expected min ≤ max, found min ${min} above max ${max}: swap them`,
    });
  }
  return issues;
}
