/**
 * The LIVE chain's parameters: each is the caller's value when given, otherwise the rate book's
 * sourced default — and the result says which was used, so a sheet can show its assumptions.
 */
import { type Decimal, type DecimalInput } from "../decimal";
import type { IsoDate } from "../dates";
import { readNumber, readRate } from "../money";
import { RATE_BOOK, type RateBook } from "../rates";
import type { RateEntry } from "../rates/types";

export interface Parameter {
  readonly value: Decimal;
  /** The rate book entry behind a default; null when the caller gave the value. */
  readonly entry: RateEntry | null;
}

export type ParameterKind =
  | "coinsPerDiamond"
  | "usdPerDiamond"
  | "agencyShare"
  | "withdrawalFee"
  | "withdrawalMinimum"
  | "withdrawalDailyMax"
  | "crpRpm";

const ARGUMENT: Record<ParameterKind, string> = {
  coinsPerDiamond: "coins_per_diamond",
  usdPerDiamond: "usd_per_diamond",
  agencyShare: "agency_share",
  withdrawalFee: "withdrawal_fee",
  withdrawalMinimum: "withdrawal_minimum",
  withdrawalDailyMax: "withdrawal_daily_max",
  crpRpm: "rpm",
};

/** The caller's value (validated for its kind) or the sourced default. */
export function parameter(
  kind: ParameterKind,
  given: DecimalInput | null | undefined,
  asOf: IsoDate | null = null,
  book: RateBook = RATE_BOOK,
): Parameter {
  const argument = ARGUMENT[kind];
  if (given !== null && given !== undefined && !(typeof given === "string" && given.trim() === "")) {
    if (kind === "agencyShare") return { value: readRate(given, argument), entry: null };
    const value = readNumber(given, argument, {
      allowZero: kind !== "coinsPerDiamond" && kind !== "usdPerDiamond",
      noun: "a number",
    });
    return { value, entry: null };
  }
  const hit = book.resolve({ book: "live", market: "*", kind, asOf });
  return { value: hit.value, entry: hit.entry };
}
