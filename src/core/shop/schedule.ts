/**
 * The fee schedule of one market, category and date: which TikTok Shop fees apply to an order,
 * at what rate, on what base, with what cap — resolved from the rate book once and cached, since a
 * sheet asks for the same schedule on thousands of rows.
 */
import { type Decimal, dec } from "../decimal";
import { type IsoDate } from "../dates";
import { CoreError } from "../errors";
import { type Currency, readRate } from "../money";
import { RATE_BOOK, type RateBook } from "../rates";
import { rateLookupError } from "../rates/book";
import { type Market, market as findMarket, marketCurrency } from "../rates/markets";
import type { FeeBase, RateEntry, RefundRule, ShopKind } from "../rates/types";

/** Fee kinds that make up the platform fees on every order, in the order they are listed. */
export const ORDER_FEE_KINDS = ["commission", "dynamicCommission", "transaction", "growth", "orderFee"] as const;
export type OrderFeeKind = (typeof ORDER_FEE_KINDS)[number];

const DEFAULT_LABELS: Record<string, string> = {
  commission: "Commission",
  transaction: "Transaction fee",
  growth: "Service fee",
  orderFee: "Fixed fee per order",
  dynamicCommission: "Dynamic commission",
  refundAdmin: "Refund administration fee",
};

export interface FeeRule {
  readonly kind: string;
  readonly label: string;
  readonly basis: "rate" | "amount";
  readonly value: Decimal;
  readonly base: FeeBase;
  readonly tiers: readonly { above: Decimal; value: Decimal }[];
  readonly cap: Decimal | null;
  readonly capPer: "item" | "order" | "sku" | null;
  readonly vatOnTop: Decimal | null;
  readonly refundOnReturn: RefundRule;
  /** Null when the caller supplied the rate. */
  readonly entry: RateEntry | null;
  /** Why the date is unsure (a rate dated only "known since"), or null. */
  readonly unsure?: string | null;
}

export interface FeeSchedule {
  readonly market: Market;
  readonly currency: Currency;
  /** Canonical category ("*" = market default), or "custom rate" when the caller gave a number. */
  readonly category: string;
  readonly asOf: IsoDate;
  /** Fees charged on every order, commission first. */
  readonly orderFees: readonly FeeRule[];
  /** Fee charged when an order is refunded (US), or null. */
  readonly refundAdmin: FeeRule | null;
}

function ruleFrom(entry: RateEntry, value: Decimal, unsure: string | null = null): FeeRule {
  return {
    kind: entry.kind,
    label: entry.label ?? DEFAULT_LABELS[entry.kind] ?? entry.kind,
    basis: entry.basis === "amount" ? "amount" : "rate",
    value,
    base: entry.base,
    tiers: (entry.tiers ?? []).map((t) => ({ above: dec(t.above), value: dec(t.value) })),
    cap: entry.cap !== undefined ? dec(entry.cap) : null,
    capPer: entry.capPer ?? null,
    vatOnTop: entry.vatOnTop !== undefined ? dec(entry.vatOnTop) : null,
    refundOnReturn: entry.refundOnReturn ?? "none",
    entry,
    unsure,
  };
}

/**
 * The rule of a kind in force on the date, or null when the fee does not apply then (not yet
 * introduced, ended, or never charged in the market). An unpublished value is #N/A: the fee is
 * charged but its size is only in Seller Center.
 */
function ruleInForce(book: RateBook, m: Market, kind: ShopKind, category: string, asOf: IsoDate): FeeRule | null {
  const r = book.lookup({ book: "shop", market: m.code, kind, category, asOf });
  switch (r.status) {
    case "inForce":
      return ruleFrom(r.entry, r.value, r.unsure?.message ?? null);
    case "unpublished":
      throw rateLookupError({ market: m.code, kind }, r);
    default:
      return null;
  }
}

/** One cache per book, so a test or user-supplied book never sees the shipped book's schedules. */
const caches = new WeakMap<RateBook, Map<string, FeeSchedule>>();
/** A sheet with many as-of dates must not grow the cache without end. */
const CACHE_LIMIT = 5000;

/**
 * Resolves the schedule. `category` is a category name (case-insensitive), a number used as the
 * commission rate, or null for the market default. `asOf` null means the newest rates.
 */
export function feeSchedule(
  marketName: string | null,
  category: string | Decimal | number | null,
  asOf: IsoDate | null,
  book: RateBook = RATE_BOOK,
): FeeSchedule {
  const m = findMarket(marketName ?? "US");
  const date = asOf ?? book.newestEffective;
  let cache = caches.get(book);
  if (!cache) {
    cache = new Map();
    caches.set(book, cache);
  }
  const customRate =
    typeof category === "number" || (category !== null && typeof category === "object")
      ? readRate(category, "category")
      : null;
  const cacheKey = customRate === null ? `${m.code}|${category ?? "*"}|${date}`.toLowerCase() : null;
  if (cacheKey !== null) {
    const hit = cache.get(cacheKey);
    if (hit) return hit;
  }
  const hasBook = book.kinds("shop", m.code).length > 0;
  if (!hasBook && customRate === null) {
    throw new CoreError(
      "notAvailable",
      "market",
      [
        `No sourced TikTok Shop fees for ${m.name} (${m.code}) yet.`,
        m.note,
        "Pass the commission rate as the category argument, e.g. 0.06.",
      ]
        .filter(Boolean)
        .join(" "),
    );
  }
  const canonical = customRate !== null || !hasBook ? "*" : book.category("shop", m.code, String(category ?? "*"));

  const orderFees: FeeRule[] = [];
  for (const kind of ORDER_FEE_KINDS) {
    if (kind === "commission") {
      orderFees.push(
        customRate !== null
          ? customCommission(book, m, canonical, date, customRate)
          : commissionRule(book, m, canonical, date),
      );
      continue;
    }
    const rule = ruleInForce(book, m, kind, canonical, date);
    if (rule) orderFees.push(rule);
  }
  const schedule: FeeSchedule = {
    market: m,
    currency: marketCurrency(m),
    category: customRate !== null ? "custom rate" : canonical,
    asOf: date,
    orderFees,
    refundAdmin: ruleInForce(book, m, "refundAdmin", canonical, date),
  };
  if (cacheKey !== null) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(cacheKey, schedule);
  }
  return schedule;
}

/** Every order pays a commission: no commission on the date (before the first entry, ended, unpublished) is #N/A. */
function commissionRule(book: RateBook, m: Market, category: string, asOf: IsoDate): FeeRule {
  const r = book.lookup({ book: "shop", market: m.code, kind: "commission", category, asOf });
  if (r.status !== "inForce") throw rateLookupError({ market: m.code, kind: "commission" }, r);
  return ruleFrom(r.entry, r.value, r.unsure?.message ?? null);
}

/** A caller's commission rate keeps the market's commission base, refund rule and tax treatment. */
function customCommission(book: RateBook, m: Market, category: string, asOf: IsoDate, rate: Decimal): FeeRule {
  // Before the market's first commission entry (PH before 2023-06-01) or after one ended, the
  // nearest entry still says what the commission is charged on: never fall back to another base.
  const r = book.lookup({ book: "shop", market: m.code, kind: "commission", category, asOf });
  const template =
    r.status === "inForce" || r.status === "unpublished"
      ? r.entry
      : r.status === "notYet"
        ? r.first
        : r.status === "ended"
          ? r.last
          : null;
  return {
    kind: "commission",
    label: template?.label ?? "Commission",
    basis: "rate",
    value: rate,
    base: template?.base ?? "orderValue",
    tiers: [],
    cap: null,
    capPer: null,
    vatOnTop: template?.vatOnTop !== undefined ? dec(template.vatOnTop) : null,
    refundOnReturn: template?.refundOnReturn ?? "full",
    entry: null,
    unsure: null,
  };
}
