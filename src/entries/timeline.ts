/**
 * `second-round/timeline`: the follow-up timeline and its iCalendar export, without scoring or text reading.
 * The same names as the root exports for the timeline (the folder's index is that list).
 *
 * @module
 */
export * from '../timeline/index.js';
