/**
 * Worked examples from public sources, market by market (rates.md §4). Each test names its source.
 */
import { billableWeightLb, fbtFee, shopCommission, shopFees, shopProfit } from "../../../src/core/shop";

const total = (r: { breakdown: { total: { toString(): string } } }) => r.breakdown.total.toString();
const line = (r: { breakdown: { lines: readonly { key: string; amount: { toString(): string } }[] } }, key: string) =>
  r.breakdown.lines.find((l) => l.key === key)?.amount.toString();

describe("United Kingdom", () => {
  test("W3 (conflict noted): £50 item, £5 shipping, £2 TikTok discount at 9 % → £4.95, not the source's £4.77", () => {
    // https://tiksly.com/?p=19175 takes the TikTok discount out of the base (£53 → £4.77). The UK
    // rule (https://docs.m2ecloud.com/docs/tiktok-shop-seller-fees-uk/) adds platform discounts
    // back: 9 % × (48 paid + 5 shipping + 2 platform discount) = £4.95. The add-in follows the rule.
    expect(total(shopCommission({ price: 50, shipping: 5, platformDiscount: 2, market: "UK" }))).toBe("4.95");
  });

  test("W4: item 20 + buyer shipping 2.99 at 9 % → 2.07 (https://www.edesk.com/blog/how-much-does-it-cost-to-sell-on-tiktok-shop-uk)", () => {
    expect(total(shopCommission({ price: 20, shipping: 2.99, market: "UK" }))).toBe("2.07");
  });

  test("W2: computer £1,500 with £200 platform discount and £50 shipping at 5 % → £77.50 (https://docs.m2ecloud.com/docs/tiktok-shop-seller-fees-uk/)", () => {
    expect(
      total(
        shopCommission({ price: 1500, shipping: 50, platformDiscount: 200, market: "UK", category: "Electronics" }),
      ),
    ).toBe("77.5");
  });

  test("history: 5 % until 2024-09-01, 9 % from 2024-09-02; £0.50 seller-shipped fee from 2025-07-15", () => {
    expect(total(shopFees({ price: 100, market: "GB", asOf: "2024-09-01" }))).toBe("5");
    expect(total(shopFees({ price: 100, market: "uk", asOf: "2024-09-02" }))).toBe("9");
    expect(total(shopFees({ price: 100, market: "UK", asOf: "2025-07-14" }))).toBe("9");
    expect(total(shopFees({ price: 100, market: "UK", asOf: "2025-07-15" }))).toBe("9.5");
  });

  test("X1: on £2,000 goods + £200 shipping the commission is £198, not the £180 a VAT blog implies", () => {
    expect(total(shopCommission({ price: 2000, shipping: 200, market: "UK" }))).toBe("198");
  });
});

describe("EU (DE, FR, IT, ES, IE)", () => {
  test("5 % → 9 % on 2026-01-08, 7 % electronics, 4 % new sellers (https://www.ecommerce-nation.fr/tiktok-shop-les-commissions-doublent-janvier-2026)", () => {
    for (const m of ["DE", "FR", "IT", "ES", "IE"]) {
      expect(total(shopFees({ price: 100, market: m, asOf: "2026-01-07" }))).toBe("5");
      expect(total(shopFees({ price: 100, market: m, asOf: "2026-01-08" }))).toBe("9");
      expect(total(shopFees({ price: 100, market: m, category: "electronics" }))).toBe("7");
      expect(total(shopFees({ price: 100, market: m, category: "New seller (first 60 days)" }))).toBe("4");
    }
  });

  test("W4 (FR/ES): 20 + 2.99 shipping at 9 % ≈ 2.07 (https://www.edesk.com/blog/how-much-does-it-cost-to-sell-on-tiktok-shop-uk)", () => {
    expect(total(shopFees({ price: 20, shipping: 2.99, market: "FR" }))).toBe("2.07");
  });

  test("France before its launch on 2025-03-31 is #N/A, not a guess", () => {
    expect(() => shopFees({ price: 20, market: "FR", asOf: "2025-03-30" })).toThrow(/before 2025-03-31/);
  });
});

describe("Indonesia", () => {
  test("W10: IDR 100,000 at 2 % → 2,000 + 220 VAT = 2,220; at 80,000 → 1,600 + 176 (https://seller-id.tokopedia.com/university/essay?knowledge_id=12060130739970&lang=en)", () => {
    const r = shopCommission({ price: 100000, market: "ID", category: 0.02, asOf: "2025-03-06" });
    expect(line(r, "commission")).toBe("2000");
    expect(line(r, "commissionVat")).toBe("220");
    expect(total(r)).toBe("2220");
    expect(
      total(shopCommission({ price: 100000, sellerDiscount: 20000, market: "ID", category: 0.02, asOf: "2025-03-06" })),
    ).toBe("1776");
  });

  test("2023 table: beauty 4.3 % + VAT on (price − seller discount), shipping excluded (https://katadata.co.id/…/tiktok-shop-menaikkan-biaya-admin-penjual-besok)", () => {
    const r = shopFees({ price: 200000, shipping: 15000, market: "ID", category: "Beauty", asOf: "2024-06-01" });
    expect(line(r, "commission")).toBe("8600");
    expect(line(r, "commissionVat")).toBe("946");
  });

  test("from 2025-10-01: 6.97 % outside the table, Rp1,250 per order (from 2025-08-11), 8 % for discounted 10 % subcategories, plus the compulsory dynamic commission", () => {
    const r = shopFees({ price: 100000, market: "ID", asOf: "2025-10-15" });
    expect(line(r, "commission")).toBe("6970");
    expect(line(r, "orderFee")).toBe("1250");
    // Dynamic commission 4–5.5 % by cluster, top used: 5,500 (seller-id.tokopedia.com knowledge_id 7753828090824449).
    expect(line(r, "dynamicCommission")).toBe("5500");
    expect(
      total(shopFees({ price: 100000, market: "ID", category: "10% subcategories (discounted)", asOf: "2025-10-15" })),
    ).toBe("14750");
  });

  test("dynamic commission from 2025-06-10, capped at Rp40,000 per item (https://seller-id.tokopedia.com/university/essay?knowledge_id=7753828090824449&lang=en)", () => {
    expect(
      line(shopFees({ price: 100000, market: "ID", category: 0.05, asOf: "2025-06-09" }), "dynamicCommission"),
    ).toBeUndefined();
    // Rp1,000,000 × 5.5 % = 55,000 → capped at 40,000; two items → 80,000.
    expect(
      line(shopFees({ price: 1000000, market: "ID", category: 0.05, asOf: "2025-07-01" }), "dynamicCommission"),
    ).toBe("40000");
    expect(
      line(
        shopFees({ price: 1000000, quantity: 2, market: "ID", category: 0.05, asOf: "2025-07-01" }),
        "dynamicCommission",
      ),
    ).toBe("80000");
  });

  test("order processing fee Rp1,250 once per order, however many items: Rp13,000,000 of guitars or 4 clothing items at Rp800,000 (https://teknologi.bisnis.com/read/20250811/266/1901232/)", () => {
    const r = shopFees({ price: 13000000, quantity: 1, market: "ID", category: 0.05, asOf: "2025-08-11" });
    expect(line(r, "orderFee")).toBe("1250");
    expect(
      line(shopFees({ price: 200000, quantity: 4, market: "ID", category: 0.05, asOf: "2025-08-11" }), "orderFee"),
    ).toBe("1250");
    expect(
      line(shopFees({ price: 100000, market: "ID", category: 0.05, asOf: "2025-08-10" }), "orderFee"),
    ).toBeUndefined();
  });

  test("the 2026 table is in force from 2026-02-13 (official page), not 2026-02-11: the two days between are #N/A (https://seller-id.tokopedia.com/university/essay?knowledge_id=5411650459305729&lang=en)", () => {
    const category = "10% subcategories (discounted)";
    expect(line(shopFees({ price: 100000, market: "ID", category, asOf: "2026-02-10" }), "commission")).toBe("8000");
    expect(() => shopFees({ price: 100000, market: "ID", category, asOf: "2026-02-11" })).toThrow(
      /in force on 2026-02-11/,
    );
    expect(() => shopFees({ price: 100000, market: "ID", category, asOf: "2026-02-13" })).toThrow(/not public/);
  });

  test("a category whose new rate is only in Seller Center is #N/A with what to do", () => {
    expect(() => shopFees({ price: 100000, market: "ID", category: "Beauty" })).toThrow(
      /not public.*pass your rate as a number/,
    );
  });
});

describe("Malaysia", () => {
  test("W11: RM500 − RM50 seller discount at 8.10 % → RM36.45 (https://bigseller.com/blog/articleDetails/3033/TikTok-Shop-Seller-Fees-in-Malaysia-(2025).htm)", () => {
    expect(total(shopCommission({ price: 500, sellerDiscount: 50, market: "MY", category: 0.081 }))).toBe("36.45");
  });

  test("transaction fee 2.16 % → 3.78 % on 2024-09-05, on the payment incl. shipping (https://www.thestar.com.my/tech/2024/08/22/…)", () => {
    const before = shopFees({ price: 100, shipping: 10, market: "MY", category: "Fashion", asOf: "2024-09-04" });
    const after = shopFees({ price: 100, shipping: 10, market: "MY", category: "Fashion", asOf: "2024-09-05" });
    expect(line(before, "transaction")).toBe("2.38");
    expect(line(after, "transaction")).toBe("4.16");
    expect(line(after, "commission")).toBe("10.26");
  });

  test("RM0.54 platform support fee per delivered order from 2026-02-15", () => {
    expect(line(shopFees({ price: 100, market: "MY", category: "Fashion", asOf: "2026-02-15" }), "orderFee")).toBe(
      "0.54",
    );
    expect(
      line(shopFees({ price: 100, market: "MY", category: "Fashion", asOf: "2026-02-14" }), "orderFee"),
    ).toBeUndefined();
  });
});

describe("Thailand", () => {
  test("W7/W8: 900 at Marketplace 7.49 % → 67.41; Mall 8.56 % → 77.04 (https://seller-th.tiktok.com/university/essay?knowledge_id=6837808312370945&lang=en)", () => {
    expect(total(shopCommission({ price: 900, market: "TH", category: 0.0749 }))).toBe("67.41");
    expect(total(shopCommission({ price: 900, market: "TH", category: 0.0856 }))).toBe("77.04");
  });

  test("Commerce Growth Fee 6.42 %, capped at THB 199 per item (https://seller-th.tiktok.com/university/essay?knowledge_id=4831419884979969&lang=en)", () => {
    expect(line(shopFees({ price: 900, market: "TH", category: 0.0749 }), "growth")).toBe("57.78");
    expect(line(shopFees({ price: 5000, quantity: 2, market: "TH", category: 0.0749 }), "growth")).toBe("398");
  });
});

describe("Vietnam", () => {
  test("W18: VND 1,550,000 → 62,000 at 4 %, 186,000 at 12 % after 2025-07-18 (https://giadinh.suckhoedoisong.vn/…172250811165257475.htm)", () => {
    expect(total(shopCommission({ price: 1550000, market: "VN", asOf: "2025-05-01" }))).toBe("62000");
    expect(total(shopCommission({ price: 1550000, market: "VN", category: "Fashion", asOf: "2025-08-01" }))).toBe(
      "186000",
    );
  });

  test("VND 3,000 order processing fee from 2025-10-27", () => {
    expect(line(shopFees({ price: 300000, market: "VN", category: "Fashion", asOf: "2025-10-27" }), "orderFee")).toBe(
      "3000",
    );
  });
});

describe("Philippines", () => {
  test("W16: transaction fee 2 % on a ₱10,000 payment → ₱200 (https://www.bigseller.com/blog/articleDetails/276/Transaction-Fees-on-TikTok-Shop-Philippines-2023.htm)", () => {
    expect(line(shopFees({ price: 10000, market: "PH", category: 0, asOf: "2023-03-01" }), "transaction")).toBe("200");
  });

  test("2.24 % from 2023-06-01; PHP 3 order fee from 2025-12-01; fashion accessories 7 %", () => {
    const r = shopFees({ price: 1000, market: "PH", category: "Fashion Accessories" });
    expect(line(r, "commission")).toBe("70");
    expect(line(r, "transaction")).toBe("22.4");
    expect(line(r, "orderFee")).toBe("3");
  });
});

describe("Singapore", () => {
  test("W13: SGD 20 − 2 seller discount at 4.905 % → 0.88 (https://sitegiant.asia/blog/2025-tiktok-shop-commission-transaction-fees-for-singapore-sellers)", () => {
    expect(total(shopCommission({ price: 20, sellerDiscount: 2, market: "SG", asOf: "2025-03-01" }))).toBe("0.88");
  });

  test("W14: transaction fee 2.18 % on 500 − 50 + 80 = 530 → 11.55 (same source)", () => {
    expect(
      line(shopFees({ price: 500, sellerDiscount: 50, shipping: 80, market: "SG", asOf: "2025-03-01" }), "transaction"),
    ).toBe("11.55");
  });
});

describe("Mexico and Japan", () => {
  test("6 % in Mexico, 7 % in Japan (whole yen)", () => {
    expect(total(shopFees({ price: 299, market: "MX" }))).toBe("17.94");
    expect(total(shopFees({ price: 1999, market: "JP" }))).toBe("140");
  });
});

test("profit in a market with a per-order fee counts it once per order, not per unit", () => {
  const r = shopProfit({ price: 50000, quantity: 3, market: "ID", unitCost: 20000 });
  expect(r.breakdown.lines.filter((l) => l.key === "orderFee").map((l) => l.amount.toString())).toEqual(["-1250"]);
});

describe("Fulfilled by TikTok", () => {
  test("UK tiers by box and weight (https://mergoio.com/profitCalculator.html)", () => {
    expect(fbtFee("UK", 0.4, 30, 20, 3).tier).toBe("XS");
    expect(fbtFee("UK", 0.4, 3, 30, 20, 2).fee.toString()).toBe("1.56");
    expect(fbtFee("UK", 5, 45, 35, 25).perItem.toString()).toBe("1.8");
    expect(fbtFee("GB", 20, 60, 40, 40).tier).toBe("L");
    expect(() => fbtFee("UK", 40, 60, 40, 40)).toThrow(/No UK FBT tier takes/);
  });

  test("US: billable weight is the greater of actual and L × W × H ÷ 166; the fee table is not public (https://seller-us.tiktok.com/university/essay?default_language=en&identity=1&knowledge_id=5080349546170155)", () => {
    // W26: an item of 3 lb with 9.64 lb dimensional weight is billed on 9.64 lb.
    expect(billableWeightLb(3, 10, 10, 16).toString()).toBe("9.64");
    expect(billableWeightLb(12, 10, 10, 16).toString()).toBe("12");
    expect(() => fbtFee("US", 1, 20, 10, 5)).toThrow(/not public.*\$3\.58/);
  });
});
