/**
 * Every text of audiences/ a candidate reads, in English: the default of the text catalogue (see
 * `englishTexts`), keyed `audiences.…`. Placeholders: `{{name}}`, plural or select forms
 * `{{count|one:# story|other:# stories}}` (see docs/translating-messages.md). A translation gives the same
 * keys with the same placeholders.
 *
 * @category Text
 */
export const audiencesTexts = {} as const satisfies Readonly<Record<`audiences.${string}`, string>>;

/**
 * The keys of {@link audiencesTexts}.
 *
 * @category Text
 */
export type AudiencesTextKey = keyof typeof audiencesTexts;
