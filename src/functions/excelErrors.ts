/**
 * Turns anything the core throws into the Excel error a user should see. Nothing else escapes a
 * custom function: an unexpected exception becomes #VALUE! with a message, never a crash, and a
 * result that is not a finite number becomes #NUM!.
 */
import { CoreError } from "../core/errors";
import { type Message, type MessageKey, type MessageParams, message } from "../core/messages";

export type ExcelErrorCode = "#VALUE!" | "#N/A" | "#NUM!";

/** A host-neutral error value; each host turns it into its own error object. */
export class ExcelError extends Error {
  readonly code: ExcelErrorCode;
  /** The catalog key and parameters of the message (null for a message from outside the catalog). */
  readonly key: MessageKey | null;
  readonly params: MessageParams;
  constructor(code: ExcelErrorCode, said: Message | string) {
    super(typeof said === "string" ? said : said.text);
    this.name = "ExcelError";
    this.code = code;
    this.key = typeof said === "string" ? null : said.key;
    this.params = typeof said === "string" ? {} : said.params;
  }
}

const CODE_OF_KIND: Record<CoreError["kind"], ExcelErrorCode> = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  outOfRange: "#NUM!",
};

export function toExcelError(e: unknown): ExcelError {
  if (e instanceof ExcelError) return e;
  if (e instanceof CoreError) {
    return new ExcelError(CODE_OF_KIND[e.kind], e.key ? { key: e.key, params: e.params, text: e.message } : e.message);
  }
  return new ExcelError(
    "#VALUE!",
    message("result.unexpected", { message: e instanceof Error ? e.message : String(e) }),
  );
}
