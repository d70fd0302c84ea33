/**
 * The Excel side of every custom function: run the host-neutral implementation and turn an
 * ExcelError into CustomFunctions.Error, the only kind of failure Excel shows with a message.
 */
import { toExcelError } from "./excelErrors";

const OFFICE_CODES = {
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#NUM!": "invalidNumber",
} as const;

export function inExcel<T>(impl: (...args: unknown[]) => T, args: unknown[]): T {
  try {
    return impl(...args);
  } catch (e) {
    const err = toExcelError(e);
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode[OFFICE_CODES[err.code]], err.message);
  }
}
