/**
 * The integer fast path equals the Decimal path to the minor unit (issue #16): ≥ 100,000 random
 * order lines per market — prices up to 1e9 in the market currency, rates with up to 6 decimals,
 * quantities, discounts, shipping, dates across the book's history, seller profiles — and every input the fast path
 * cannot prove exact goes to the Decimal path (it answers null, never a number of its own).
 */
import fc from "fast-check";
import { Decimal } from "../../../src/core/decimal";
import { RATE_BOOK } from "../../../src/core/rates";
import { MARKETS } from "../../../src/core/rates/markets";
import { shopCommission, shopFees } from "../../../src/core/shop";
import { fastShopFeeMinor, fastShopFeeTotal } from "../../../src/core/shop/fastPath";
import { type FeeSchedule, type SellerProfile, feeSchedule } from "../../../src/core/shop/schedule";

const LINES_PER_MARKET = 100_000;
const marketsWithFees = MARKETS.map((m) => m.code).filter((c) => RATE_BOOK.kinds("shop", c).includes("commission"));

/** Every effective date in the market's shop book, the day before it, and the last day in force. */
function historyDates(market: string): string[] {
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
function amount(maxUnits: number) {
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

/** A commission rate passed as a number, with up to 6 decimals. */
const customRate = fc
  .tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 6 }))
  .map(([n, s]) => Math.min(1, n / 10 ** s));

function lineArb(market: string) {
  const dates = historyDates(market);
  const categories = ["*", ...RATE_BOOK.categories("shop", market)];
  return fc.record({
    category: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom<string | number | null>(null, ...categories) },
      { weight: 1, arbitrary: customRate },
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
    price: amount(1e9),
    quantity: fc.oneof(
      { weight: 6, arbitrary: fc.constant<number | null>(null) },
      { weight: 6, arbitrary: fc.integer({ min: 1, max: 20 }) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 1e9 }) },
    ),
    shipping: fc.option(amount(1e4), { nil: null }),
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
            fc.integer({ min: 0, max: 12_000 }).map((n) => n / 100_000),
            { nil: null },
          ),
          programmes: fc.constantFrom<SellerProfile["programmes"]>([], ["preOrder"]),
        }),
      },
    ),
  });
}

type Arb = ReturnType<typeof lineArb> extends fc.Arbitrary<infer T> ? T : never;

/** Discounts as shares of the items, in cents — sometimes more than the items (the Decimal path refuses). */
function query(market: string, o: Arb) {
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

function scheduleOrNull(market: string, o: Arb): FeeSchedule | null {
  try {
    return feeSchedule(market, o.category, o.asOf, undefined, o.profile);
  } catch {
    return null; // a date before the book, an unpublished rate: no fees to compare
  }
}

describe.each(marketsWithFees)("%s", (market) => {
  test(`fast path = Decimal path on ${LINES_PER_MARKET.toLocaleString("en")} random order lines`, () => {
    let fast = 0;
    let fellBack = 0;
    fc.assert(
      fc.property(lineArb(market), fc.boolean(), (o, commissionOnly) => {
        const schedule = scheduleOrNull(market, o);
        if (schedule === null) return;
        const q = query(market, o);
        const only = commissionOnly ? "commission" : undefined;
        let expected: Decimal | null;
        try {
          expected = (commissionOnly ? shopCommission(q) : shopFees(q)).breakdown.total;
        } catch {
          expected = null; // refused input
        }
        const minor = fastShopFeeMinor(schedule, q, only);
        // Plain checks in the loop (jest's expect costs more than the arithmetic under test); a
        // failure throws with the line, and fast-check shrinks it to the smallest counterexample.
        if (minor === null) {
          fellBack++;
          // Only what it cannot prove exact may fall back: a line the Decimal path accepts, on an
          // untiered schedule, with amounts of at most 6 decimals and 15 digits (all Excel keeps),
          // is always answered.
          const plain = [q.price, q.shipping, q.sellerDiscount, q.platformDiscount].every((x) => {
            if (x === null) return true;
            const d = new Decimal(x);
            return d.decimalPlaces() <= 6 && d.times(new Decimal(10).toPower(d.decimalPlaces())).lessThan(1e15);
          });
          const untiered = schedule.orderFees.every((r) => r.tiers.length === 0);
          if (plain && untiered && expected !== null) throw new Error("fell back on a line it must answer");
          return;
        }
        // The fast path answers only what the Decimal path answers…
        if (expected === null) throw new Error(`answered ${minor} where the Decimal path refuses`);
        // …and to the minor unit.
        const scaled = expected.times(new Decimal(10).toPower(schedule.currency.minorUnit));
        if (!scaled.isInteger() || minor.toString() !== scaled.toFixed(0)) {
          throw new Error(`fast ${minor} ≠ Decimal ${scaled.toString()} minor units`);
        }
        const cell = expected.toNumber() === 0 ? 0 : expected.toNumber();
        if (fastShopFeeTotal(schedule, q, only) !== cell) throw new Error(`cell value differs from ${cell}`);
        fast++;
      }),
      { numRuns: LINES_PER_MARKET },
    );
    // Both paths are exercised.
    expect(fast).toBeGreaterThan(LINES_PER_MARKET / 10);
    expect(fellBack).toBeGreaterThan(0);
  });
});
