/**
 * Turns anything the core throws into the Excel error a user should see. Nothing else escapes a
 * custom function: an unexpected exception becomes #VALUE! with a message, never a crash, and a
 * result that is not a finite number becomes #NUM!.
 */
import { CoreError } from "../core/errors";

export type ExcelErrorCode = "#VALUE!" | "#N/A" | "#NUM!";

/** A host-neutral error value; each host turns it into its own error object. */
export class ExcelError extends Error {
  readonly code: ExcelErrorCode;
  constructor(code: ExcelErrorCode, message: string) {
    super(message);
    this.name = "ExcelError";
    this.code = code;
  }
}

const CODE_OF_KIND: Record<CoreError["kind"], ExcelErrorCode> = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  outOfRange: "#NUM!",
};

export function toExcelError(e: unknown): ExcelError {
  if (e instanceof ExcelError) return e;
  if (e instanceof CoreError) return new ExcelError(CODE_OF_KIND[e.kind], e.message);
  const message = e instanceof Error ? e.message : String(e);
  return new ExcelError("#VALUE!", `Unexpected error: ${message}`);
}
