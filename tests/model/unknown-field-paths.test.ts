import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPath, parseCandidacy } from '../../src/index.js';

// "Did you mean" for an unknown key must find the keys the schema accepts at that path, through every wrapper the
// candidacy schema uses: optional and defaulted fields, lists, lists inside lists, objects inside optional objects.
function thoroughWith(at: readonly (string | number)[], key: string): unknown {
  const raw: unknown = JSON.parse(
    readFileSync(new URL('../../examples/thorough-manager.json', import.meta.url), 'utf8'),
  );
  let node = raw;
  for (const segment of at) node = (node as Record<string | number, unknown>)[segment];
  (node as Record<string, unknown>)[key] = 'x';
  return raw;
}

const cases: readonly { at: readonly (string | number)[]; key: string; meant: string }[] = [
  { at: ['candidate', 'targetRole'], key: 'titel', meant: 'title' },
  { at: ['interviews', 0, 'interviewers', 0], key: 'nmae', meant: 'name' },
  { at: ['interviews', 0, 'debrief'], key: 'summry', meant: 'summary' },
  { at: ['stories', 0, 'tellings', 0], key: 'rond', meant: 'round' },
  { at: ['compensation', 'range'], key: 'currenzy', meant: 'currency' },
  { at: ['pipeline', 'offers', 0], key: 'compani', meant: 'company' },
  { at: ['prep'], key: 'checklistRanAt', meant: 'checklistRunAt' },
];

describe('parseCandidacy: the suggestion for an unknown key, at every depth', () => {
  it.each(cases)('$key at $at', ({ at, key, meant }) => {
    const result = parseCandidacy(thoroughWith(at, key));
    const issues = result.ok ? [] : result.issues.filter((issue) => issue.code === 'unknown_field');
    expect(issues.map((issue) => [formatPath(issue.path), issue.message])).toEqual([
      [formatPath([...at, key]), `unknown field "${key}": did you mean "${meant}"?`],
    ]);
  });
});
