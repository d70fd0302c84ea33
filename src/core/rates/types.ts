/**
 * The shape of the rate book. Every number the add-in uses comes from an entry like this, with the
 * date it took effect, where it was published and when that page was read.
 */
import type { IsoDate } from "../dates";

/** How much to trust the source (see docs/research/rates.md): A is an official TikTok page. */
export type Grade = "A" | "A-" | "B" | "C" | "D";

/** Which part of the business the entry prices. */
export type Book = "shop" | "live" | "ads";

/** Market codes with TikTok Shop entries or a market note (see markets.ts). */
export const MARKET_CODES = [
  "US",
  "UK",
  "DE",
  "FR",
  "IT",
  "ES",
  "IE",
  "ID",
  "MY",
  "TH",
  "VN",
  "PH",
  "SG",
  "MX",
  "JP",
  "BR",
  "KR",
  "AT",
  "BE",
  "NL",
  "PL",
] as const;
export type MarketCode = (typeof MARKET_CODES)[number];
/** A market, or "*" for a figure that applies everywhere. */
export type RateMarket = MarketCode | "*";

/**
 * Fee kinds of the TikTok Shop book. Beyond the fees every order pays: fees only some sellers pay
 * (cross-border, Mall), programmes a seller opts into, and taxes withheld from the settlement —
 * each its own kind, chosen by the seller profile on the shop query (SellerProfile in src/core/shop/schedule.ts).
 */
export const SHOP_KINDS = [
  "commission",
  "transaction",
  "growth",
  "orderFee",
  "infrastructureFee",
  "dynamicCommission",
  "refundAdmin",
  "fbt",
  "fbtFrom",
  "transactionCrossBorder",
  "mallService",
  "preOrderService",
  "vatWithheld",
  "pitWithheld",
  "incomeTaxWithheld",
  "feeSalesTax",
  "chargebackFee",
] as const;
/** Parameters of the LIVE book (gifts, coins, diamonds, withdrawals, Creator Rewards). */
export const LIVE_KINDS = [
  "giftCoins",
  "coinPack",
  "appStoreShare",
  "coinsPerDiamond",
  "usdPerDiamond",
  "agencyShare",
  "withdrawalFee",
  "withdrawalMinimum",
  "withdrawalDailyMax",
  "crpRpm",
  "crpMinFollowers",
  "crpMinViews30d",
  "crpMinVideoSeconds",
  "crpMinAge",
  "crpFirstEarningViews",
  "crpPayoutMinimum",
  "seriesPriceMin",
  "seriesPriceMax",
  "seriesPayoutMinimum",
  "seriesPayoutDay",
] as const;
/** Benchmarks and rules of the ads book. */
export const AD_KINDS = [
  "cpm",
  "cpc",
  "ctr",
  "minBudget",
  "dynamicBudgetDayMax",
  "dynamicBudgetWeekDays",
  "learningBudgetMultiple",
  "learningBudgetFallback",
  "premiumCpm",
  "premiumFlat",
  "premiumDays",
  "sponsorshipPer1kFollowers",
  "sponsorshipEngagementPivot",
  "sponsorshipEngagementMin",
  "sponsorshipEngagementMax",
  "sponsorshipBand",
  "sponsorshipContent",
] as const;
export type ShopKind = (typeof SHOP_KINDS)[number];
export type LiveKind = (typeof LIVE_KINDS)[number];
export type AdKind = (typeof AD_KINDS)[number];
export type RateKind = ShopKind | LiveKind | AdKind;
/** The kinds a book may hold: a kind of another book, or a typo, fails to compile. */
export type KindOf<B extends Book> = B extends "shop" ? ShopKind : B extends "live" ? LiveKind : AdKind;
export const KINDS_OF: { readonly [B in Book]: readonly KindOf<B>[] } = {
  shop: SHOP_KINDS,
  live: LIVE_KINDS,
  ads: AD_KINDS,
};

/**
 * What the value of an entry applies to.
 * - orderValue: price × quantity − seller discount + buyer-paid shipping (platform discounts added
 *   back, sales tax out) — the US referral base, the UK/EU commission base.
 * - itemNet: price × quantity − seller discount (shipping and platform discounts excluded) — the
 *   South-East Asian commission base.
 * - customerPayment: what the buyer paid: price × quantity − seller discount − platform discount
 *   + shipping — transaction/payment fees.
 * - customerPaymentPlusSubsidy: customer payment + platform discount (TH cross-border from 2026-03-21).
 * - perOrder: a fixed amount once per order; perItem: a fixed amount per unit.
 * - commission: a share of the commission line (US refund administration fee).
 * - none: not a fee on an order (LIVE and ads parameters, benchmarks).
 */
export type FeeBase =
  | "orderValue"
  | "itemNet"
  | "customerPayment"
  | "customerPaymentPlusSubsidy"
  | "perOrder"
  | "perItem"
  | "commission"
  | "none";

/** What happens to the fee when the order is returned after delivery. */
export type RefundRule = "full" | "proRata" | "none";

/**
 * How an amount is rounded to the currency's minor unit where it differs from the book-wide rule
 * (half away from zero, money.ts): "halfEven" rounds a half to the even neighbour (VND 1,234.5 →
 * 1,234; 1,235.5 → 1,236), as TikTok rounds VN withheld VAT and PIT.
 */
export type Rounding = "halfEven";

/** A marginal tier: `value` applies to the part of the base above `above`. */
export interface RateTier {
  readonly above: string;
  readonly value: string;
}

/** A figure from another source that disagrees with the one chosen. */
export interface AlternativeFigure {
  readonly value: string;
  readonly source: string;
  readonly grade: Grade;
  readonly note: string;
}

export interface RateEntry {
  readonly book: Book;
  /** Market code (see markets.ts), or "*" for a figure that applies everywhere. */
  readonly market: RateMarket;
  /** The fee or parameter: "commission", "transaction", "orderFee", "usdPerDiamond", "cpm"… */
  readonly kind: RateKind;
  /** Canonical category name, or "*" for the market's default. */
  readonly category: string;
  /**
   * Decimal text. For a rate, a fraction ("0.06" is 6 %); for an amount, in the market currency
   * (or USD for "*" entries); for a count, a plain number.
   */
  readonly value: string;
  readonly basis: "rate" | "amount" | "count";
  /** First day the value applies (see `dated` for what kind of date it is). */
  readonly effective: IsoDate;
  /**
   * What `effective` is. "inForce": a change date the source publishes. "knownSince": only the
   * first date a source shows the value — the change itself may be earlier, so on dates between
   * the previous entry and this one the book cannot say which rate applied (lookups flag it).
   */
  readonly dated?: "inForce" | "knownSince";
  /** Last day the value applies, when known; otherwise until the next entry for the same key. */
  readonly until?: IsoDate;
  /** URL of the page the value comes from. */
  readonly source: string;
  /** Day the source was read. */
  readonly read: IsoDate;
  readonly grade: Grade;
  /** What the value is applied to (shop fees); "none" elsewhere. */
  readonly base: FeeBase;
  /** Highest fee for one unit of `capPer`, in the market currency. */
  readonly cap?: string;
  readonly capPer?: "item" | "order" | "sku";
  /** The value already includes VAT/GST/SST. */
  readonly taxInclusive?: boolean;
  /** VAT charged on top of the fee, as a fraction of the fee (ID: 11/12 × 12 % = 0.11). */
  readonly vatOnTop?: string;
  readonly refundOnReturn?: RefundRule;
  /**
   * The rounding of this fee or tax where it is not the book-wide half away from zero (the
   * breakdown, the fast paths and the reconciler's expected amounts all follow it).
   */
  readonly rounding?: Rounding;
  readonly tiers?: readonly RateTier[];
  /** Published range, for benchmarks and estimates. */
  readonly low?: string;
  readonly high?: string;
  /** A person-readable label, e.g. "Referral fee". */
  readonly label?: string;
  /**
   * The fee exists but its value is not public (only inside Seller Center): a lookup that lands
   * here is #N/A with the note, never a guess. `value` is then "0" and unused.
   */
  readonly unpublished?: true;
  /**
   * The fee began with this entry (its source announces it as new): before `effective` it was not
   * charged, so a lookup before it is "not in force" (a fee of 0), not "the book does not know".
   * Only on the first entry of its key, and only with `dated: "inForce"`.
   */
  readonly introduced?: true;
  readonly note?: string;
  readonly alternatives?: readonly AlternativeFigure[];
}
