/**
 * The function layer's error messages: each says what is wrong and how to fix it. The sentences
 * live in the one catalog (src/core/messages.ts) with the core's; these are its typed shortcuts, so
 * a call site reads as before and a translation has one place to look.
 */
import { type Message, message, quotedChoice } from "../core/messages";
import type { NumberReason } from "../core/numberText";
import { say } from "../i18n/active";

/** A table's header row in the active language (table.column). */
export const columns = (...names: string[]): string[] =>
  names.map((column) => say(message("table.column", { column })));

export const MESSAGES = {
  rangeNotValue: (argument: string): Message => message("argument.range", { argument }),
  errorOrObject: (argument: string): Message => message("argument.errorOrObject", { argument }),
  booleanForNumber: (argument: string): Message => message("argument.booleanForNumber", { argument }),
  booleanForDate: (argument: string): Message => message("argument.booleanForDate", { argument }),
  notFinite: (argument: string): Message => message("argument.notFinite", { argument }),
  notANumber: (argument: string): Message => message("argument.notANumber", { argument }),
  requiredNumber: (argument: string): Message => message("argument.requiredNumber", { argument }),
  requiredText: (argument: string, example: string): Message => message("argument.requiredText", { argument, example }),
  textExpected: (argument: string, example: string): Message => message("argument.textExpected", { argument, example }),
  categoryZero: (argument: string): Message => message("argument.categoryZero", { argument }),
  zeroFromEmptyCell: (argument: string, fallback: string | undefined): Message =>
    fallback === undefined
      ? message("argument.zeroFromEmptyCellNoDefault", { argument })
      : message("argument.zeroFromEmptyCell", { argument, fallback }),
  categoryType: (argument: string): Message => message("argument.categoryType", { argument }),
  textForNumber: (argument: string, text: string, cause: NumberReason): Message =>
    message("number.textReason", { argument, text, ...cause }),
  unknownChoice: (argument: string, given: string, choices: readonly string[]): Message =>
    message("argument.unknownChoice", { argument, given, choices: quotedChoice(choices) }),
  marginRange: (argument: string, given: string): Message => message("argument.marginRange", { argument, given }),
  tooLargeForCell: (): Message => message("result.tooLargeForCell", {}),
  ownRateSource: (): Message => message("result.ownRateSource", {}),
  tableForValue: (): Message => message("result.tableForValue", {}),
  valueForTable: (): Message => message("result.valueForTable", {}),
  unexpected: (what: string): Message => message("result.unexpected", { message: what }),
} as const;
