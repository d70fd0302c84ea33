/**
 * Every question reconciliation asks the rate book, in one place: the lookup API of the book is
 * being reworked, and a change there should touch this file only. The fee schedule of the shop core
 * (`feeSchedule`) is asked first; the book directly only where the schedule cannot answer (a
 * commission that is unpublished makes the whole schedule #N/A, yet the transaction fee of the
 * same date is known).
 */
import { Decimal } from "../decimal";
import type { IsoDate } from "../dates";
import { isCoreError } from "../errors";
import { RATE_BOOK } from "../rates";
import { type Market, market as findMarket, MARKETS } from "../rates/markets";
import { type FeeRule, type FeeSchedule, feeSchedule } from "../shop/schedule";

/** Any valid rate: only the commission rule of a schedule depends on it. */
const STAND_IN_COMMISSION = new Decimal("0.01");

/** The fee kinds of the book that a settlement column can be checked against. */
export type BookFeeKind = "commission" | "transaction" | "orderFee" | "growth" | "refundAdmin";

export type RuleLookup =
  | { readonly state: "inForce"; readonly rule: FeeRule; readonly category: string }
  /** The market has had this fee, but none applies on the date: the expected amount is zero. */
  | { readonly state: "notInForce" }
  /** The book knows nothing of this fee for the market, or not for this date: not modelled. */
  | { readonly state: "unknown"; readonly reason: string }
  /** The rate exists but is published only inside Seller Center. */
  | { readonly state: "unpublished"; readonly reason: string };

/** The market by code or alias (#N/A with close matches for an unknown one). */
export function marketOf(code: string): Market {
  return findMarket(code);
}

/** Markets whose currency is the given ISO code (EUR has several). */
export function marketsForCurrency(code: string): Market[] {
  const c = code.trim().toUpperCase();
  return MARKETS.filter((m) => m.currency === c);
}

/** The fee rule of a kind in force for a market, category ("*" = default) and date. */
export function lookupRule(marketCode: string, kind: BookFeeKind, category: string, date: IsoDate): RuleLookup {
  const m = findMarket(marketCode);
  if (
    RATE_BOOK.history("shop", m.code, kind, "*").length === 0 &&
    RATE_BOOK.history("shop", m.code, kind, category).length === 0
  ) {
    return { state: "unknown", reason: `the rate book has no ${kind} for ${m.code}` };
  }
  let schedule: FeeSchedule;
  try {
    schedule = feeSchedule(m.code, category, date);
  } catch (e) {
    if (!isCoreError(e)) throw e;
    if (kind === "commission") {
      const unpublished = RATE_BOOK.peek({ book: "shop", market: m.code, kind, category, asOf: date })?.unpublished;
      return { state: unpublished ? "unpublished" : "unknown", reason: e.message };
    }
    // The schedule failed on its commission (unpublished, or before the book's first rate), yet the
    // other fees of that date may be known: ask again with a stand-in commission rate, which
    // changes the commission rule only.
    try {
      schedule = feeSchedule(m.code, STAND_IN_COMMISSION, date);
    } catch (inner) {
      if (!isCoreError(inner)) throw inner;
      return { state: "unknown", reason: inner.message };
    }
  }
  const rule =
    kind === "refundAdmin" ? schedule.refundAdmin : (schedule.orderFees.find((r) => r.kind === kind) ?? null);
  if (rule) return { state: "inForce", rule, category: schedule.category === "custom rate" ? "*" : schedule.category };
  return notInForceOrBefore(m, kind, category, date);
}

/** A fee absent from the schedule: before its first entry it is unknown, after it it is zero. */
function notInForceOrBefore(m: Market, kind: BookFeeKind, category: string, date: IsoDate): RuleLookup {
  const firsts = [...RATE_BOOK.history("shop", m.code, kind, "*"), ...RATE_BOOK.history("shop", m.code, kind, category)]
    .map((e) => e.effective)
    .sort();
  if (firsts.length > 0 && firsts[0] > date) {
    // Before the book's first entry the fee may or may not have existed: the book cannot say.
    return { state: "unknown", reason: `the rate book's ${kind} for ${m.code} starts on ${firsts[0]}` };
  }
  return { state: "notInForce" };
}

/** The commission categories the book has for a market (without the "*" default). */
export function commissionCategories(marketCode: string): string[] {
  return RATE_BOOK.categories("shop", findMarket(marketCode).code, ["commission"]);
}

/** A category name as the book spells it, or null when the book does not know it. */
export function canonicalCategory(marketCode: string, name: string): string | null {
  try {
    return RATE_BOOK.category("shop", findMarket(marketCode).code, name);
  } catch (e) {
    if (isCoreError(e)) return null;
    throw e;
  }
}
