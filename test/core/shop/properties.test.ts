/**
 * Invariants of the shop core, over every market in the rate book, with fast-check.
 */
import fc from "fast-check";
import { Decimal } from "../../../src/core/decimal";
import { RATE_BOOK } from "../../../src/core/rates";
import { MARKETS } from "../../../src/core/rates/markets";
import { feeSchedule, priceForMargin, shopFees, shopProfit } from "../../../src/core/shop";

const RUNS = { numRuns: 10000 };
const marketsWithFees = MARKETS.map((m) => m.code).filter((c) => RATE_BOOK.kinds("shop", c).includes("commission"));
/** Every (market, category) whose commission on the newest rates is public. */
const PRICED: [string, string][] = marketsWithFees.flatMap((market) =>
  ["*", ...RATE_BOOK.categories("shop", market)]
    .filter((category) => {
      const e = RATE_BOOK.peek({ book: "shop", market, kind: "commission", category });
      return e !== null && !e.unpublished;
    })
    .map((category): [string, string] => [market, category]),
);

/** Amounts as decimal text with two places, the way a seller types them. */
const money = (maxCents: number) =>
  fc.integer({ min: 0, max: maxCents }).map((c) => new Decimal(c).dividedBy(100).toString());

const order = fc.record({
  priced: fc.constantFrom(...PRICED),
  price: money(2_000_000),
  quantity: fc.integer({ min: 1, max: 20 }),
  shipping: money(5_000),
  sellerPct: fc.integer({ min: 0, max: 50 }),
  platformPct: fc.integer({ min: 0, max: 30 }),
});

function toQuery(o: {
  priced: [string, string];
  price: string;
  quantity: number;
  shipping: string;
  sellerPct: number;
  platformPct: number;
}) {
  const items = new Decimal(o.price).times(o.quantity);
  return {
    market: o.priced[0],
    category: o.priced[1],
    price: o.price,
    quantity: o.quantity,
    shipping: o.shipping,
    sellerDiscount: items.times(o.sellerPct).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_DOWN),
    platformDiscount: items.times(o.platformPct).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_DOWN),
  };
}

test("every market with a rate book is tested, across its public categories", () => {
  expect(marketsWithFees).toEqual(
    expect.arrayContaining(["US", "UK", "DE", "FR", "IT", "ES", "IE", "ID", "MY", "TH", "VN", "PH", "SG", "MX", "JP"]),
  );
  expect(new Set(PRICED.map((p) => p[0])).size).toBeGreaterThanOrEqual(12);
  expect(PRICED.length).toBeGreaterThan(30);
});

test("fees are never negative, lines sum to the total, and every line is in whole minor units", () => {
  fc.assert(
    fc.property(order, (o) => {
      const r = shopFees(toQuery(o));
      const minor = r.schedule.currency.minorUnit;
      let sum = new Decimal(0);
      for (const l of r.breakdown.lines) {
        expect(l.amount.isNegative() && !l.amount.isZero()).toBe(false);
        expect(l.amount.decimalPlaces()).toBeLessThanOrEqual(minor);
        sum = sum.plus(l.amount);
      }
      expect(sum.equals(r.breakdown.total)).toBe(true);
    }),
    RUNS,
  );
});

test("total fees never fall when the price rises", () => {
  fc.assert(
    fc.property(order, money(100_000), (o, extra) => {
      const q = toQuery(o);
      const lower = shopFees(q).breakdown.total;
      const higher = shopFees({ ...q, price: new Decimal(q.price).plus(extra) }).breakdown.total;
      expect(higher.greaterThanOrEqualTo(lower)).toBe(true);
    }),
    RUNS,
  );
});

test("passing the book's own commission rate as a number changes nothing (untiered, uncapped markets)", () => {
  fc.assert(
    fc.property(order, (o) => {
      const q = toQuery(o);
      const schedule = feeSchedule(o.priced[0], o.priced[1], null);
      const commission = schedule.orderFees.find((r) => r.kind === "commission");
      fc.pre(commission !== undefined && commission.tiers.length === 0 && commission.cap === null);
      const byBook = shopFees(q).breakdown;
      const byNumber = shopFees({ ...q, category: commission!.value }).breakdown;
      expect(byNumber.total.equals(byBook.total)).toBe(true);
    }),
    RUNS,
  );
});

test("profit lines sum to the profit and net proceeds = revenue − fees − affiliate", () => {
  fc.assert(
    fc.property(order, fc.integer({ min: 0, max: 80 }), money(100_000), (o, aff, cost) => {
      const r = shopProfit({ ...toQuery(o), affiliateRate: aff / 100, unitCost: cost });
      const affiliate = r.breakdown.lines.find((l) => l.key === "affiliate")!.amount.negated();
      expect(r.netProceeds.equals(r.revenue.minus(r.platformFees).minus(affiliate))).toBe(true);
      const total = r.breakdown.lines.reduce((s, l) => s.plus(l.amount), new Decimal(0));
      expect(total.equals(r.profit)).toBe(true);
    }),
    RUNS,
  );
});

test("price for a target margin, computed forward, meets the margin; one minor unit less does not", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...PRICED),
      money(500_000),
      fc.integer({ min: 0, max: 60 }),
      fc.integer({ min: 0, max: 30 }),
      ([market, category], cost, marginPct, affPct) => {
        const target = new Decimal(marginPct).dividedBy(100);
        const q = { market, category, unitCost: cost, affiliateRate: affPct / 100 };
        let s;
        try {
          s = priceForMargin(q, target);
        } catch (e) {
          // Only an impossible margin may fail, and it must say so.
          expect((e as { kind?: string }).kind).toBe("outOfRange");
          return;
        }
        expect(s.result.margin!.greaterThanOrEqualTo(target)).toBe(true);
        const step = new Decimal(1).dividedBy(new Decimal(10).toPower(s.result.schedule.currency.minorUnit));
        const below = s.price.minus(step);
        if (below.isPositive()) {
          const r = shopProfit({ ...q, price: below });
          // The price is the lowest: one minor unit less misses the target, except by the rounding
          // of the lines themselves (at most half a minor unit each).
          const surplus = r.profit.minus(target.times(r.revenue));
          expect(surplus.lessThan(step.times(r.breakdown.lines.length).dividedBy(2))).toBe(true);
        }
      },
    ),
    RUNS,
  );
});
