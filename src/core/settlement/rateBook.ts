/**
 * Every question reconciliation asks the rate book, in one place, so a change of the book's lookup
 * API touches this file only. The book says which entry applies on a date (or why none does); the
 * shop core's fee schedule (`feeSchedule`) supplies the fee rule, as everywhere else in the add-in.
 */
import { Decimal } from "../decimal";
import type { IsoDate } from "../dates";
import { isCoreError, saidOf } from "../errors";
import type { FEE_KINDS, FeeId } from "../feeKinds";
import type { Message } from "../messages";
import { RATE_BOOK } from "../rates";
import { rateLookupError } from "../rates/book";
import { type Market, market as findMarket, notAShopMarket, SHOP_MARKETS } from "../rates/markets";
import { type FeeRule, type FeeSchedule, feeSchedule } from "../shop/schedule";

/** Any valid rate: only the commission rule of a schedule depends on it. */
const STAND_IN_COMMISSION = new Decimal("0.01");

/** The fee kinds of the book that a settlement column can be checked against. */
export type BookFeeKind = (typeof FEE_KINDS)[FeeId]["bookKind"];

export type RuleLookup =
  | { readonly state: "inForce"; readonly rule: FeeRule; readonly category: string }
  /** The market has had this fee, but none applies on the date: the expected amount is zero. */
  | { readonly state: "notInForce" }
  /** The book knows nothing of this fee for the market, or not for this date: not modelled. */
  | {
      readonly state: "unknown";
      readonly reason: Message | string;
      /** "as_of" when the date is before the book's first entry (the date is what to check). */
      readonly argument?: "as_of";
    }
  /** The rate exists but is published only inside Seller Center. */
  | { readonly state: "unpublished"; readonly reason: Message | string };

/**
 * The TikTok Shop market by code or alias: #N/A with close matches for an unknown one, and for a
 * market where TikTok Shop does not sell (it has no settlement files).
 */
export function marketOf(code: string): Market {
  const m = findMarket(code);
  if (m.shop === false) throw notAShopMarket(m);
  return m;
}

/** Shop markets whose currency is the given ISO code (EUR has several). */
export function marketsForCurrency(code: string): Market[] {
  const c = code.trim().toUpperCase();
  return SHOP_MARKETS.filter((m) => m.currency === c);
}

/**
 * The fee rule of a kind in force for a market, category ("*" = default) and date. The book says
 * whether (and which entry) applies; the shop fee schedule turns the entry into a rule.
 */
export function lookupRule(marketCode: string, kind: BookFeeKind, category: string, date: IsoDate): RuleLookup {
  const m = findMarket(marketCode);
  const r = RATE_BOOK.lookup({ book: "shop", market: m.code, kind, category, asOf: date });
  switch (r.status) {
    case "unknown":
      return { state: "unknown", reason: saidOf(rateLookupError({ market: m.code, kind }, r)) };
    case "notYet":
      // A fee introduced on its first entry was not charged before it (a fee of 0).
      if (r.first.introduced) return { state: "notInForce" };
      // Otherwise the fee may or may not have existed before the book's first entry: it cannot say.
      // The book's own #N/A says so (rate.beforeBook); the reconciler rewords it about the order date.
      return { state: "unknown", reason: saidOf(rateLookupError({ market: m.code, kind }, r)), argument: "as_of" };
    case "ended":
      return { state: "notInForce" };
    case "unpublished":
      return { state: "unpublished", reason: saidOf(rateLookupError({ market: m.code, kind }, r)) };
  }
  const rule = scheduleRule(m, kind, category, date);
  if (!rule) return { state: "notInForce" };
  // The schedule is the authority on the rule; the book only said that one is in force.
  return { state: "inForce", rule, category: rule.entry?.category ?? r.entry.category };
}

/** The rule of a kind from the shop fee schedule, or null when the schedule has none that day. */
function scheduleRule(m: Market, kind: BookFeeKind, category: string, date: IsoDate): FeeRule | null {
  let schedule: FeeSchedule;
  try {
    schedule = feeSchedule(m.code, category, date);
  } catch (e) {
    if (!isCoreError(e) || kind === "commission") throw e;
    // The schedule fails on an unpublished commission, yet the other fees of that date are known:
    // ask again with a stand-in commission rate, which changes the commission rule only (the
    // other fees still follow the category).
    schedule = feeSchedule(m.code, category, date, RATE_BOOK, {}, STAND_IN_COMMISSION);
  }
  if (kind === "refundAdmin") return schedule.refundAdmin;
  return schedule.orderFees.find((x) => x.kind === kind) ?? null;
}

/** The categories the book has for one fee of a market (without the "*" default). */
export function feeCategories(marketCode: string, kind: BookFeeKind): string[] {
  return RATE_BOOK.categories("shop", findMarket(marketCode).code, [kind]);
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
