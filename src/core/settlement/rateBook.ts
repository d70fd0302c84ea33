/**
 * Every question reconciliation asks the rate book, in one place: the lookup API of the book is
 * being reworked, and a change there should touch this file only. The fee schedule of the shop core
 * (`feeSchedule`) is asked first; the book directly only where the schedule cannot answer (a
 * commission that is unpublished makes the whole schedule #N/A, yet the transaction fee of the
 * same date is known).
 */
import { type Decimal, dec } from "../decimal";
import type { IsoDate } from "../dates";
import { isCoreError } from "../errors";
import { RATE_BOOK } from "../rates";
import { type Market, market as findMarket, MARKETS } from "../rates/markets";
import type { RateEntry } from "../rates/types";
import { type FeeRule, feeSchedule } from "../shop/schedule";

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

function ruleFromEntry(entry: RateEntry, value: Decimal): FeeRule {
  return {
    kind: entry.kind,
    label: entry.label ?? entry.kind,
    basis: entry.basis === "amount" ? "amount" : "rate",
    value,
    base: entry.base,
    tiers: (entry.tiers ?? []).map((t) => ({ above: dec(t.above), value: dec(t.value) })),
    cap: entry.cap !== undefined ? dec(entry.cap) : null,
    capPer: entry.capPer ?? null,
    vatOnTop: entry.vatOnTop !== undefined ? dec(entry.vatOnTop) : null,
    refundOnReturn: entry.refundOnReturn ?? "none",
    entry,
  };
}

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
  try {
    const schedule = feeSchedule(m.code, category, date);
    const rule =
      kind === "refundAdmin" ? schedule.refundAdmin : (schedule.orderFees.find((r) => r.kind === kind) ?? null);
    if (rule) return { state: "inForce", rule, category: schedule.category };
    return notInForceOrBefore(m, kind, category, date);
  } catch (e) {
    if (!isCoreError(e)) throw e;
    // The schedule failed on the commission; ask the book for this kind alone.
    try {
      const hit = RATE_BOOK.find({ book: "shop", market: m.code, kind, category, asOf: date });
      if (hit) return { state: "inForce", rule: ruleFromEntry(hit.entry, hit.value), category };
      return { state: "notInForce" };
    } catch (inner) {
      if (!isCoreError(inner)) throw inner;
      const unpublished = RATE_BOOK.peek({ book: "shop", market: m.code, kind, category, asOf: date })?.unpublished;
      return unpublished
        ? { state: "unpublished", reason: inner.message }
        : { state: "unknown", reason: inner.message };
    }
  }
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
