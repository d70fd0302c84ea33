/**
 * Random TikTok Shop order lines for the fast paths' identity properties (#16): amounts as a
 * seller's cells hold them, prices up to 1e9, rates with up to 6 decimals, quantities, discounts,
 * shipping, dates across each market's book history, seller profiles.
 */
import fc from "fast-check";
import { RATE_BOOK } from "../../src/core/rates";
import { MARKETS } from "../../src/core/rates/markets";
import { type FeeSchedule, type SellerProfile, feeSchedule } from "../../src/core/shop/schedule";

/** Markets whose shop book has a commission. */
export const marketsWithFees = MARKETS.map((m) => m.code).filter((c) =>
  RATE_BOOK.kinds("shop", c).includes("commission"),
);

/** Every effective date in the market's shop book, the day before it, and the last day in force. */
export function historyDates(market: string): string[] {
  const dates = new Set<string>();
  for (const kind of RATE_BOOK.kinds("shop", market)) {
    for (const category of ["*", ...RATE_BOOK.categories("shop", market)]) {
      for (const e of RATE_BOOK.history("shop", market, kind, category)) {
        dates.add(e.effective);
        dates.add(dayBefore(e.effective));
        if (e.until) dates.add(e.until);
      }
    }
  }
  return [...dates].sort();
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** A number as a seller's cell holds it: whole, cents, up to 6 decimals, or any double. */
export function amount(maxUnits: number) {
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: maxUnits * 100 }).map((c) => c / 100) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: maxUnits }) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.integer({ min: 0, max: Math.min(maxUnits, 1e9) }), fc.integer({ min: 0, max: 6 }))
        .map(([n, s]) => n / 10 ** s),
    },
    { weight: 1, arbitrary: fc.double({ min: 0, max: maxUnits, noNaN: true }) },
  );
}

/** Whole cents up to maxUnits: what an everyday price or cost cell holds. */
function cents(maxUnits: number) {
  return fc.integer({ min: 0, max: maxUnits * 100 }).map((c) => c / 100);
}

/** A rate passed as a number (0–1), with up to `decimals` decimals. */
function rate(decimals: number) {
  return fc
    .tuple(fc.integer({ min: 0, max: 10 ** decimals }), fc.integer({ min: 0, max: decimals }))
    .map(([n, s]) => Math.min(1, n / 10 ** s));
}

/**
 * Order lines of a market. `everyday`: what catalogue sheets hold — prices and shipping in cents up
 * to 10,000, up to 20 units, rates with up to 4 decimals — where no product leaves 2^53.
 */
export function lineArb(market: string, { everyday = false } = {}) {
  const dates = historyDates(market);
  const categories = ["*", ...RATE_BOOK.categories("shop", market)];
  return fc.record({
    category: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom<string | number | null>(null, ...categories) },
      { weight: 1, arbitrary: rate(everyday ? 4 : 6) },
    ),
    asOf: fc.oneof(
      { weight: 2, arbitrary: fc.constant(null) },
      { weight: 3, arbitrary: fc.constantFrom(...dates) },
      {
        weight: 1,
        arbitrary: fc
          .date({ min: new Date("2021-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
      },
    ),
    price: everyday ? cents(1e4) : amount(1e9),
    quantity: fc.oneof(
      { weight: 6, arbitrary: fc.constant<number | null>(null) },
      { weight: 6, arbitrary: fc.integer({ min: 1, max: 20 }) },
      { weight: everyday ? 0 : 1, arbitrary: fc.integer({ min: 1, max: 1e9 }) },
    ),
    shipping: fc.option(everyday ? cents(100) : amount(1e4), { nil: null }),
    sellerShare: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    platformShare: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    // Who the seller is adds fees (TH cross-border, ID Mall, pre-order, US sales tax on fees).
    profile: fc.oneof(
      { weight: 3, arbitrary: fc.constant<SellerProfile>({}) },
      {
        weight: 1,
        arbitrary: fc.record<SellerProfile>({
          sellerType: fc.constantFrom("individual" as const, "business" as const),
          crossBorder: fc.boolean(),
          mall: fc.boolean(),
          aboveTaxThreshold: fc.boolean(),
          feeSalesTaxRate: fc.option(
            everyday
              ? fc.integer({ min: 0, max: 1_200 }).map((n) => n / 10_000)
              : fc.integer({ min: 0, max: 12_000 }).map((n) => n / 100_000),
            { nil: null },
          ),
          programmes: fc.constantFrom<SellerProfile["programmes"]>([], ["preOrder"]),
        }),
      },
    ),
  });
}

export type Arb = ReturnType<typeof lineArb> extends fc.Arbitrary<infer T> ? T : never;

/**
 * A seller's costs (costs.ts CostInput): often left out, in cents or (not everyday) any amount;
 * sometimes an affiliate rate above 1 (refused) or a return rate (priced by the Decimal path).
 */
export function costsArb({ everyday = false } = {}) {
  const money = (max: number) => fc.option(everyday ? cents(max) : amount(max), { nil: null });
  return fc.record({
    unitCost: money(1e4),
    sellerShipping: money(100),
    adCostPerOrder: money(100),
    affiliateRate: fc.oneof(
      { weight: 2, arbitrary: fc.constant<number | null>(null) },
      { weight: 4, arbitrary: rate(everyday ? 4 : 6) },
      { weight: everyday ? 0 : 1, arbitrary: fc.constantFrom(1.5, -0.1, 1e6) },
    ),
    returnRate: fc.oneof(
      { weight: 6, arbitrary: fc.constant<number | null>(null) },
      { weight: 2, arbitrary: fc.constant(0) },
      { weight: 1, arbitrary: rate(3) },
    ),
  });
}

/** Discounts as shares of the items, in cents — sometimes more than the items (the Decimal path refuses). */
export function query(market: string, o: Arb) {
  const items = o.price * (o.quantity ?? 1);
  const share = (pct: number | null) => (pct === null ? null : Math.floor(items * pct) / 100);
  return {
    market,
    category: o.category,
    asOf: o.asOf,
    price: o.price,
    quantity: o.quantity,
    shipping: o.shipping,
    sellerDiscount: share(o.sellerShare),
    platformDiscount: share(o.platformShare),
    sellerProfile: o.profile,
  };
}

export function scheduleOrNull(market: string, o: Arb): FeeSchedule | null {
  try {
    return feeSchedule(market, o.category, o.asOf, undefined, o.profile);
  } catch {
    return null; // a date before the book, an unpublished rate: no fees to compare
  }
}
