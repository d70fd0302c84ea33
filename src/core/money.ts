/**
 * Currencies and the one rounding rule of the add-in.
 *
 * Rounding rule: every money result is rounded once, to the currency's minor unit, half away from
 * zero (0.125 USD → 0.13, −0.125 → −0.13; IDR 1,250.5 → 1,251). It is applied here and only here,
 * to each breakdown line; totals are sums of rounded lines, so a breakdown always adds up. A fee or
 * tax whose rate-book entry names another rule (`rounding: "halfEven"`: VN withheld VAT and PIT) is
 * rounded by that rule instead, still once per line.
 *
 * Reading inputs: a number typed as text is read exactly or refused with #VALUE! and a message
 * that says how to enter it — never misread. A point is the decimal point; commas are accepted
 * only as unambiguous thousands separators ("1,234,567.89", "1,234,567"); a comma that could be a
 * decimal comma ("19,99", "1.234,56", "1,5", "1,234") is refused with what to type instead.
 * Percentages as text ("6%") are read where a rate or a margin is (readRate, `percent: true`).
 * The full rule is in numberText.ts.
 */
import { Decimal, type DecimalInput, dec } from "./decimal";
import { invalidValue, notAvailable } from "./errors";
import { message } from "./messages";
import { parseNumberText } from "./numberText";
import type { Rounding } from "./rates/types";

export interface Currency {
  readonly code: string;
  readonly name: string;
  /** Digits after the decimal point in the smallest coin or note in everyday use. */
  readonly minorUnit: number;
  readonly symbol: string;
}

const CURRENCY_LIST: readonly Currency[] = [
  { code: "USD", name: "US dollar", minorUnit: 2, symbol: "$" },
  { code: "GBP", name: "Pound sterling", minorUnit: 2, symbol: "£" },
  { code: "EUR", name: "Euro", minorUnit: 2, symbol: "€" },
  { code: "IDR", name: "Indonesian rupiah", minorUnit: 0, symbol: "Rp" },
  { code: "MYR", name: "Malaysian ringgit", minorUnit: 2, symbol: "RM" },
  { code: "THB", name: "Thai baht", minorUnit: 2, symbol: "฿" },
  { code: "VND", name: "Vietnamese dong", minorUnit: 0, symbol: "₫" },
  { code: "PHP", name: "Philippine peso", minorUnit: 2, symbol: "₱" },
  { code: "SGD", name: "Singapore dollar", minorUnit: 2, symbol: "S$" },
  { code: "MXN", name: "Mexican peso", minorUnit: 2, symbol: "MX$" },
  { code: "JPY", name: "Japanese yen", minorUnit: 0, symbol: "¥" },
  { code: "BRL", name: "Brazilian real", minorUnit: 2, symbol: "R$" },
  { code: "KRW", name: "South Korean won", minorUnit: 0, symbol: "₩" },
  { code: "PLN", name: "Polish złoty", minorUnit: 2, symbol: "zł" },
];

export const CURRENCIES: ReadonlyMap<string, Currency> = new Map(CURRENCY_LIST.map((c) => [c.code, c]));

export function currency(code: string): Currency {
  const found = CURRENCIES.get(code.trim().toUpperCase());
  if (!found) throw notAvailable("currency", "currency", code, [...CURRENCIES.keys()]);
  return found;
}

/**
 * The add-in's rounding rule: to the minor unit, half away from zero — or, where a rate-book entry
 * names another rule for its fee (`rounding`, e.g. VN withheld taxes), that rule.
 */
export function roundMoney(amount: Decimal, cur: Currency, rounding?: Rounding | null): Decimal {
  return amount.toDecimalPlaces(
    cur.minorUnit,
    rounding === "halfEven" ? Decimal.ROUND_HALF_EVEN : Decimal.ROUND_HALF_UP,
  );
}

/** Smallest step of the currency, e.g. 0.01 USD or 1 IDR. */
export function minorStep(cur: Currency): Decimal {
  return new Decimal(1).dividedBy(new Decimal(10).toPower(cur.minorUnit));
}

/** Largest magnitude any amount may have: Excel keeps 15 significant digits. */
export const MAX_AMOUNT = new Decimal("1e15");
const RATE_INPUT_MAX = new Decimal(1e6);

export interface AmountRules {
  /** Accept values below zero (a loss, a refund). Default false. */
  allowNegative?: boolean;
  /** Accept exactly zero. Default true. */
  allowZero?: boolean;
  /** Must be a whole number (quantities, days, impressions). */
  integer?: boolean;
  /** Inclusive upper bound; default MAX_AMOUNT. */
  max?: Decimal;
  /** What the value is, for messages: "an amount", "a quantity"… */
  noun?: string;
  /** Accept a percentage typed as text ("6%" = 0.06): rates and margins. Default false. */
  percent?: boolean;
}

/**
 * Reads a caller's number into a Decimal, or raises a typed error naming the argument.
 * Text that is a number ("12.5", "1,234.50") is accepted, since Excel users often have numbers as
 * text; text whose reading is ambiguous ("19,99") is refused (see the rule above).
 */
export function readNumber(
  value: DecimalInput | null | undefined | boolean,
  argument: string,
  rules: AmountRules = {},
): Decimal {
  const noun = rules.noun ?? "a number";
  if (value === null || value === undefined || value === "") {
    throw invalidValue(argument, message("number.empty", { argument, noun }));
  }
  if (typeof value === "boolean") {
    throw invalidValue(argument, message("number.boolean", { argument, noun }));
  }
  let d: Decimal;
  if (value instanceof Decimal) {
    d = value;
  } else if (typeof value === "number") {
    if (!Number.isFinite(value)) throw invalidValue(argument, message("number.notFinite", { argument, noun }));
    d = new Decimal(value);
  } else {
    const parsed = parseNumberText(value, { percent: rules.percent });
    if (!parsed.ok) {
      throw invalidValue(
        argument,
        parsed.reason === "not a number"
          ? message("number.text", { argument, text: value, noun })
          : message("number.textReason", { argument, text: value, ...parsed.cause }),
      );
    }
    d = parsed.value;
  }
  const max = rules.max ?? MAX_AMOUNT;
  if (d.isNegative() ? d.negated().greaterThan(max) : d.greaterThan(max)) {
    throw invalidValue(argument, message("number.tooLarge", { argument, max: max.toString() }));
  }
  if (d.isNegative() && !d.isZero() && !rules.allowNegative) {
    throw invalidValue(argument, message("number.negative", { argument, value: d.toString() }));
  }
  if (d.isZero() && rules.allowZero === false) {
    throw invalidValue(argument, message("number.zero", { argument, noun }));
  }
  if (rules.integer && !d.isInteger()) {
    throw invalidValue(argument, message("number.notWhole", { argument, value: d.toString() }));
  }
  return d;
}

/** Reads an optional number: null/undefined/empty text gives the fallback. */
export function readOptionalNumber(
  value: DecimalInput | null | undefined | boolean,
  argument: string,
  fallback: DecimalInput,
  rules: AmountRules = {},
): Decimal {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) {
    return fallback instanceof Decimal ? fallback : dec(fallback);
  }
  return readNumber(value, argument, rules);
}

/**
 * Reads a rate given as a fraction (0.06) — the form Excel shows as 6 % — or as percentage text
 * ("6%", the same 0.06; "0.06" as text is 0.06 too), and rejects rates
 * outside [0, max]. A value above 1 is almost always a percentage typed as a whole number, so the
 * message says so instead of computing a fee of 600 %.
 */
export function readRate(
  value: DecimalInput | null | undefined | boolean,
  argument: string,
  max: DecimalInput = 1,
): Decimal {
  const d = readNumber(value, argument, { noun: "a rate such as 0.06 or 6%", max: RATE_INPUT_MAX, percent: true });
  const limit = max instanceof Decimal ? max : dec(max);
  if (d.greaterThan(limit)) {
    throw invalidValue(
      argument,
      message("rate.outOfRange", { argument, value: d.toString(), limit: limit.toString() }),
    );
  }
  return d;
}
