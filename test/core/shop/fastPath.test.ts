/**
 * The integer fast path on worked cases, and the inputs it leaves to the Decimal path (#16).
 */
import { Decimal } from "../../../src/core/decimal";
import { shopCommission, shopFees } from "../../../src/core/shop";
import { fastShopFeeMinor, fastShopFeeTotal } from "../../../src/core/shop/fastPath";
import { feeSchedule } from "../../../src/core/shop/schedule";
import type { OrderLineInput } from "../../../src/core/shop/order";

function decimalTotal(market: string, category: string | number | null, line: OrderLineInput, only?: string): number {
  const q = { ...line, market, category };
  return (only === "commission" ? shopCommission(q) : shopFees(q)).breakdown.total.toNumber();
}

describe("the same totals as the Decimal path", () => {
  test.each([
    // US: 6 % referral fee on the order value (docs/functions.md); 6 % of 0.75 = 0.045 → 0.05 (half away from zero).
    ["US", null, { price: 0.75 }, 0.05],
    ["US", null, { price: 19.99, quantity: 3, shipping: 4.5 }, 3.87],
    ["US", null, { price: 100, sellerDiscount: 10, platformDiscount: 5 }, 5.4],
  ] as const)("%s %s %j → %s", (market, category, line, expected) => {
    const schedule = feeSchedule(market, category, null);
    expect(fastShopFeeTotal(schedule, line)).toBe(expected);
    expect(decimalTotal(market, category, line)).toBe(expected);
  });

  test.each([
    ["ID", null],
    ["TH", 0.05],
    ["MY", "Electronics"],
    ["VN", "Electronics"],
    ["UK", null],
    ["JP", null],
    ["US", 0.123456],
  ] as const)("%s %s: fees with caps, fixed fees and VAT on top", (market, category) => {
    const schedule = feeSchedule(market, category, null);
    for (const line of [
      { price: 1234.56, quantity: 7, shipping: 15, sellerDiscount: 100.01, platformDiscount: 20 },
      { price: 99999, quantity: 2 },
      { price: 0.01 },
      { price: 0 },
    ]) {
      expect(fastShopFeeTotal(schedule, line)).toBe(decimalTotal(market, category, line));
      expect(fastShopFeeTotal(schedule, line, "commission")).toBe(decimalTotal(market, category, line, "commission"));
    }
  });

  test("float noise (5 + 3 × 0.37 = 6.109999999999999) is read digit for digit, as Decimal reads it", () => {
    const schedule = feeSchedule("US", null, null);
    for (const price of [
      5 + 3 * 0.37,
      0.1234567891,
      12.030000000000001,
      9.809999999999999,
      0.1 + 0.2,
      123456789.12345679,
      1e-7,
    ]) {
      const minor = fastShopFeeMinor(schedule, { price, quantity: 3 });
      expect(minor).not.toBeNull();
      expect(fastShopFeeTotal(schedule, { price, quantity: 3 })).toBe(decimalTotal("US", null, { price, quantity: 3 }));
    }
  });

  test("past 2^53 the same steps run on BigInt, exactly", () => {
    const schedule = feeSchedule("US", 0.123457, null);
    const line = { price: 999_999_999.99, quantity: 1_000_000_000, shipping: 0.01 };
    const minor = fastShopFeeMinor(schedule, line);
    expect(typeof minor).toBe("bigint");
    const expected = shopFees({ ...line, market: "US", category: 0.123457 }).breakdown.total;
    expect(minor!.toString()).toBe(expected.times(100).toFixed(0));
    expect(fastShopFeeTotal(schedule, line)).toBe(expected.toNumber());
  });
});

describe("what goes to the Decimal path (null)", () => {
  const us = () => feeSchedule("US", null, null);
  test("tiered rates", () => {
    expect(fastShopFeeMinor(feeSchedule("US", "Pre-owned", null), { price: 20000 })).toBeNull();
  });
  test.each<[string, OrderLineInput]>([
    ["price as text", { price: "10" }],
    ["price as a Decimal", { price: new Decimal(10) }],
    ["no price", { price: null }],
    ["negative price", { price: -1 }],
    ["NaN", { price: Number.NaN }],
    ["Infinity", { price: Number.POSITIVE_INFINITY }],
    ["above the largest amount", { price: 2e15 }],
    ["a number whose text is in exponent form", { price: 1.2345678901e-7 }],
    ["fractional quantity", { price: 10, quantity: 1.5 }],
    ["zero quantity", { price: 10, quantity: 0 }],
    ["quantity above 1e9", { price: 10, quantity: 2e9 }],
    ["quantity as text", { price: 10, quantity: "2" }],
    ["shipping as text", { price: 10, shipping: "1" }],
    ["seller discount above the items", { price: 10, sellerDiscount: 10.01 }],
    ["discounts above items and shipping", { price: 10, shipping: 1, sellerDiscount: 6, platformDiscount: 5.01 }],
    ["negative discount", { price: 10, platformDiscount: -1 }],
  ])("%s", (_, line) => {
    expect(fastShopFeeMinor(us(), line)).toBeNull();
    expect(fastShopFeeTotal(us(), line)).toBeNull();
  });
  test("the Decimal path refuses the inputs the fast path refuses as invalid (its message is the one shown)", () => {
    expect(() => shopFees({ price: 10, sellerDiscount: 10.01, market: "US" })).toThrow(/seller_discount/);
    expect(() => shopFees({ price: 10, quantity: 1.5, market: "US" })).toThrow(/whole number/);
  });
});
