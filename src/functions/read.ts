/**
 * Reading arguments as Excel passes them, by the kind the spec declares. An omitted optional
 * argument is null (sometimes undefined), an empty cell is null on the web and 0 on desktop, a
 * one-cell range may arrive as [[value]], and an error cell arrives as an error value. Reading turns
 * that into what the core expects, or an ExcelError that names the argument; the core then checks
 * ranges (negative, too large, not whole) with the same argument name.
 */
import { readAsOf } from "../core/dates";
import { Decimal, type DecimalInput } from "../core/decimal";
import { parseNumberText, rateFromText } from "../core/numberText";
import { ExcelError } from "./excelErrors";
import { MESSAGES } from "./messages";
import type { ParameterSpec } from "./spec";

function isErrorValue(value: unknown): value is ExcelError {
  return value instanceof ExcelError;
}

/**
 * Unwraps a 1×1 range; a larger range where one value belongs is #VALUE!. An error value from
 * another cell propagates unchanged, as it does through Excel's own functions.
 */
export function scalar(value: unknown, argument: string): unknown {
  if (isErrorValue(value)) throw value;
  if (Array.isArray(value)) {
    if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return scalar(value[0][0], argument);
    throw new ExcelError("#VALUE!", MESSAGES.rangeNotValue(argument));
  }
  if (value !== null && typeof value === "object" && !(value instanceof Date) && !(value instanceof Decimal)) {
    throw new ExcelError("#VALUE!", MESSAGES.errorOrObject(argument));
  }
  return value;
}

/** A number-like argument for the core: numbers and numeric text pass; the core validates. */
export function numberArg(value: unknown, argument: string): DecimalInput | null {
  const v = scalar(value, argument);
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "boolean") throw new ExcelError("#VALUE!", MESSAGES.booleanForNumber(argument));
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new ExcelError("#VALUE!", MESSAGES.notFinite(argument));
    return v;
  }
  if (v instanceof Decimal) return v;
  if (typeof v === "string") return v.trim() === "" ? null : v;
  throw new ExcelError("#VALUE!", MESSAGES.notANumber(argument));
}

/**
 * A rate or margin: a number, numeric text ("0.05") or a percentage typed as text ("6%", "7.49 %"),
 * which is the fraction it shows (0.06) — read by the core's one rule for numbers typed as text
 * (src/core/numberText.ts); anything else is refused with what to type.
 */
export function rateArg(value: unknown, argument: string): DecimalInput | null {
  const v = numberArg(value, argument);
  if (typeof v !== "string") return v;
  const parsed = parseNumberText(v, { percent: true });
  if (parsed.ok) return parsed.value;
  throw new ExcelError("#VALUE!", MESSAGES.textForNumber(argument, v.trim(), parsed.cause));
}

/** A text argument (codes, names); numbers are not accepted where a name belongs. */
export function textArg(value: unknown, argument: string, example = '"US"'): string | null {
  const v = scalar(value, argument);
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "string") return v.trim() === "" ? null : v.trim();
  throw new ExcelError("#VALUE!", MESSAGES.textExpected(argument, example));
}

/**
 * A category argument: text is a category name; a number, numeric text ("0.05") or a percentage
 * typed as text ("5%") is a commission rate used instead of the book's. A plain 0 is refused: on
 * Excel desktop an empty cell arrives as 0, and a silent 0 % commission would be a plausible wrong
 * number.
 */
export function categoryArg(value: unknown, argument = "category"): string | number | Decimal | null {
  const v = scalar(value, argument);
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new ExcelError("#VALUE!", MESSAGES.notFinite(argument));
    if (v === 0) throw new ExcelError("#VALUE!", MESSAGES.categoryZero(argument));
    return v;
  }
  if (v instanceof Decimal) return v;
  if (typeof v === "string") {
    const text = v.trim();
    if (text === "") return null;
    // Text that reads as a number or percentage is a rate; anything else is a category name.
    return rateFromText(text) ?? text;
  }
  throw new ExcelError("#VALUE!", MESSAGES.categoryType(argument));
}

/** An as-of date: a date cell (serial number) or ISO text; omitted means the newest rates. */
export function dateArg(value: unknown, argument = "as_of"): string | null {
  const v = scalar(value, argument);
  if (typeof v === "boolean") throw new ExcelError("#VALUE!", MESSAGES.booleanForDate(argument));
  return readAsOf(v, argument);
}

/** Kinds whose finite numbers pass through reading unchanged (a rate is checked by the core). */
const PLAIN_NUMBER_KINDS: ReadonlySet<ParameterSpec["kind"]> = new Set([
  "money",
  "signedMoney",
  "quantity",
  "count",
  "rate",
  "margin",
]);

/** Reads one argument by its parameter's kind; a required argument left out is #VALUE!. */
export function readArgument(p: ParameterSpec, raw: unknown): unknown {
  // The two commonest cases skip the reading by kind, which answers them the same way: an omitted
  // optional argument, and a finite number where a number belongs.
  if ((raw === null || raw === undefined) && p.optional) return null;
  let value: unknown;
  if (typeof raw === "number" && Number.isFinite(raw) && PLAIN_NUMBER_KINDS.has(p.kind)) value = raw;
  else
    switch (p.kind) {
      case "money":
      case "signedMoney":
      case "quantity":
      case "count":
        value = numberArg(raw, p.name);
        break;
      case "rate":
      case "margin":
        value = rateArg(raw, p.name);
        break;
      case "market":
      case "name":
        value = textArg(raw, p.name, p.example);
        break;
      case "category":
        value = categoryArg(raw, p.name);
        break;
      case "date":
        value = dateArg(raw, p.name);
        break;
    }
  if (value === 0 && p.zeroIsEmptyCell) {
    throw new ExcelError("#VALUE!", MESSAGES.zeroFromEmptyCell(p.name, p.default));
  }
  if (value === null && !p.optional) {
    const numeric = p.kind !== "market" && p.kind !== "name" && p.kind !== "category" && p.kind !== "date";
    throw new ExcelError(
      "#VALUE!",
      numeric ? MESSAGES.requiredNumber(p.name) : MESSAGES.requiredText(p.name, p.example ?? '"US"'),
    );
  }
  return value;
}

/**
 * All arguments of a call, in the spec's order, into an object keyed by parameter name: `out` when
 * given (a caller reusing one object per function), else a new one.
 */
export function readArguments(
  parameters: readonly ParameterSpec[],
  raw: readonly unknown[],
  out: Record<string, unknown> = {},
): Record<string, unknown> {
  for (let i = 0; i < parameters.length; i++) out[parameters[i].name] = readArgument(parameters[i], raw[i]);
  return out;
}
