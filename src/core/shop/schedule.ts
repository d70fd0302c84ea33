/**
 * The fee schedule of one market, category and date: which TikTok Shop fees apply to an order,
 * at what rate, on what base, with what cap — resolved from the rate book once and cached, since a
 * sheet asks for the same schedule on thousands of rows.
 */
import { type Decimal, dec } from "../decimal";
import { type IsoDate } from "../dates";
import { CoreError } from "../errors";
import { message } from "../messages";
import { FEE_KINDS, feeOfBookKind } from "../feeKinds";
import { type Currency, readRate } from "../money";
import { RATE_BOOK, type RateBook } from "../rates";
import { rateLookupError } from "../rates/book";
import { type Market, market as findMarket, marketCurrency, notAShopMarket } from "../rates/markets";
import type { FeeBase, RateEntry, RefundRule, Rounding, ShopKind } from "../rates/types";

/** Fee kinds that make up the platform fees on every order, in the order they are listed. */
export const ORDER_FEE_KINDS = [
  "commission",
  "dynamicCommission",
  "transaction",
  "growth",
  "orderFee",
  "infrastructureFee",
] as const;
export type OrderFeeKind = (typeof ORDER_FEE_KINDS)[number];

/** The name of a rule whose entry has none: the fee vocabulary's, else the kind itself. */
function defaultLabel(kind: string): string {
  const fee = feeOfBookKind(kind);
  return fee === null ? kind : FEE_KINDS[fee].label;
}

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
  /** Label of the tax-on-top line when it is not VAT (US: "Sales tax on referral fee"). */
  readonly vatLabel?: string;
  /** The entry's rounding where it is not the book-wide half away from zero (VN withheld taxes). */
  readonly rounding?: Rounding;
}

/** Programmes a seller opts into that add a sourced fee. */
export type Programme = "preOrder";
export const PROGRAMMES: readonly Programme[] = ["preOrder"];

/**
 * Who the seller is, where it changes what is charged or withheld. Every field defaults to what
 * most sellers have: an individual or household seller, local, not a Mall shop, under the tax
 * thresholds, no state sales tax on fees given, no programmes.
 */
export interface SellerProfile {
  /** "individual" (households and individuals) or "business" (a tax-registered organisation). */
  readonly sellerType?: "individual" | "business";
  /** A cross-border seller (TH: the cross-border 3.21 % transaction fee, in place of the local sellers' one). */
  readonly crossBorder?: boolean;
  /** A Mall shop (ID: Mall service fee 1.8 %, capped Rp50,000 per item). */
  readonly mall?: boolean;
  /** Turnover above the withholding threshold: ID Rp500m a year (PPh 22), PH ₱500,000 a year (RR 16-2023). */
  readonly aboveTaxThreshold?: boolean;
  /** US: your state's sales-tax rate on the referral fee (from 2025-11-01), as a fraction. */
  readonly feeSalesTaxRate?: Decimal | number | string | null;
  readonly programmes?: readonly Programme[];
  /** MX: the seller gave no Mexican tax ID (RFC): IVA 16 % and ISR 20 % are withheld. Default false. */
  readonly noTaxId?: boolean;
}

/** Fees charged only to some sellers: kind → whether the profile pays it. */
const PROFILE_FEES: readonly { kind: ShopKind; applies: (p: SellerProfile) => boolean }[] = [
  { kind: "transactionCrossBorder", applies: (p) => p.crossBorder === true },
  { kind: "mallService", applies: (p) => p.mall === true },
  { kind: "preOrderService", applies: (p) => p.programmes?.includes("preOrder") === true },
];

/**
 * Taxes withheld from the settlement (not fees): kind → whether the profile has them withheld in
 * the market. MX withholds IVA and ISR only from sellers without a Mexican tax ID.
 */
const WITHHELD: readonly { kind: ShopKind; applies: (p: SellerProfile, m: Market) => boolean }[] = [
  {
    kind: "vatWithheld",
    applies: (p, m) => (m.code === "MX" ? p.noTaxId === true : (p.sellerType ?? "individual") === "individual"),
  },
  { kind: "pitWithheld", applies: (p) => (p.sellerType ?? "individual") === "individual" },
  {
    kind: "incomeTaxWithheld",
    applies: (p, m) => (m.code === "MX" ? p.noTaxId === true : p.aboveTaxThreshold === true),
  },
];

function profileKey(p: SellerProfile): string {
  return [
    p.sellerType ?? "individual",
    p.crossBorder ? "x" : "",
    p.mall ? "m" : "",
    p.aboveTaxThreshold ? "t" : "",
    p.feeSalesTaxRate ?? "",
    [...(p.programmes ?? [])].sort().join("+"),
    p.noTaxId ? "n" : "",
  ].join("/");
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
  /** Taxes withheld from the settlement for this seller profile (not fees: in net proceeds and profit). */
  readonly withheld: readonly FeeRule[];
}

function ruleFrom(entry: RateEntry, value: Decimal, unsure: string | null = null): FeeRule {
  return {
    kind: entry.kind,
    label: entry.label ?? defaultLabel(entry.kind),
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
    ...(entry.rounding !== undefined ? { rounding: entry.rounding } : {}),
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
  profileArg?: SellerProfile,
  commissionRate: Decimal | number | string | null = null,
): FeeSchedule {
  // A sheet of formulas asks for the same schedule row after row: the last answer is kept by the
  // identity of the arguments, before any text is normalised (the cache below then keys by text).
  const l = last;
  if (
    l !== null &&
    l.marketName === marketName &&
    l.category === category &&
    l.asOf === asOf &&
    l.book === book &&
    l.profile === profileArg &&
    l.commissionRate === commissionRate
  ) {
    return l.schedule;
  }
  const schedule = buildSchedule(marketName, category, asOf, book, profileArg ?? NO_PROFILE, commissionRate);
  last = { marketName, category, asOf, book, profile: profileArg, commissionRate, schedule };
  return schedule;
}

const NO_PROFILE: SellerProfile = {};

let last: {
  readonly marketName: string | null;
  readonly category: string | Decimal | number | null;
  readonly asOf: IsoDate | null;
  readonly book: RateBook;
  readonly profile: SellerProfile | undefined;
  readonly commissionRate: Decimal | number | string | null;
  readonly schedule: FeeSchedule;
} | null = null;

function buildSchedule(
  marketName: string | null,
  category: string | Decimal | number | null,
  asOf: IsoDate | null,
  book: RateBook,
  profile: SellerProfile,
  commissionRate: Decimal | number | string | null,
): FeeSchedule {
  const m = findMarket(marketName ?? "US");
  // Even a rate passed by hand prices nothing where TikTok Shop does not sell.
  if (m.shop === false) throw notAShopMarket(m);
  const date = asOf ?? book.newestEffective;
  let cache = caches.get(book);
  if (!cache) {
    cache = new Map();
    caches.set(book, cache);
  }
  const rateAsCategory = typeof category === "number" || (category !== null && typeof category === "object");
  if (rateAsCategory && commissionRate !== null) {
    throw new CoreError("invalidValue", "commission_rate", message("shop.commissionRateTwice", {}));
  }
  // A rate with a category name (TH: your subcategory's rate, electronics for the growth fee).
  const namedRate = commissionRate !== null ? readRate(commissionRate, "commission_rate") : null;
  const customRate = rateAsCategory ? readRate(category, "category") : namedRate;
  const cacheKey =
    customRate === null ? `${m.code}|${category ?? "*"}|${date}|${profileKey(profile)}`.toLowerCase() : null;
  if (cacheKey !== null) {
    const hit = cache.get(cacheKey);
    if (hit) return hit;
  }
  const hasBook = book.kinds("shop", m.code).length > 0;
  if (!hasBook && customRate === null) {
    throw new CoreError(
      "notAvailable",
      "market",
      message("shop.noSourcedFees", { market: m.name, code: m.code, note: m.note ?? "" }),
    );
  }
  const canonical = rateAsCategory || !hasBook ? "*" : book.category("shop", m.code, String(category ?? "*"));

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
  for (const fee of PROFILE_FEES) {
    if (!fee.applies(profile)) continue;
    const rule = ruleInForce(book, m, fee.kind, canonical, date);
    if (rule) orderFees.push(rule);
  }
  // A cross-border seller's transaction fee takes the place of the local sellers' one (TH): never both.
  const local = orderFees.some((r) => r.kind === "transactionCrossBorder")
    ? orderFees.findIndex((r) => r.kind === "transaction")
    : -1;
  if (local >= 0) orderFees.splice(local, 1);
  const feeTax = feeSalesTax(book, m, date, profile);
  if (feeTax) orderFees[0] = { ...orderFees[0], vatOnTop: feeTax.rate, vatLabel: feeTax.label };
  const withheld = WITHHELD.filter((w) => w.applies(profile, m))
    .map((w) => ruleInForce(book, m, w.kind, canonical, date))
    .filter((r): r is FeeRule => r !== null);
  const schedule: FeeSchedule = {
    market: m,
    currency: marketCurrency(m),
    category: customRate === null ? canonical : canonical === "*" ? "custom rate" : `${canonical} (custom rate)`,
    asOf: date,
    orderFees,
    refundAdmin: ruleInForce(book, m, "refundAdmin", canonical, date),
    withheld,
  };
  if (cacheKey !== null) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(cacheKey, schedule);
  }
  return schedule;
}

/**
 * US sales tax on the referral fee: the state's rate from the profile, once the book says the tax
 * exists (from 2025-11-01); before that, or in a market without it, none.
 */
function feeSalesTax(
  book: RateBook,
  m: Market,
  asOf: IsoDate,
  profile: SellerProfile,
): { rate: Decimal; label: string } | null {
  if (profile.feeSalesTaxRate === null || profile.feeSalesTaxRate === undefined) return null;
  const rate = readRate(profile.feeSalesTaxRate, "fee_sales_tax_rate");
  const r = book.lookup({ book: "shop", market: m.code, kind: "feeSalesTax", asOf });
  if (r.status !== "inForce" && r.status !== "unpublished") return null;
  return { rate, label: r.entry.label ?? "Sales tax on referral fees" };
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
