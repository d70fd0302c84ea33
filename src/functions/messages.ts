/**
 * The function layer's error messages in one place: each says what is wrong and how to fix it. One
 * catalog is what a translation will later replace; tests match on the argument name, not the
 * wording.
 */
export const MESSAGES = {
  rangeNotValue: (argument: string) => `${argument} must be a single value, not a range of cells.`,
  errorOrObject: (argument: string) => `${argument} holds an error or an object: fix that cell first.`,
  booleanForNumber: (argument: string) => `${argument} is TRUE/FALSE: enter a number.`,
  booleanForDate: (argument: string) => `${argument} is TRUE/FALSE: enter a date.`,
  notFinite: (argument: string) => `${argument} is not a finite number.`,
  notANumber: (argument: string) => `${argument} must be a number.`,
  requiredNumber: (argument: string) => `${argument} is required: enter a number.`,
  requiredText: (argument: string, example: string) => `${argument} is required, e.g. ${example}.`,
  textExpected: (argument: string, example: string) => `${argument} must be text, e.g. ${example}.`,
  categoryZero: (argument: string) =>
    `${argument} is 0 (an empty cell also reads as 0 on Excel desktop): for a 0 % commission type "0%", otherwise leave ${argument} out or name a category.`,
  zeroFromEmptyCell: (argument: string, fallback: string) =>
    `${argument} is 0 (an empty cell also reads as 0 on Excel desktop): leave ${argument} out for ${fallback}, or type "0" as text for a real 0.`,
  categoryType: (argument: string) => `${argument} must be a category name or a rate such as 0.06.`,
  textForNumber: (argument: string, text: string, reason: string) => `${argument} is text "${text}": ${reason}.`,
  unknownChoice: (argument: string, given: string, choices: readonly string[]) =>
    `Unknown ${argument} "${given}": use ${choices
      .map((c) => `"${c}"`)
      .join(", ")
      .replace(/, ([^,]*)$/, " or $1")}.`,
  marginRange: (argument: string, given: string) =>
    `${argument} must be a fraction between −1 and 1 (30 % is 0.3), not ${given}.`,
  tooLargeForCell: () => "The result is too large for a cell.",
  ownRateSource: () => "Your own rate (given in the sheet, not from the rate book)",
  unexpected: (message: string) => `Unexpected error: ${message}`,
} as const;
