/**
 * Reading arguments as Excel passes them: an omitted optional argument is null (sometimes
 * undefined), an empty cell is null on the web and 0 on desktop, a one-cell range may arrive as
 * [[value]], and an error cell arrives as an error object. These helpers turn that into what the
 * core expects, or an ExcelError that names the argument.
 */
import { Decimal, type DecimalInput } from "../core/decimal";
import { ExcelError } from "./excelErrors";

/** An error value from another cell: hosts that pass errors in (the formula engine) hand this over. */
function isErrorValue(value: unknown): value is ExcelError {
  return value instanceof ExcelError;
}

export type ExcelArg = unknown;

/**
 * Unwraps a 1×1 range; a larger range where one value belongs is #VALUE!. An error value from
 * another cell propagates unchanged, as it does through Excel's own functions.
 */
export function scalar(value: ExcelArg, argument: string): unknown {
  if (isErrorValue(value)) throw value;
  if (Array.isArray(value)) {
    if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return scalar(value[0][0], argument);
    throw new ExcelError("#VALUE!", `${argument} must be a single value, not a range of cells.`);
  }
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    throw new ExcelError("#VALUE!", `${argument} holds an error or an object: fix that cell first.`);
  }
  return value;
}

/** True when the caller left the argument out (or passed an empty cell on Excel on the web). */
export function isOmitted(value: ExcelArg): boolean {
  const v = Array.isArray(value) ? scalar(value, "argument") : value;
  return v === null || v === undefined || v === "";
}

/** A number-like argument for the core: numbers and numeric text pass; the core validates. */
export function numberArg(value: ExcelArg, argument: string): DecimalInput | null {
  const v = scalar(value, argument);
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "boolean") throw new ExcelError("#VALUE!", `${argument} is TRUE/FALSE: enter a number.`);
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new ExcelError("#VALUE!", `${argument} is not a finite number.`);
    return v;
  }
  if (typeof v === "string") return v;
  throw new ExcelError("#VALUE!", `${argument} must be a number.`);
}

/** A required number: omitted is #VALUE! with a message. */
export function requiredNumberArg(value: ExcelArg, argument: string): DecimalInput {
  const v = numberArg(value, argument);
  if (v === null) throw new ExcelError("#VALUE!", `${argument} is required: enter a number.`);
  return v;
}

/** A text argument (codes, names); numbers are not accepted where a name belongs. */
export function textArg(value: ExcelArg, argument: string): string | null {
  const v = scalar(value, argument);
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "string") return v.trim() === "" ? null : v.trim();
  throw new ExcelError("#VALUE!", `${argument} must be text, e.g. "US".`);
}

/**
 * A category argument: text is a category name; a number, or a percentage typed as text ("5%"),
 * is a commission rate used instead of the book's. A plain 0 is refused: on Excel desktop an empty
 * cell arrives as 0, and a silent 0 % commission would be a plausible wrong number.
 */
export function categoryArg(value: ExcelArg, argument = "category"): string | number | Decimal | null {
  const v = scalar(value, argument);
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new ExcelError("#VALUE!", `${argument} is not a finite number.`);
    if (v === 0) {
      throw new ExcelError(
        "#VALUE!",
        `${argument} is 0 (an empty cell also reads as 0 on Excel desktop): for a 0 % commission type "0%", otherwise leave ${argument} out or name a category.`,
      );
    }
    return v;
  }
  if (typeof v === "string") {
    const text = v.trim();
    if (text === "") return null;
    const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
    return percent ? new Decimal(percent[1]).dividedBy(100) : text;
  }
  throw new ExcelError("#VALUE!", `${argument} must be a category name or a rate such as 0.06.`);
}

/** An as-of date: a date cell (serial number) or ISO text; omitted means the newest rates. */
export function dateArg(value: ExcelArg, argument = "as_of"): unknown {
  const v = scalar(value, argument);
  if (typeof v === "boolean") throw new ExcelError("#VALUE!", `${argument} is TRUE/FALSE: enter a date.`);
  return v;
}
