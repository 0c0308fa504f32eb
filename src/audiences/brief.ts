import { type Wording, type WordingOptions, wording } from '../i18n/wording.js';
import { interviewersWithHistory } from '../internal/interviewers.js';
import { type Audience, type Candidacy, type Interviewer, requireParsedCandidacy } from '../model/index.js';
import { fillDataText } from './data-text.js';
import { findInterview, freezeDeep, requireInterviewId } from './internal.js';
import { storyLacksNumber } from './lint.js';
import {
  type AudienceProfile,
  defaultAudienceProfiles,
  defaultTenureBands,
  describeTenure,
  type StoryMatch,
  storiesFor,
  type TenureBand,
  type TenureInsight,
} from './profiles.js';
import { type AudiencesTextKey, audiencesTexts } from './texts.js';

type Words = Wording<AudiencesTextKey>;

/**
 * What the candidate reads about one interviewer the night before.
 *
 * @category Audiences
 */
export interface InterviewerBrief {
  /** The interviewer's id. */
  readonly interviewerId: string;
  /** The interviewer's name. */
  readonly name: string;
  /** The interviewer's audience. */
  readonly audience: Audience;
  /** What they are trying to find out. */
  readonly caresAbout: readonly string[];
  /** What to open with. */
  readonly leadWith: readonly string[];
  /** What costs points with them. */
  readonly avoid: readonly string[];
  /** The candidate's stories that answer their concern. */
  readonly stories: readonly StoryMatch[];
  /** The one thing from research to mention, if one was planned. */
  readonly reference: string | undefined;
  /** What their tenure suggests, when it is known. */
  readonly tenure: TenureInsight | undefined;
  /** For the most senior interviewer: company news to have in mind; empty for the others. */
  readonly companyNews: readonly string[];
  /** What is missing, in plain words ("No story shows developing people, and Mei Lin would report to you."). */
  readonly gaps: readonly string[];
  /** Research advice: too many references, none, missing company news. */
  readonly warnings: readonly string[];
  /** Where the guide covers what this brief says. */
  readonly sources: readonly string[];
}

/**
 * Options for {@link briefFor}.
 *
 * @category Audiences
 */
export interface BriefForOptions extends WordingOptions {
  /** The interview to brief for (required in the `briefFor(candidacy, { interviewId })` form). */
  readonly interviewId?: string;
  /** Audience profiles; {@link defaultAudienceProfiles} unless given. */
  readonly profiles?: Readonly<Record<Audience, AudienceProfile>>;
  /** Tenure bands; {@link defaultTenureBands} unless given. */
  readonly tenureBands?: readonly TenureBand[];
  /** Audiences from most to least senior, to find who gets the company-news note. */
  readonly seniority?: readonly Audience[];
}

/**
 * Audiences from most to least senior, for the company-news note.
 *
 * @example
 * defaultSeniority[0];
 * // => 'senior-leadership'
 * @category Audiences
 */
export const defaultSeniority: readonly Audience[] = /* @__PURE__ */ freezeDeep([
  'senior-leadership',
  'hiring-manager',
  'cross-functional',
  'peer',
  'recruiter',
  'direct-report',
]);

const SENIOR_TITLE =
  /\b(chief|ceo|cto|cfo|coo|cpo|founder|president|vp|vice president|svp|evp|head|director)\b/i;

function mostSenior(
  interviewers: readonly Interviewer[],
  seniority: readonly Audience[],
): Interviewer | undefined {
  const rank = (person: Interviewer): number => {
    const index = seniority.indexOf(person.audience);
    const audienceRank = index === -1 ? seniority.length : index;
    return audienceRank * 2 + (SENIOR_TITLE.test(person.title ?? '') ? 0 : 1);
  };
  let best: Interviewer | undefined;
  for (const person of interviewers) if (best === undefined || rank(person) < rank(best)) best = person;
  return best;
}

function fill(template: string, interviewer: Interviewer, words: Words): string {
  return fillDataText(template, {
    name: interviewer.name,
    function: interviewer.function?.trim() || words.say('audiences.brief.theirFunction'),
  });
}

function referenceAdvice(
  interviewer: Interviewer,
  words: Words,
): { reference: string | undefined; warnings: string[] } {
  const research = interviewer.research;
  const planned = research?.plannedReferences ?? [];
  if (planned.length === 1) return { reference: planned[0], warnings: [] };
  if (planned.length > 1) {
    return {
      reference: planned[0],
      warnings: [
        words.say('audiences.brief.manyReferences', { count: planned.length, name: interviewer.name }),
      ],
    };
  }
  const idea =
    research?.commonGround?.[0] ?? research?.recentActivity?.[0] ?? research?.previousCompanies?.[0];
  return {
    reference: undefined,
    warnings: [
      idea === undefined
        ? words.say('audiences.brief.noReference', { name: interviewer.name })
        : words.say('audiences.brief.noReferenceIdea', { name: interviewer.name, idea }),
    ],
  };
}

function storyGaps(
  candidacy: Candidacy,
  interviewer: Interviewer,
  profile: AudienceProfile,
  stories: readonly StoryMatch[],
  words: Words,
) {
  if (stories.length === 0) {
    return [
      words.say('audiences.brief.storyGap', {
        need: fill(profile.gapNeed, interviewer, words),
        stake: fill(profile.gapStake, interviewer, words),
      }),
    ];
  }
  if (interviewer.audience !== 'hiring-manager') return [];
  // The hiring manager needs numbers: check the planned telling of each fitting story.
  const byId = new Map(candidacy.stories.map((story) => [story.id, story]));
  return stories.flatMap((match) => {
    const tellings = byId.get(match.storyId)?.tellings ?? [];
    const planned = [...tellings].sort((a, b) => b.round - a.round)[0];
    if (planned === undefined) return [];
    return storyLacksNumber(planned.text)
      ? [words.say('audiences.brief.noNumber', { title: match.title, name: interviewer.name })]
      : [];
  });
}

/**
 * Writes the night-before brief for each interviewer of one interview: what they care about, what to lead
 * with and avoid, which stories fit, the one planned reference, what their tenure suggests, company news
 * for the most senior person, and the gaps in plain words.
 *
 * @param candidacy - A candidacy from parseCandidacy; not modified.
 * @param options - `interviewId`, and optionally profiles, tenure bands and seniority order. The older
 *   `briefFor(candidacy, interviewId, options)` still works and is deprecated.
 * @returns One brief per interviewer, in the interview's order; empty when no interview has that id.
 * @throws {TypeError} When the candidacy is not from parseCandidacy, or the interview id is not a string.
 * @example
 * briefFor(candidacy, { interviewId: 'round-2' }).find((brief) => brief.audience === 'direct-report')?.gaps[0];
 * // => 'No story shows developing people, and Mei Lin would report to you.'
 * @category Audiences
 */
export function briefFor(
  candidacy: Candidacy,
  options: BriefForOptions & { readonly interviewId: string },
): InterviewerBrief[];
/** @deprecated Use `briefFor(candidacy, { interviewId, ...options })`. */
export function briefFor(
  candidacy: Candidacy,
  interviewId: string,
  options?: BriefForOptions,
): InterviewerBrief[];
export function briefFor(
  candidacy: Candidacy,
  idOrOptions: string | BriefForOptions,
  legacy: BriefForOptions = {},
): InterviewerBrief[] {
  requireParsedCandidacy(candidacy, 'briefFor');
  const options = typeof idOrOptions === 'object' && idOrOptions !== null ? idOrOptions : legacy;
  const interviewId: unknown = options === idOrOptions ? options.interviewId : idOrOptions;
  requireInterviewId(interviewId, 'briefFor');
  const interview = findInterview(candidacy, interviewId);
  if (interview === undefined) return [];
  const profiles = options.profiles ?? defaultAudienceProfiles;
  const words = wording(audiencesTexts, options);
  // The same person met in an earlier round keeps the research done then (interviewersWithHistory).
  const interviewers = interviewersWithHistory(candidacy.interviews, interview);
  const senior = mostSenior(interviewers, options.seniority ?? defaultSeniority);
  return interviewers.map((interviewer) => {
    const profile = profiles[interviewer.audience];
    const stories = storiesFor(candidacy, interviewer, { ...options, profiles });
    const { reference, warnings } = referenceAdvice(interviewer, words);
    const isSenior = senior !== undefined && senior.id === interviewer.id;
    const companyNews = isSenior ? (interviewer.research?.companyNews ?? []) : [];
    if (isSenior && companyNews.length === 0) {
      warnings.push(words.say('audiences.brief.companyNews', { name: interviewer.name }));
    }
    const gaps = storyGaps(candidacy, interviewer, profile, stories, words);
    if (
      profile.matchesPartnerFunction &&
      interviewer.function === undefined &&
      interviewer.audience === 'cross-functional'
    ) {
      warnings.push(words.say('audiences.brief.noFunction', { name: interviewer.name }));
    }
    const tenure = describeTenure(interviewer, options.tenureBands ?? defaultTenureBands);
    const sources = [profile.source, 'seed#research', ...(tenure ? [tenure.source] : [])];
    return {
      interviewerId: interviewer.id,
      name: interviewer.name,
      audience: interviewer.audience,
      caresAbout: profile.caresAbout,
      leadWith: profile.leadWith,
      avoid: profile.avoid,
      stories,
      reference,
      tenure,
      companyNews,
      gaps,
      warnings,
      sources: [...new Set(sources)],
    };
  });
}
