/**
 * Fees some sellers pay and taxes withheld from the settlement, chosen by the seller profile
 * (issue #13, "Fee families the book lacks"). Worked examples follow the sources' rules.
 */
import { shopFees } from "../../../src/core/shop/fees";
import { shopProfit } from "../../../src/core/shop/profit";

const line = (r: { breakdown: { lines: readonly { key: string; amount: { toString(): string } }[] } }, key: string) =>
  r.breakdown.lines.find((l) => l.key === key)?.amount.toString();

describe("VN: VAT 1 % + PIT 0.5 % withheld for households and individuals from 2025-07-01", () => {
  // https://regfollower.com/vietnam-launches-new-tax-rules-for-e-commerce-and-digital-platform-sellers
  const order = { price: 1000000, market: "VN", category: 0.1, asOf: "2025-08-01" } as const;

  test("goods revenue 1,000,000 ₫ → 10,000 ₫ VAT + 5,000 ₫ PIT withheld; in net proceeds and profit, not in the fees", () => {
    const r = shopProfit(order);
    expect(line(r, "vatWithheld")).toBe("-10000");
    expect(line(r, "pitWithheld")).toBe("-5000");
    const noTax = shopProfit({ ...order, sellerProfile: { sellerType: "business" } });
    expect(r.withheld.toString()).toBe("15000");
    expect(r.settlement.toString()).toBe(r.netProceeds.minus(15000).toString());
    expect(r.profit.minus(noTax.profit).toString()).toBe("-15000");
    expect(noTax.settlement.equals(noTax.netProceeds)).toBe(true);
    expect(line(shopFees(order), "vatWithheld")).toBeUndefined();
  });

  test("nothing withheld before 2025-07-01 or for a tax-registered organisation", () => {
    expect(line(shopProfit({ ...order, asOf: "2025-06-30" }), "vatWithheld")).toBeUndefined();
    expect(line(shopProfit({ ...order, sellerProfile: { sellerType: "business" } }), "pitWithheld")).toBeUndefined();
  });
});

describe("ID PPh 22 and PH creditable withholding above the thresholds", () => {
  test("ID: 0.5 % of turnover above Rp500m a year: Rp1,000,000 → Rp5,000 (https://www.sanyangtaxconsultants.com/?p=130345)", () => {
    const q = { price: 1000000, market: "ID", category: 0.05, asOf: "2025-08-01" } as const;
    expect(line(shopProfit({ ...q, sellerProfile: { aboveTaxThreshold: true } }), "incomeTaxWithheld")).toBe("-5000");
    expect(line(shopProfit(q), "incomeTaxWithheld")).toBeUndefined();
  });

  test("PH: 1 % of one-half of gross remittances above ₱500,000: ₱10,000 → ₱50 (https://gppcpas.com.ph/2024/01/revenue-memorandum-circular-no-8-2024/)", () => {
    const q = { price: 10000, market: "PH", category: 0.05, asOf: "2024-06-01" } as const;
    expect(line(shopProfit({ ...q, sellerProfile: { aboveTaxThreshold: true } }), "incomeTaxWithheld")).toBe("-50");
    expect(
      line(shopProfit({ ...q, asOf: "2024-01-10", sellerProfile: { aboveTaxThreshold: true } }), "incomeTaxWithheld"),
    ).toBeUndefined();
  });
});

describe("fees only some sellers pay", () => {
  test("ID Mall shops: 1.8 % capped at Rp50,000 per item (https://seller-id.tokopedia.com/university/essay?knowledge_id=7753828090824449&lang=en)", () => {
    const q = { market: "ID", category: 0.05, asOf: "2025-08-01", sellerProfile: { mall: true } } as const;
    expect(line(shopFees({ ...q, price: 100000 }), "mallService")).toBe("1800");
    expect(line(shopFees({ ...q, price: 5000000 }), "mallService")).toBe("50000");
    expect(line(shopFees({ ...q, price: 100000, sellerProfile: {} }), "mallService")).toBeUndefined();
  });

  test("ID pre-order programme: 3 % (https://pandustoreid.com/tesla-2025)", () => {
    const r = shopFees({
      price: 100000,
      market: "ID",
      category: 0.05,
      asOf: "2025-10-15",
      sellerProfile: { programmes: ["preOrder"] },
    });
    expect(line(r, "preOrderService")).toBe("3000");
  });

  test("TH cross-border: 3.21 % of the buyer payment, and from 2026-03-21 with the platform subsidy added back (https://www.heycross.com/article/kwReXerPDmDP9)", () => {
    const q = {
      price: 1000,
      platformDiscount: 100,
      market: "TH",
      category: 0.05,
      sellerProfile: { crossBorder: true },
    } as const;
    // Before: (1,000 − 100) × 3.21 % = 28.89; from 2026-03-21: (900 + 100) × 3.21 % = 32.10.
    expect(line(shopFees({ ...q, asOf: "2026-03-20" }), "transactionCrossBorder")).toBe("28.89");
    expect(line(shopFees({ ...q, asOf: "2026-03-21" }), "transactionCrossBorder")).toBe("32.1");
    expect(line(shopFees({ ...q, asOf: "2026-03-21", sellerProfile: {} }), "transactionCrossBorder")).toBeUndefined();
  });

  test("US sales tax on referral fees from 2025-11-01 at the state's rate: $692.07 referral fee at 6.245 % → $43.22 (real US statement)", () => {
    // 692.07 / 0.06 = 11,534.50 of order value.
    const q = {
      price: 11534.5,
      market: "US",
      asOf: "2025-11-01",
      sellerProfile: { feeSalesTaxRate: 0.06245 },
    } as const;
    const r = shopFees(q);
    expect(line(r, "commission")).toBe("692.07");
    expect(line(r, "commissionVat")).toBe("43.22");
    expect(r.breakdown.lines.find((l) => l.key === "commissionVat")?.label).toBe("Sales tax on referral fees");
    expect(line(shopFees({ ...q, asOf: "2025-10-31" }), "commissionVat")).toBeUndefined();
  });
});

describe("TH: your commission rate and the category group together", () => {
  test("electronics at your 5 % commission pay the 5.35 % growth fee, not 6.42 %: 900 × 5.35 % = 48.15 (https://seller-th.tiktok.com/university/essay?knowledge_id=4831419884979969&lang=en)", () => {
    const q = { price: 1000, sellerDiscount: 100, market: "TH" } as const;
    const electronics = shopFees({ ...q, category: "Electronics", commissionRate: 0.05 });
    expect(line(electronics, "commission")).toBe("45");
    expect(line(electronics, "growth")).toBe("48.15");
    expect(electronics.schedule.category).toBe("Electronics (custom rate)");
    // The rate alone keeps the default group: 900 × 6.42 % = 57.78 (the official example).
    expect(line(shopFees({ ...q, category: 0.05 }), "growth")).toBe("57.78");
    expect(() => shopFees({ ...q, category: 0.05, commissionRate: 0.05 })).toThrow(/once/);
  });
});
