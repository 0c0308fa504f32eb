/**
 * Every text of report/ a candidate reads, in English: the default of the text catalogue (see
 * `englishTexts`), keyed `report.…`. Placeholders: `{{name}}`, plural or select forms
 * `{{count|one:# story|other:# stories}}` (see docs/translating-messages.md). A translation gives the same
 * keys with the same placeholders.
 *
 * @category Text
 */
export const reportTexts = {} as const satisfies Readonly<Record<`report.${string}`, string>>;

/**
 * The keys of {@link reportTexts}.
 *
 * @category Text
 */
export type ReportTextKey = keyof typeof reportTexts;
