import type { Audience, Interviewer } from '../model/index.js';
import { normalizeWords } from '../text/index.js';

/**
 * Title words by level, highest first: C-level 5, VP 4, director 3, head 2, manager 1. Data, so
 * the table is documented where it is used; a title with none of them is level 0.
 */
export const TITLE_LEVELS: readonly (readonly [number, readonly string[]])[] = [
  [
    5,
    [
      'chief',
      'ceo',
      'cto',
      'cfo',
      'coo',
      'cpo',
      'cmo',
      'cro',
      'cio',
      'ciso',
      'cso',
      'founder',
      'co-founder',
      'president',
    ],
  ],
  [4, ['vp', 'svp', 'evp', 'avp', 'vice president']],
  [3, ['director']],
  [2, ['head']],
  [1, ['manager']],
];

/** How senior an audience is when titles tie: senior leadership first, direct reports last. */
export const AUDIENCE_SENIORITY: Readonly<Record<Audience, number>> = {
  'senior-leadership': 5,
  'hiring-manager': 4,
  'cross-functional': 3,
  peer: 2,
  recruiter: 1,
  'direct-report': 0,
};

/** The level of a job title by {@link TITLE_LEVELS}: "Vice President, Sales" is 4, "Staff Engineer" 0. */
export function titleLevel(title: string | undefined): number {
  if (title === undefined) return 0;
  const words = normalizeWords(title);
  const text = ` ${words.join(' ')} `;
  // "Vice president" is a VP, not a president: match the longer phrase of a level first.
  let best = 0;
  for (const [level, phrases] of TITLE_LEVELS) {
    for (const phrase of phrases) {
      if (!text.includes(` ${phrase} `)) continue;
      if (level === 5 && phrase === 'president' && text.includes(' vice president ')) continue;
      best = Math.max(best, level);
    }
  }
  return best;
}

/**
 * The most senior interviewers of a panel: highest title level first, audience second
 * ({@link AUDIENCE_SENIORITY}); everyone who ties at the top is returned, in panel order.
 */
export function mostSeniorInterviewers(interviewers: readonly Interviewer[]): Interviewer[] {
  let top = Number.NEGATIVE_INFINITY;
  const rank = (person: Interviewer) => titleLevel(person.title) * 10 + AUDIENCE_SENIORITY[person.audience];
  for (const person of interviewers) top = Math.max(top, rank(person));
  return interviewers.filter((person) => rank(person) === top);
}
