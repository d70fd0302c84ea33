/**
 * The integer path of SHOPNET, SHOPPROFIT and SHOPMARGIN equals the Decimal path (issue #16): on
 * 100,000 random order lines with costs per market, revenue, settlement and profit agree to the
 * minor unit and the margin to the last bit of the cell's number, wherever the fast path answers;
 * where it does not, the Decimal path answers (null, never a number of its own). On everyday lines
 * (cents, up to 20 units, rates with up to 4 decimals, no return rate) it must answer every line
 * the Decimal path accepts on an untiered schedule.
 */
import fc from "fast-check";
import { Decimal } from "../../../src/core/decimal";
import { shopProfit, type ProfitResult } from "../../../src/core/shop";
import { ProfitMinor, fastProfitFigure, fastProfitMinor } from "../../../src/core/shop/fastProfit";
import { provenQuotient } from "../../../src/core/shop/fast/quotient";
import { type FeeSchedule, feeSchedule } from "../../../src/core/shop/schedule";
import { costsArb, lineArb, marketsWithFees, query, scheduleOrNull } from "../../support/randomOrderLines";
import { numRuns, runs } from "../../support/runs";

// Under CI the full 100,000 per market; a plain `npm test` 3,000 (test/support/runs.ts).
const LINES_PER_MARKET = numRuns(100_000, 3_000);
const EVERYDAY_LINES_PER_MARKET = numRuns(10_000);

type Costs = ReturnType<typeof costsArb> extends fc.Arbitrary<infer T> ? T : never;

function decimalResult(q: Parameters<typeof shopProfit>[0]): ProfitResult | null {
  try {
    return shopProfit(q);
  } catch {
    return null; // refused input
  }
}

function minorUnits(d: Decimal, schedule: FeeSchedule): string {
  const scaled = d.times(new Decimal(10).toPower(schedule.currency.minorUnit));
  if (!scaled.isInteger()) throw new Error(`${d.toString()} is not a whole number of minor units`);
  return scaled.toFixed(0);
}

const cell = (d: Decimal) => (d.toNumber() === 0 ? 0 : d.toNumber());

/**
 * Checks one line; returns whether the fast path answered. Plain checks (jest's expect costs more
 * than the arithmetic under test): a failure throws with the line and fast-check shrinks it.
 */
function check(schedule: FeeSchedule, q: Parameters<typeof shopProfit>[0]): "fast" | "decimal" | "marginFellBack" {
  const expected = decimalResult(q);
  const sums = new ProfitMinor();
  if (!fastProfitMinor(schedule, q, sums)) {
    for (const figure of ["settlement", "profit", "margin"] as const) {
      if (fastProfitFigure(schedule, q, figure) !== null) throw new Error(`${figure} answered without its sums`);
    }
    return "decimal";
  }
  if (expected === null) throw new Error("answered where the Decimal path refuses");
  const got = { ...sums };
  for (const [name, d] of [
    ["revenue", expected.revenue],
    ["settlement", expected.settlement],
    ["profit", expected.profit],
  ] as const) {
    if (String(got[name]) !== minorUnits(d, schedule)) {
      throw new Error(`${name}: fast ${got[name]} ≠ Decimal ${minorUnits(d, schedule)} minor units`);
    }
  }
  if (fastProfitFigure(schedule, q, "settlement") !== cell(expected.settlement)) throw new Error("settlement cell");
  if (fastProfitFigure(schedule, q, "profit") !== cell(expected.profit)) throw new Error("profit cell");
  const margin = fastProfitFigure(schedule, q, "margin");
  if (expected.margin === null) {
    if (margin !== null) throw new Error("a margin without revenue");
    return "fast";
  }
  if (margin === null) return "marginFellBack";
  if (margin !== cell(expected.margin)) throw new Error(`margin ${margin} ≠ ${cell(expected.margin)}`);
  return "fast";
}

describe.each(marketsWithFees)("%s", (market) => {
  test(`SHOPNET / SHOPPROFIT / SHOPMARGIN: fast path = Decimal path on ${LINES_PER_MARKET.toLocaleString("en")} random lines`, () => {
    const seen = { fast: 0, decimal: 0, marginFellBack: 0 };
    // Lines whose schedule rounds a line by a rule of its own (VN withheld taxes): Decimal path only.
    let ownRounding = 0;
    fc.assert(
      fc.property(lineArb(market), costsArb(), (o, costs: Costs) => {
        const schedule = scheduleOrNull(market, o);
        if (schedule === null) return;
        if ([...schedule.orderFees, ...schedule.withheld].some((r) => r.rounding !== undefined)) ownRounding++;
        seen[check(schedule, { ...query(market, o), ...costs })]++;
      }),
      { numRuns: LINES_PER_MARKET },
    );
    // Both paths are exercised, and the margin's proof almost never fails.
    expect(seen.fast).toBeGreaterThan((LINES_PER_MARKET - ownRounding) / 10);
    expect(seen.decimal).toBeGreaterThan(0);
    expect(seen.marginFellBack).toBeLessThan(seen.fast / 10_000 + 2);
  });

  test(`everyday lines: the fast path answers all ${EVERYDAY_LINES_PER_MARKET.toLocaleString("en")} the Decimal path accepts`, () => {
    fc.assert(
      fc.property(lineArb(market, { everyday: true }), costsArb({ everyday: true }), (o, costs: Costs) => {
        const schedule = scheduleOrNull(market, o);
        if (schedule === null) return;
        const q = { ...query(market, o), ...costs };
        const outcome = check(schedule, q);
        // Tiers and a rounding of its own (VN withheld taxes, half to even) are the Decimal path's.
        const plain = [...schedule.orderFees, ...schedule.withheld].every(
          (r) => r.tiers.length === 0 && r.rounding === undefined,
        );
        const returns = q.returnRate !== null && q.returnRate !== 0;
        if (outcome === "decimal" && plain && !returns && decimalResult(q) !== null) {
          throw new Error("fell back on an everyday line it must answer");
        }
      }),
      { numRuns: EVERYDAY_LINES_PER_MARKET },
    );
  });
});

describe("the margin's quotient", () => {
  test("is the correctly rounded double, as Decimal's 34-digit quotient then toNumber() gives it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
        fc.integer({ min: 1, max: 2 ** 53 - 1 }),
        (p, q) => {
          const d = provenQuotient(p, q);
          if (d !== null && d !== new Decimal(p).dividedBy(q).toNumber()) throw new Error(`${p} / ${q}: ${d}`);
        },
      ),
      runs(200_000),
    );
  });

  test("refuses a quotient next to a midpoint between two doubles, where rounding twice could differ", () => {
    // 1 + 2^-53 lies halfway between 1 and the next double; (2^53 − 1) / (2^53 − 2) is 2^-105 above it.
    expect(provenQuotient(2 ** 53 - 1, 2 ** 53 - 2)).toBeNull();
    expect(provenQuotient(2 ** 53 - 2, 2 ** 53 - 1)).not.toBeNull(); // 1 − 2^-53 − …: plainly below 1
    expect(provenQuotient(0, 7)).toBe(0);
    expect(provenQuotient(-1, 4)).toBe(-0.25);
    expect(provenQuotient(1, 3)).toBe(1 / 3);
  });
});

describe("worked cases", () => {
  const us = () => feeSchedule("US", null, null);
  test('docs/functions.md: SHOPNET(100, "US", …, affiliate 10 %) = 84, SHOPPROFIT(50, 20, "US", …, 10 %) = 22', () => {
    expect(fastProfitFigure(us(), { price: 100, affiliateRate: 0.1 }, "settlement")).toBe(84);
    expect(fastProfitFigure(us(), { price: 50, unitCost: 20, affiliateRate: 0.1 }, "profit")).toBe(22);
    expect(fastProfitFigure(us(), { price: 100, unitCost: 20, affiliateRate: 0.1 }, "margin")).toBe(0.64);
  });

  test("a price with float noise (5 + 56 × 0.01 = 5.5600000000000005) is answered on BigInts, digit for digit", () => {
    const price = 5 + 56 * 0.01;
    expect(price).toBe(5.5600000000000005);
    const expected = shopProfit({ price, unitCost: 2, market: "US" });
    expect(fastProfitMinor(us(), { price, unitCost: 2 })).toBe(true);
    expect(fastProfitFigure(us(), { price, unitCost: 2 }, "margin")).toBe(expected.margin!.toNumber());
  });

  test("VN: VAT and PIT withheld from an individual's settlement round half to even, so the Decimal path answers", () => {
    const vn = feeSchedule("VN", "Electronics", null);
    const expected = shopProfit({ price: 250_000, market: "VN", category: "Electronics" });
    expect(expected.withheld.toNumber()).toBeGreaterThan(0);
    expect(fastProfitFigure(vn, { price: 250_000 }, "settlement")).toBeNull();
    // A tax-registered organisation has nothing withheld: the fast path answers, equal to the Decimal path.
    const business = { sellerType: "business" } as const;
    const org = feeSchedule("VN", "Electronics", null, undefined, business);
    const orgExpected = shopProfit({ price: 250_000, market: "VN", category: "Electronics", sellerProfile: business });
    expect(fastProfitFigure(org, { price: 250_000 }, "settlement")).toBe(orgExpected.settlement.toNumber());
  });

  test("left to the Decimal path: a return rate, text, a negative cost, no revenue for a margin", () => {
    expect(fastProfitFigure(us(), { price: 50, unitCost: 20, returnRate: 0.05 }, "profit")).toBeNull();
    expect(fastProfitFigure(us(), { price: "50", unitCost: 20 }, "profit")).toBeNull();
    expect(fastProfitFigure(us(), { price: 50, unitCost: -1 }, "profit")).toBeNull();
    expect(fastProfitFigure(us(), { price: 50, affiliateRate: 1.5 }, "settlement")).toBeNull();
    expect(fastProfitFigure(us(), { price: 0 }, "margin")).toBeNull();
    expect(fastProfitFigure(us(), { price: 0 }, "profit")).toBe(0);
  });
});
