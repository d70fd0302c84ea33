/**
 * The Excel side of every custom function: run the spec with the arguments Excel passed and turn
 * an ExcelError into CustomFunctions.Error, the only kind of failure Excel shows with a message —
 * said in the language the pane has set (src/i18n/active.ts; English before).
 */
import { errorText } from "../i18n/active";
import { toExcelError } from "./excelErrors";
import type { FunctionSpec } from "./spec";

const OFFICE_CODES = {
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#NUM!": "invalidNumber",
} as const;

export function inExcel(spec: FunctionSpec, args: unknown[]): unknown {
  try {
    return spec.impl(...args);
  } catch (e) {
    const err = toExcelError(e);
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode[OFFICE_CODES[err.code]], errorText(err));
  }
}
