import { type Wording, type WordingOptions, wording } from '../i18n/wording.js';
import { describeValue } from '../internal/describe.js';
import {
  AUDIENCES,
  type Audience,
  type Candidacy,
  type Interviewer,
  requireParsedCandidacy,
  type Story,
  type StoryTag,
} from '../model/index.js';
import { freezeDeep, functionOf, normaliseText } from './internal.js';
import { type AudiencesTextKey, audiencesTexts } from './texts.js';

/**
 * What one audience listens for in round two, and how to meet it.
 *
 * @category Audiences
 */
export interface AudienceProfile {
  /** The audience this profile describes. */
  readonly audience: Audience;
  /** What this person is trying to find out about the candidate. */
  readonly caresAbout: readonly string[];
  /** What to open with when talking to them. */
  readonly leadWith: readonly string[];
  /** What costs points with them. */
  readonly avoid: readonly string[];
  /** Story tags that answer their concern; a story with any of them fits. */
  readonly storyTags: readonly StoryTag[];
  /** Story kinds that answer their concern regardless of tags (e.g. the reason for leaving, for the recruiter). */
  readonly storyKinds: readonly Story['kind'][];
  /** When true, a story fits only if its `partnerFunctions` names the interviewer's function. */
  readonly matchesPartnerFunction: boolean;
  /** What the missing story would show, for a gap sentence: "No story shows {need}". */
  readonly gapNeed: string;
  /**
   * Why the gap matters for this person; `{{name}}` (or the older `{name}`) is replaced with their name, and
   * `{{function}}` in either field with their function.
   */
  readonly gapStake: string;
  /** Where the guide covers this audience. */
  readonly source: string;
}

/**
 * The six audience profiles, in our own words, traced to the guide's "Who's in the room" section.
 *
 * @example
 * defaultAudienceProfiles['direct-report'].storyTags;
 * // => ['people-development', 'advocacy', 'feedback']
 * @category Audiences
 */
export const defaultAudienceProfiles: Readonly<Record<Audience, AudienceProfile>> =
  /* @__PURE__ */ freezeDeep({
    recruiter: {
      audience: 'recruiter',
      caresAbout: [
        'Whether your motivation and your story hold together from round one to round two',
        'Whether pay, start date and location will fit before an offer is written',
      ],
      leadWith: [
        'Why this role, told the same way as in round one',
        'A researched pay range and a clear start date',
      ],
      avoid: [
        'A new or different reason for leaving your last job',
        'Surprises on notice period or relocation late in the process',
      ],
      storyTags: [],
      storyKinds: ['role-interest', 'reason-for-leaving'],
      matchesPartnerFunction: false,
      gapNeed: 'why you want this role or why you are leaving',
      gapStake: '{name} will compare it with what you said in round one',
      source: 'seed#audiences',
    },
    'hiring-manager': {
      audience: 'hiring-manager',
      caresAbout: [
        'Whether you can deliver the work, not just describe it',
        'Whether you see the real scope of the role, which may differ from the job ad',
      ],
      leadWith: [
        'A project whose scope looks like this role',
        'Results with numbers attached',
        'A trade-off you made when time, money or people were short',
      ],
      avoid: [
        'Stories with no numbers in them',
        'General talk about leadership',
        'Retelling what you already said in round one',
      ],
      storyTags: ['quantified-outcome', 'trade-off', 'analytical'],
      storyKinds: [],
      matchesPartnerFunction: false,
      gapNeed: 'a measured result or a real trade-off',
      gapStake: '{name} has to decide whether you can deliver',
      source: 'seed#audiences',
    },
    peer: {
      audience: 'peer',
      caresAbout: [
        'Whether working next to you every day would be easy or draining',
        'Whether you would make their own job lighter or heavier',
      ],
      leadWith: [
        'Work you did jointly with other teams',
        'A disagreement you worked through with a colleague',
        'A result where you named who else made it happen',
        'Honest curiosity about what the team already built',
      ],
      avoid: [
        'Placing yourself above the people already there',
        'Claiming every result as yours alone',
        'Questions about reporting lines or rank',
      ],
      storyTags: ['collaboration', 'disagreement', 'credit-sharing'],
      storyKinds: [],
      matchesPartnerFunction: false,
      gapNeed: 'working well beside colleagues or sharing credit',
      gapStake: '{name} would work beside you every day',
      source: 'seed#audiences',
    },
    'direct-report': {
      audience: 'direct-report',
      caresAbout: [
        'Whether you would be a manager they grow under',
        'Whether you would shield the team from churn and politics',
      ],
      leadWith: [
        'Someone you helped grow, and how',
        'A time you argued for your team with people above you',
        'How you give feedback, with a real example',
        'Questions about their work and what they need from a manager',
      ],
      avoid: [
        'Talking down the chain of command',
        'A management philosophy with no example behind it',
        'Any hint that you plan to arrive and overturn everything',
      ],
      storyTags: ['people-development', 'advocacy', 'feedback'],
      storyKinds: [],
      matchesPartnerFunction: false,
      gapNeed: 'developing people',
      gapStake: '{name} would report to you',
      source: 'seed#audiences',
    },
    'senior-leadership': {
      audience: 'senior-leadership',
      caresAbout: [
        'How you think about the business, beyond the tasks of the role',
        'Whether you would hold your own among the leadership team',
      ],
      leadWith: [
        'Your reading of where the company stands in its market',
        'What you would set out to learn in your first 90 days',
        'The one problem you would work on first for the biggest effect, as seen from outside',
      ],
      avoid: [
        'Sinking into day-to-day detail',
        'Pay or benefits',
        'Sounding interested only in this one job rather than where the company is going',
      ],
      storyTags: ['strategy', 'first-90-days', 'leadership'],
      storyKinds: [],
      matchesPartnerFunction: false,
      gapNeed: 'strategic thinking or a plan for your first 90 days',
      gapStake: '{name} will judge whether you can think at the company level',
      source: 'seed#audiences',
    },
    'cross-functional': {
      audience: 'cross-functional',
      caresAbout: [
        'Whether you would be a good partner to their function',
        'Whether you understand where your work hands over to theirs',
      ],
      leadWith: [
        'A project you delivered together with their function',
        'What you know of the pressures their team works under',
        'A trade-off you negotiated with a partner team',
      ],
      avoid: [
        'Treating your function as the one that decides',
        'Complaining about partners at past employers',
        'Empty calls for alignment with no concrete step',
      ],
      storyTags: ['partnering', 'collaboration'],
      storyKinds: [],
      matchesPartnerFunction: true,
      gapNeed: 'partnering with {function}',
      gapStake: '{name} works in {function}',
      source: 'seed#audiences',
    },
  });

/**
 * A band of time at the company and what it changes about an interviewer.
 *
 * @category Audiences
 */
export interface TenureBand {
  /** A stable id: `new`, `established`, `veteran` in the defaults. */
  readonly id: string;
  /** The band starts at this many months, inclusive. */
  readonly fromMonths: number;
  /** The band ends before this many months; absent for the last band. */
  readonly toMonths?: number;
  /** What this tenure suggests, in plain words. */
  readonly insight: string;
  /** Where the guide covers it. */
  readonly source: string;
}

/**
 * Tenure bands: under 6 months, 6 months to 8 years, 8 years and more (thresholds are data).
 *
 * @example
 * defaultTenureBands.map((band) => band.id);
 * // => ['new', 'established', 'veteran']
 * @category Audiences
 */
export const defaultTenureBands: readonly TenureBand[] = /* @__PURE__ */ freezeDeep([
  {
    id: 'new',
    fromMonths: 0,
    toMonths: 6,
    insight:
      'Still working out their own role: ask how they see it so far, and expect them to value fresh eyes.',
    source: 'seed#research',
  },
  {
    id: 'established',
    fromMonths: 6,
    toMonths: 96,
    insight: 'Settled in but not steeped in history: no special angle needed.',
    source: 'seed#research',
  },
  {
    id: 'veteran',
    fromMonths: 96,
    insight:
      'Has seen the company through many changes: show respect for what was built and ask how it got here.',
    source: 'seed#research',
  },
]);

/**
 * What an interviewer's tenure suggests.
 *
 * @category Audiences
 */
export interface TenureInsight {
  /** The band's id. */
  readonly band: string;
  /** Their tenure in months. */
  readonly months: number;
  /** What it suggests. */
  readonly insight: string;
  /** Where the guide covers it. */
  readonly source: string;
}

/**
 * Says what an interviewer's time at the company suggests about what they value.
 *
 * @param interviewer - The interviewer; without `tenureMonths` there is nothing to say.
 * @param options - `tenureBands`, {@link defaultTenureBands} unless given (the positional
 *   `describeTenure(interviewer, bands)` still works and is deprecated).
 * @returns The matching band's insight, or `undefined` when the tenure is unknown or no band covers it.
 * @example
 * describeTenure({ id: 'i1', name: 'Ana Ruiz', audience: 'peer', tenureMonths: 3 })?.band;
 * // => 'new'
 * @category Audiences
 */
export function describeTenure(
  interviewer: Interviewer,
  options?: { readonly tenureBands?: readonly TenureBand[] },
): TenureInsight | undefined;
/** @deprecated The positional form, kept working: use `describeTenure(interviewer, { tenureBands })`. */
export function describeTenure(
  interviewer: Interviewer,
  bands: readonly TenureBand[],
): TenureInsight | undefined;
export function describeTenure(
  interviewer: Interviewer,
  bandsOrOptions: readonly TenureBand[] | { readonly tenureBands?: readonly TenureBand[] } = {},
): TenureInsight | undefined {
  const bands = Array.isArray(bandsOrOptions)
    ? bandsOrOptions
    : ((bandsOrOptions as { readonly tenureBands?: readonly TenureBand[] }).tenureBands ??
      defaultTenureBands);
  const months = interviewer.tenureMonths;
  if (months === undefined) return undefined;
  const band = bands.find(
    (candidate) =>
      months >= candidate.fromMonths && (candidate.toMonths === undefined || months < candidate.toMonths),
  );
  if (band === undefined) return undefined;
  return { band: band.id, months, insight: band.insight, source: band.source };
}

/**
 * One story that fits one interviewer, and why.
 *
 * @category Audiences
 */
export interface StoryMatch {
  /** The story's id. */
  readonly storyId: string;
  /** The story's title. */
  readonly title: string;
  /** Why it fits this interviewer, in plain words. */
  readonly why: string;
  /** The story tags that matched the interviewer's profile. */
  readonly matchedTags: readonly StoryTag[];
}

/**
 * Options for {@link storiesFor}.
 *
 * @category Audiences
 */
export interface StoriesForOptions extends WordingOptions {
  /** Audience profiles; {@link defaultAudienceProfiles} unless given. */
  readonly profiles?: Readonly<Record<Audience, AudienceProfile>>;
}

/** How a story fits an interviewer, before any words are chosen: the score needs only whether one does. */
interface StoryFit {
  readonly matchedTags: readonly StoryTag[];
  readonly by: 'partner' | 'kind' | 'tags';
}

function fitOf(story: Story, interviewer: Interviewer, profile: AudienceProfile): StoryFit | undefined {
  const matchedTags = profile.storyTags.filter((tag) => story.tags.includes(tag));
  const partnerFunction = functionOf(interviewer);
  if (profile.matchesPartnerFunction && partnerFunction !== undefined) {
    const partners = (story.partnerFunctions ?? []).map(normaliseText);
    return partners.includes(partnerFunction) ? { matchedTags, by: 'partner' } : undefined;
  }
  if (profile.storyKinds.includes(story.kind)) return { matchedTags, by: 'kind' };
  return matchedTags.length === 0 ? undefined : { matchedTags, by: 'tags' };
}

/** True when some story of the candidacy fits the interviewer (what storiesFor lists, without its words). */
export function hasFittingStory(
  candidacy: Candidacy,
  interviewer: Interviewer,
  profiles: Readonly<Record<Audience, AudienceProfile>> = defaultAudienceProfiles,
): boolean {
  const profile = profiles[interviewer.audience];
  return candidacy.stories.some((story) => fitOf(story, interviewer, profile) !== undefined);
}

function whyItFits(
  story: Story,
  interviewer: Interviewer,
  fit: StoryFit,
  words: Wording<AudiencesTextKey>,
): string {
  if (fit.by === 'partner')
    return words.say('audiences.profile.why.partner', {
      function: interviewer.function?.trim() ?? '',
      name: interviewer.name,
    });
  if (fit.by === 'kind')
    return words.say('audiences.profile.why.kind', { kind: story.kind, name: interviewer.name });
  const tags = fit.matchedTags.map((tag) => words.say(`audiences.profile.tag.${tag}`)).join(', ');
  return words.say('audiences.profile.why.tags', { tags });
}

function matchStory(
  story: Story,
  interviewer: Interviewer,
  profile: AudienceProfile,
  words: Wording<AudiencesTextKey>,
): StoryMatch | undefined {
  const fit = fitOf(story, interviewer, profile);
  if (fit === undefined) return undefined;
  return {
    storyId: story.id,
    title: story.title,
    matchedTags: fit.matchedTags,
    why: whyItFits(story, interviewer, fit, words),
  };
}

/**
 * Lists the candidate's stories that answer what one interviewer cares about: by the tags of their
 * audience's profile, by story kind for the recruiter, and for a cross-functional partner by the story's
 * `partnerFunctions` naming the interviewer's function (compared without regard to case).
 *
 * @param candidacy - The candidacy whose stories are searched; not modified.
 * @param interviewer - The interviewer to match.
 * @param options - Optional profiles to use instead of the defaults.
 * @returns The fitting stories, most matching tags first, then in the candidacy's order.
 * @example
 * storiesFor(candidacy, { id: 'x1', name: 'Sam Okafor', audience: 'cross-functional', function: 'Sales' })
 *   .map((match) => match.storyId);
 * // => ['sales-launch']
 * @category Audiences
 */
export function storiesFor(
  candidacy: Candidacy,
  interviewer: Interviewer,
  options: StoriesForOptions = {},
): StoryMatch[] {
  requireParsedCandidacy(candidacy, 'storiesFor');
  if (typeof interviewer !== 'object' || interviewer === null || !AUDIENCES.includes(interviewer.audience))
    throw new TypeError(
      `storiesFor: expected an interviewer with an audience, found ${describeValue(interviewer)}: pass one of the interview's interviewers (candidacy.interviews[i].interviewers[j])`,
    );
  const profile = (options.profiles ?? defaultAudienceProfiles)[interviewer.audience];
  const words = wording(audiencesTexts, options);
  const matches = candidacy.stories
    .map((story, index) => ({ match: matchStory(story, interviewer, profile, words), index }))
    .filter((entry): entry is { match: StoryMatch; index: number } => entry.match !== undefined);
  matches.sort((a, b) => b.match.matchedTags.length - a.match.matchedTags.length || a.index - b.index);
  return matches.map((entry) => entry.match);
}
