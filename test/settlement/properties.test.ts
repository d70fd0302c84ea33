/** Properties: orders priced from the rate book match; one doctored fee is flagged exactly; IDs survive. */
import fc from "fast-check";
import Decimal from "decimal.js";
import { feeSchedule } from "../../src/core/shop";
import { reconcileRows } from "../../src/core/settlement";
import { MY_INCOME, US_STATEMENT, rowOf, usOrder } from "./layouts";

const cents = fc.integer({ min: 1, max: 500_000 }).map((c) => new Decimal(c).dividedBy(100));
const usDate = fc
  .integer({ min: 0, max: 900 })
  .map((d) => new Date(Date.UTC(2024, 3, 1) + d * 86_400_000).toISOString().slice(0, 10));
const id18 = fc.bigInt({ min: 10n ** 17n, max: 10n ** 18n - 1n }).map(String);

/** The US referral fee straight from the rate book: rate × (payment + platform discount − tax), half away from zero. */
function referral(date: string, net: Decimal): Decimal {
  const rate = feeSchedule("US", null, date)
    .orderFees.find((f) => f.kind === "commission")!
    .value.toString();
  return new Decimal(rate).times(net).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

interface GenOrder {
  id: string;
  date: string;
  net: Decimal;
  tax: Decimal;
  pd: Decimal;
}
const order = fc.record({
  id: id18,
  date: usDate,
  net: cents,
  tax: fc.integer({ min: 0, max: 2000 }).map((c) => new Decimal(c).dividedBy(100)),
  pd: fc.integer({ min: 0, max: 100 }).map((c) => new Decimal(c).dividedBy(100)),
});
const distinct = fc.uniqueArray(order, { minLength: 1, maxLength: 30, selector: (o) => o.id });

function rowFor(o: GenOrder, doctor = new Decimal(0)): unknown[] {
  const fee = referral(o.date, o.net).negated().plus(doctor);
  return usOrder({
    id: o.id,
    created: o.date.replace(/-/g, "/"),
    net: o.net.toFixed(2),
    tax: o.tax.toFixed(2),
    platformDiscount: o.pd.toFixed(2),
    referral: fee.toFixed(2),
  });
}

test("US orders priced from the rate book always match, and their IDs survive exactly", () => {
  fc.assert(
    fc.property(distinct, (orders) => {
      const r = reconcileRows([US_STATEMENT, ...orders.map((o) => rowFor(o) as never)]);
      expect(r.mismatched).toBe(0);
      expect(r.matched).toBe(orders.length);
      expect(r.lines!.map((l) => l.id)).toEqual(orders.map((o) => o.id));
    }),
    { numRuns: 60 },
  );
});

test("one doctored referral fee is flagged with exactly the difference, and only that one", () => {
  fc.assert(
    fc.property(
      distinct,
      fc.nat(),
      fc.integer({ min: -5000, max: 5000 }).filter((c) => Math.abs(c) > 1),
      (orders, pick, deltaCents) => {
        const k = pick % orders.length;
        const delta = new Decimal(deltaCents).dividedBy(100);
        // A US statement carries no category: a doctored fee that lands on another category's rate
        // (5 % for pre-owned goods and trading cards) is reported as fitting it, not as a mismatch.
        const o = orders[k];
        const doctored = referral(o.date, o.net).negated().plus(delta);
        const atFive = new Decimal("0.05").times(o.net).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).negated();
        fc.pre(doctored.minus(atFive).abs().greaterThan("0.01"));
        const rows = orders.map((o, i) => rowFor(o, i === k ? delta : new Decimal(0)) as never);
        const r = reconcileRows([US_STATEMENT, ...rows]);
        expect(r.mismatched).toBe(1);
        const bad = r.lines!.filter((l) => l.status === "mismatch");
        expect(bad.map((l) => l.id)).toEqual([orders[k].id]);
        expect(bad[0].fees.commission!.difference!.toString()).toBe(delta.toString());
        expect(bad[0].category).toBe("none fits (expected at the default rate)");
        expect(r.fees.commission!.difference.toString()).toBe(delta.toString());
      },
    ),
    { numRuns: 60 },
  );
});

test("MY transaction fee and platform support fee priced from the rate book always match", () => {
  const myDate = fc
    .integer({ min: 0, max: 250 })
    .map((d) => new Date(Date.UTC(2026, 1, 15) + d * 86_400_000).toISOString().slice(0, 10));
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.record({ id: id18, date: myDate, paid: cents }), {
        minLength: 1,
        maxLength: 20,
        selector: (o) => o.id,
      }),
      (orders) => {
        const rows = orders.map((o) => {
          const rules = feeSchedule("MY", 0.05, o.date).orderFees;
          const tx = new Decimal(rules.find((f) => f.kind === "transaction")!.value.toString())
            .times(o.paid)
            .toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
          const support = new Decimal(rules.find((f) => f.kind === "orderFee")!.value.toString());
          return rowOf(MY_INCOME, {
            "Order/adjustment ID": o.id,
            Type: "Order",
            "Order created time": o.date.replace(/-/g, "/"),
            Currency: "MYR",
            "Transaction fee": tx.negated().toFixed(2),
            "Platform support fee": support.negated().toFixed(2),
            "Customer payment": o.paid.toFixed(2),
          });
        });
        const r = reconcileRows([MY_INCOME, ...rows]);
        expect(r.mismatched).toBe(0);
        expect(
          r.lines!.every((l) => l.fees.transaction!.status === "match" && l.fees.orderFee!.status === "match"),
        ).toBe(true);
      },
    ),
    { numRuns: 40 },
  );
});
