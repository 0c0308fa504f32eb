import type { Question } from '../model/index.js';
import type { QuestionIntent } from './intents.js';
import { freezeDeep } from './internal.js';

/**
 * The categories a question can belong to.
 *
 * @example
 * QUESTION_CATEGORIES.includes('pay-logistics');
 * // => true
 * @category Audiences
 */
export const QUESTION_CATEGORIES = [
  'role',
  'team',
  'strategy',
  'culture',
  'collaboration',
  'management',
  'hierarchy',
  'pay-logistics',
  'process',
] as const;

/**
 * What a question is about, so rules can keep some kinds away from some audiences.
 *
 * @category Audiences
 */
export type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];

/**
 * A question in a bank: a {@link Question} plus an optional category, intents and source. `{{company}}` in
 * the text (or the older `{company}`) is replaced with the target company's name. A translated bank keeps
 * the ids of the bank it translates: a question asked in round one in English then counts as asked in any
 * language.
 *
 * @category Audiences
 */
export interface BankQuestion extends Question {
  /** What the question is about; inferred from its words when absent. */
  readonly category?: QuestionCategory;
  /**
   * What the question is for, strongest first (as `questionIntents` reads them); read from its words when absent.
   * The reader knows English cue words only: give the intents for a question written in another language, so
   * the audience rules (no pay with leadership, no rank with peers) see what it asks.
   */
  readonly intents?: readonly QuestionIntent[];
  /** Where the question comes from: `seed#questions` for the guide's ten, `second-round` for ours. */
  readonly source?: string;
}

const GUIDE = 'seed#questions';
const OURS = 'second-round';

/**
 * The built-in bank: the guide's ten round-two questions in our words, then our own, each tagged.
 *
 * @example
 * defaultQuestionBank.filter((question) => question.source === 'seed#questions').length;
 * // => 10
 * @category Audiences
 */
export const defaultQuestionBank: readonly BankQuestion[] = /* @__PURE__ */ freezeDeep([
  {
    id: 'first-90-days',
    text: 'What would someone in this role need to get done in the first 90 days to count as a success?',
    audiences: ['hiring-manager', 'senior-leadership', 'recruiter'],
    purpose: 'shows what good looks like early and which priorities are real',
    category: 'role',
    source: GUIDE,
  },
  {
    id: 'biggest-open-problem',
    text: 'What is the biggest open problem the team is working on right now?',
    audiences: ['hiring-manager', 'peer', 'cross-functional'],
    purpose: 'brings out the actual work rather than the job-ad version of it',
    category: 'team',
    source: GUIDE,
  },
  {
    id: 'success-measured',
    text: 'How will success in this role be measured at six months and at twelve?',
    audiences: ['hiring-manager', 'recruiter'],
    purpose: 'tells you the yardstick and whether it matches what you would do',
    category: 'role',
    source: GUIDE,
  },
  {
    id: 'previous-person',
    text: 'What helped the last person in this role succeed, or what held them back?',
    audiences: ['hiring-manager', 'peer'],
    purpose: 'gently brings out team dynamics and unspoken expectations',
    category: 'role',
    source: GUIDE,
  },
  {
    id: 'hardest-part',
    text: 'What is the hardest part of working at {company} that you cannot see from the outside?',
    audiences: ['peer', 'cross-functional', 'recruiter'],
    purpose: 'invites candour and calibrates your sense of the culture',
    category: 'culture',
    source: GUIDE,
  },
  {
    id: 'disagreement',
    text: 'When people on the team disagree, how does a decision actually get made?',
    audiences: ['peer', 'hiring-manager', 'direct-report'],
    purpose: 'shows the decision style, which predicts daily friction better than titles do',
    category: 'team',
    source: GUIDE,
  },
  {
    id: 'excited-struggling',
    text: 'What is the team excited about at the moment, and what is it struggling with?',
    audiences: ['peer', 'direct-report', 'hiring-manager'],
    purpose: 'gives you the upside and the honest downside in one answer',
    category: 'team',
    source: GUIDE,
  },
  {
    id: 'strategic-bet',
    text: 'Which strategic bet over the next 18 months is this role part of?',
    audiences: ['senior-leadership'],
    purpose: 'shows you think at the level of the company, not only the job',
    category: 'strategy',
    source: GUIDE,
  },
  {
    id: 'manager-wish',
    text: 'What do you wish your manager saw more clearly about your day-to-day work?',
    audiences: ['peer'],
    purpose: 'surfaces team pain points without putting anyone on the spot',
    category: 'team',
    source: GUIDE,
  },
  {
    id: 'want-from-manager',
    text: 'What would you most want from your next manager?',
    audiences: ['direct-report'],
    purpose: 'useful for you and shows you care about their experience',
    category: 'management',
    source: GUIDE,
  },
  {
    id: 'scope-versus-ad',
    text: 'Where does the real scope of this role differ from the job description?',
    audiences: ['hiring-manager'],
    purpose: 'checks that you and the manager picture the same job',
    category: 'role',
    source: OURS,
  },
  {
    id: 'first-decision',
    text: 'Which decision would you most want the new hire to own in their first quarter?',
    audiences: ['hiring-manager'],
    purpose: 'shows you are already thinking about delivering, and tells you where to start',
    category: 'role',
    source: OURS,
  },
  {
    id: 'binding-constraint',
    text: 'Which constraint shapes this team most this year: budget, headcount or time?',
    audiences: ['hiring-manager', 'senior-leadership'],
    purpose: 'reveals the trade-offs you would be asked to make',
    category: 'strategy',
    source: OURS,
  },
  {
    id: 'market-position',
    text: "How do you expect {company}'s position in its market to change over the next two years?",
    audiences: ['senior-leadership'],
    purpose: 'opens a conversation about the market at their level',
    category: 'strategy',
    source: OURS,
  },
  {
    id: 'highest-leverage',
    text: 'If the company could fix one problem this year, which would make the biggest difference?',
    audiences: ['senior-leadership'],
    purpose: 'invites them to name the highest-leverage problem, so you can connect the role to it',
    category: 'strategy',
    source: OURS,
  },
  {
    id: 'leadership-table',
    text: 'What do you expect from this role when it joins company-level discussions?',
    audiences: ['senior-leadership'],
    purpose: 'shows you want to contribute beyond the immediate job',
    category: 'strategy',
    source: OURS,
  },
  {
    id: 'handover-points',
    text: 'Where does work pass between your team and this role, and where does it stall today?',
    audiences: ['cross-functional'],
    purpose: 'shows you understand the interface between the two functions',
    category: 'collaboration',
    source: OURS,
  },
  {
    id: 'good-partner',
    text: "What does a good partner in this role do that makes your team's quarter easier?",
    audiences: ['cross-functional'],
    purpose: 'lets them describe the partner they want, in their own terms',
    category: 'collaboration',
    source: OURS,
  },
  {
    id: 'conflicting-priorities',
    text: "When your team's priorities and this role's priorities clash, how do you settle it together?",
    audiences: ['cross-functional', 'peer'],
    purpose: 'shows you expect to negotiate trade-offs rather than win them',
    category: 'collaboration',
    source: OURS,
  },
  {
    id: 'existing-work',
    text: "What should a new colleague understand about the team's existing work in their first month?",
    audiences: ['peer'],
    purpose: 'shows curiosity about what the team has already built',
    category: 'team',
    source: OURS,
  },
  {
    id: 'typical-week',
    text: 'What does a typical week look like for you, and which part of it would you change?',
    audiences: ['peer', 'direct-report'],
    purpose: 'shows interest in their daily work and where it hurts',
    category: 'team',
    source: OURS,
  },
  {
    id: 'growth-support',
    text: 'What kind of growth are you hoping for over the next year, and what support would help?',
    audiences: ['direct-report'],
    purpose: 'shows you would invest in their development',
    category: 'management',
    source: OURS,
  },
  {
    id: 'feedback-preference',
    text: 'How do you like to receive feedback, and what has worked well for you before?',
    audiences: ['direct-report'],
    purpose: 'shows you take feedback seriously and adapt it to the person',
    category: 'management',
    source: OURS,
  },
  {
    id: 'remove-obstacles',
    text: 'What gets in the way of your best work that a manager could take off your plate?',
    audiences: ['direct-report'],
    purpose: 'shows you would shield the team from needless friction',
    category: 'management',
    source: OURS,
  },
  {
    id: 'decision-timeline',
    text: 'What happens after this round, and when do you expect to decide?',
    audiences: ['recruiter'],
    purpose: 'sets your expectations for the wait and the follow-up',
    category: 'pay-logistics',
    source: OURS,
  },
  {
    id: 'package-structure',
    text: 'How is the package split across base, bonus, equity and benefits?',
    audiences: ['recruiter'],
    purpose: 'gives you what you need to compare the whole offer, not just the base',
    category: 'pay-logistics',
    source: OURS,
  },
  {
    id: 'round-one-follow-up',
    text: 'Is there anything from my first round that the panel would like me to go deeper on?',
    audiences: ['recruiter', 'hiring-manager'],
    purpose: 'gives you a chance to close a gap from round one',
    category: 'process',
    source: OURS,
  },
  {
    id: 'org-shape',
    text: 'How is the wider organisation structured, and who does this team report into?',
    audiences: ['recruiter', 'hiring-manager'],
    purpose: 'places the role in the organisation',
    category: 'hierarchy',
    source: OURS,
  },
  {
    id: 'start-date',
    text: 'What start date would suit the team best?',
    audiences: ['recruiter', 'hiring-manager'],
    purpose: 'opens the start-date conversation early',
    category: 'pay-logistics',
    source: OURS,
  },
]);
