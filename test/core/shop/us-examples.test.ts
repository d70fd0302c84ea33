/**
 * United States worked examples. Each test names its public source; numbers are as published.
 */
import { refundAdminFee, shopFees, shopCommission, shopProfit, priceForMargin } from "../../../src/core/shop";

const amount = (r: { breakdown: { total: { toString(): string } } }) => r.breakdown.total.toString();

describe("US referral fee 6 % (https://seller-us.tiktok.com/university/essay?knowledge_id=5982454398175018)", () => {
  // S13/S15 via rates.md W23: $12 T-shirt → $0.72; $50 hoodie → $3.00.
  test("W23: $12 → $0.72 and $50 → $3.00 (https://luminushub.com/tiktok-shop-fees-2025-complete-cost-breakdown-best-practices)", () => {
    expect(amount(shopFees({ price: 12, market: "US" }))).toBe("0.72");
    expect(amount(shopFees({ price: 50, market: "US" }))).toBe("3");
  });

  test("the fee is the referral fee alone: no separate processing line since April 2023", () => {
    const r = shopFees({ price: 100, market: "US" });
    expect(r.breakdown.lines.map((l) => l.key)).toEqual(["commission"]);
    expect(amount(r)).toBe("6");
  });

  test("X3: platform discounts are added back into the base, seller discounts are not (official rule, not 10100.com)", () => {
    // $50 list, $10 platform coupon, $5 store coupon: official = 6 % × (35 + 10) = $2.70, not $1.75.
    const r = shopCommission({ price: 50, sellerDiscount: 5, platformDiscount: 10, market: "US" });
    expect(amount(r)).toBe("2.7");
  });

  test("buyer-paid shipping is part of the base", () => {
    expect(amount(shopFees({ price: 20, shipping: 5, market: "US" }))).toBe("1.5");
  });

  test("pre-owned: 5 % up to $10,000 and 3 % above (https://fitsmallbusiness.com/how-much-does-tiktok-shop-take)", () => {
    expect(amount(shopFees({ price: 12000, market: "US", category: "pre-owned" }))).toBe("560");
    expect(amount(shopFees({ price: 8000, market: "usa", category: "Pre-Owned" }))).toBe("400");
  });
});

describe("US history by as-of date (https://www.valueaddedresource.net/tiktok-shop-major-fee-hike-in-2024/)", () => {
  test("W24: on a $20 base, 2.9 % + $0.30 before April 2023 → $0.88; 2 % + $0.30 in early 2024 → $0.70", () => {
    expect(amount(shopFees({ price: 20, market: "US", asOf: "2023-01-15" }))).toBe("0.88");
    expect(amount(shopFees({ price: 20, market: "US", asOf: "2024-03-31" }))).toBe("0.7");
    expect(amount(shopFees({ price: 20, market: "US", asOf: "2024-04-01" }))).toBe("1.2");
  });

  test("a date before the rate book is #N/A, not a guess", () => {
    expect(() => shopFees({ price: 20, market: "US", asOf: "2020-01-01" })).toThrow(/before 2022-11-01/);
  });
});

describe("US refund administration fee (rule S01; examples https://myecomsuite.com/tiktok-shop-refund-administration-fee)", () => {
  test.each([
    [40, "0.48"],
    [400, "4.8"],
    [500, "5"],
    [2000, "5"],
  ])("W19: $%d item → %s", (price, fee) => {
    expect(amount(refundAdminFee({ price, market: "US" }))).toBe(fee);
  });

  test("W20: $50 item → $0.60 (https://hyperfocus.tech/resources/tiktok-shop-returns-disputes)", () => {
    expect(amount(refundAdminFee({ price: 50, market: "US" }))).toBe("0.6");
  });
});

describe("US profit with affiliate commission", () => {
  // W21 (https://e-commerce-fee-calculator.pages.dev/blog/tiktok-shop-affiliate-commission-rates-2026):
  // $50 sale, COGS $20, referral 6 % ($3.00); affiliate 5/10/15 % → commission 2.50/5.00/7.50, profit 24.50/22.00/19.50.
  test.each([
    [0.05, "-2.5", "24.5"],
    [0.1, "-5", "22"],
    [0.15, "-7.5", "19.5"],
  ])("W21: affiliate %d → commission %s, profit %s", (rate, commission, profit) => {
    const r = shopProfit({ price: 50, market: "US", unitCost: 20, affiliateRate: rate });
    expect(r.breakdown.lines.find((l) => l.key === "affiliate")?.amount.toString()).toBe(commission);
    expect(r.platformFees.toString()).toBe("3");
    expect(r.profit.toString()).toBe(profit);
  });

  // W22 (https://www.blog.jonathansnow.com/p/determine-commission-offer-tiktok-shop-affiliates):
  // $100 product, $20 COGS, $6 seller fees, affiliate 10..50 % → contribution 64/54/44/34/24.
  test.each([
    [0.1, "64"],
    [0.2, "54"],
    [0.3, "44"],
    [0.4, "34"],
    [0.5, "24"],
  ])("W22: affiliate %d → contribution %s", (rate, contribution) => {
    expect(shopProfit({ price: 100, market: "US", unitCost: 20, affiliateRate: rate }).profit.toString()).toBe(
      contribution,
    );
  });

  test("net proceeds = revenue − TikTok fees − affiliate; margin = profit ÷ revenue", () => {
    const r = shopProfit({ price: 100, market: "US", unitCost: 20, affiliateRate: 0.1 });
    expect(r.netProceeds.toString()).toBe("84");
    expect(r.margin?.toString()).toBe("0.64");
  });

  test("X2: payout before other costs on $100 is $94.00, not $91.10 (no separate 2.9 % processing)", () => {
    expect(shopProfit({ price: 100, market: "US" }).netProceeds.toString()).toBe("94");
  });

  test("returns allowance: r × (revenue − refunded fees − affiliate − cost + refund admin fee)", () => {
    // $50, cost 20, 10 % returns: referral 3 refunded, RAF 0.60 → 0.1 × (50 − 3 − 0 − 20 + 0.6) = 2.76
    const r = shopProfit({ price: 50, market: "US", unitCost: 20, returnRate: 0.1 });
    expect(r.breakdown.lines.find((l) => l.key === "returns")?.amount.toString()).toBe("-2.76");
    expect(r.profit.toString()).toBe("24.24");
  });
});

describe("US reverse pricing", () => {
  test("price for a 30 % margin with $20 cost: 0.64·p = 20 gives 31.25, but its fee rounds up to 1.88, so 31.26", () => {
    const s = priceForMargin({ market: "US", unitCost: 20 }, 0.3);
    // At 31.25 the referral fee 1.875 rounds to 1.88 and the margin is 29.98 %; at 31.26 it is 30.01 %.
    expect(s.price.toString()).toBe("31.26");
    expect(s.result.margin?.greaterThanOrEqualTo(0.3)).toBe(true);
  });

  test("crosses the pre-owned tier: 5 % to $10,000 then 3 %", () => {
    // margin 10 %, cost 8,000: below 10k: 0.85 p = 8000 → p = 9411.77 (< 10000) ✓
    const s = priceForMargin({ market: "US", category: "Pre-owned", unitCost: 8000 }, 0.1);
    expect(s.price.toString()).toBe("9411.77");
    // cost 9,000: 0.85 p = 9000 → 10588.2 > 10000, so on the 3 % part: p − 500 − 0.03(p − 10000) − 0.1p = 9000 → 0.87p = 9200
    const t = priceForMargin({ market: "US", category: "Pre-owned", unitCost: 9000 }, 0.1);
    expect(t.price.toString()).toBe("10574.72");
  });
});
