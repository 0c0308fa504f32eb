/**
 * The largest collections a candidacy may hold. The schema refuses a bigger one (`too_big`), and the
 * checks that span fields then leave it alone, so an oversized collection costs one issue, not one per item.
 *
 * @example
 * CANDIDACY_LIMITS.interviewersPerInterview;
 * // => 50
 * @category Validation
 */
export const CANDIDACY_LIMITS = Object.freeze({
  interviews: 100,
  interviewersPerInterview: 50,
  stories: 500,
  tellingsPerStory: 50,
  questions: 500,
  concerns: 100,
  thankYouSent: 200,
  otherProcesses: 200,
  offers: 100,
});
