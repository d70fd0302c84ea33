/**
 * The integer fast path equals the Decimal path to the minor unit (issue #16): ≥ 100,000 random
 * order lines per market — prices up to 1e9 in the market currency, rates with up to 6 decimals,
 * quantities, discounts, shipping, dates across the book's history, seller profiles — and every input the fast path
 * cannot prove exact goes to the Decimal path (it answers null, never a number of its own).
 */
import fc from "fast-check";
import { Decimal } from "../../../src/core/decimal";
import { shopCommission, shopFees } from "../../../src/core/shop";
import { fastShopFeeMinor, fastShopFeeTotal } from "../../../src/core/shop/fastPath";
import { lineArb, marketsWithFees, query, scheduleOrNull } from "../../support/randomOrderLines";
import { numRuns } from "../../support/runs";

// Under CI the full 100,000 per market; a plain `npm test` 4,000 (test/support/runs.ts).
const LINES_PER_MARKET = numRuns(100_000, 4_000);

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
