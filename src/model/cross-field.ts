import { describeValue } from '../internal/describe.js';
import type { Issue } from './issues.js';

type Path = (string | number)[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
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
      message: `expected a unique ${noun} id, found "${id}" again (first at index ${earlier}): give each ${noun} its own id`,
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

  const interviews = list(field(input, 'interviews'));
  checkUniqueIds(interviews, ['interviews'], 'interview', issues);

  const rounds = new Set<number>();
  const interviewerIds = new Set<string>();
  interviews.forEach((interview, index) => {
    const round = field(interview, 'round');
    if (typeof round === 'number') rounds.add(round);
    const interviewers = list(field(interview, 'interviewers'));
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
  const knownRounds = [...rounds].sort((a, b) => a - b).join(', ') || 'none';
  const knownInterviewers = [...interviewerIds].join(', ') || 'none';

  const checkRound = (value: unknown, path: Path, what: string) => {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && !rounds.has(value)) {
      issues.push({
        code: 'unknown_round',
        path,
        message: `expected ${what} to name a round among the interviews (${knownRounds}), found ${value}: add the interview or fix the round`,
      });
    }
  };
  const checkInterviewer = (value: unknown, path: Path) => {
    if (typeof value === 'string' && !interviewerIds.has(value)) {
      issues.push({
        code: 'unknown_reference',
        path,
        message: `expected the id of an interviewer in interviews[].interviewers (${knownInterviewers}), found ${describeValue(value)}`,
      });
    }
  };

  const stories = list(field(input, 'stories'));
  checkUniqueIds(stories, ['stories'], 'story', issues);
  stories.forEach((story, storyIndex) => {
    const seenRounds = new Map<number, number>();
    list(field(story, 'tellings')).forEach((telling, tellingIndex) => {
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
    });
  });

  const questions = list(field(input, 'questions'));
  checkUniqueIds(questions, ['questions'], 'question', issues);
  questions.forEach((question, index) => {
    checkRound(field(question, 'askedInRound'), ['questions', index, 'askedInRound'], 'askedInRound');
  });

  const concerns = list(field(input, 'concerns'));
  checkUniqueIds(concerns, ['concerns'], 'concern', issues);
  concerns.forEach((concern, index) => {
    checkRound(field(concern, 'raisedInRound'), ['concerns', index, 'raisedInRound'], 'raisedInRound');
    checkInterviewer(field(concern, 'raisedBy'), ['concerns', index, 'raisedBy']);
  });

  list(field(field(input, 'prep'), 'thankYouSent')).forEach((sent, index) => {
    checkInterviewer(field(sent, 'interviewerId'), ['prep', 'thankYouSent', index, 'interviewerId']);
  });

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
