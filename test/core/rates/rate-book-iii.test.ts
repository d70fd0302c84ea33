/**
 * Rate book III (issue #22): worked examples from the sources of the new and corrected entries.
 * Each test names the page it comes from.
 */
import { Decimal } from "../../../src/core/decimal";
import { checkBudget, dynamicBudgetRestOfDay, dynamicDailyBudget, minBudget } from "../../../src/core/ads";
import { RATE_BOOK } from "../../../src/core/rates";
import { shopCommission, shopFees, shopProfit } from "../../../src/core/shop";

const s = (d: Decimal) => d.toString();
const total = (r: { breakdown: { total: Decimal } }) => r.breakdown.total.toString();
const line = (r: { breakdown: { lines: readonly { key: string; amount: Decimal }[] } }, key: string) =>
  r.breakdown.lines.find((l) => l.key === key)?.amount.toString();
const keys = (r: { breakdown: { lines: readonly { key: string }[] } }) => r.breakdown.lines.map((l) => l.key);

describe("Thailand", () => {
  test("Mall commission example: THB 1,000 − 100 seller discount = 900 × 8.56 % = 77.04 (https://seller-th.tiktok.com/university/essay?knowledge_id=7485510424282896&lang=en)", () => {
    expect(
      total(
        shopCommission({ price: 1000, sellerDiscount: 100, market: "TH", category: "Mall", commissionRate: 0.0856 }),
      ),
    ).toBe("77.04");
  });

  test("Marketplace commission example: 900 × 7.49 % = 67.41 (https://seller-th.tiktok.com/university/essay?knowledge_id=6837808312370945&lang=en)", () => {
    expect(total(shopCommission({ price: 1000, sellerDiscount: 100, market: "TH", category: 0.0749 }))).toBe("67.41");
  });

  test("Commerce Growth Fee examples: guitar 900 × 6.42 % = 57.78; headphone 20,000 × 5.35 % = 1,070 → capped at 199 (https://seller-th.tiktok.com/university/essay?knowledge_id=4831419884979969&lang=en)", () => {
    expect(line(shopFees({ price: 1000, sellerDiscount: 100, market: "TH", category: 0.0749 }), "growth")).toBe(
      "57.78",
    );
    expect(
      line(shopFees({ price: 20000, market: "TH", category: "Electronics", commissionRate: 0.0428 }), "growth"),
    ).toBe("199");
  });

  test("local sellers' transaction fee from 2026-03-21: (buyer payment + platform subsidy) × 3.21 % (https://www.lemon8-app.com/@marttooltips/7611487284667367956?region=th; base as https://www.heycross.com/article/kwReXerPDmDP9)", () => {
    // Price 1,000 − seller discount 100 − platform discount 50 + shipping 30: the buyer pays 880,
    // the platform's 50 is added back → 930 × 3.21 % = 29.853 → 29.85.
    const q = { price: 1000, sellerDiscount: 100, platformDiscount: 50, shipping: 30, market: "TH", category: 0.0749 };
    const local = shopFees({ ...q, asOf: "2026-03-21" });
    expect(line(local, "transaction")).toBe("29.85");
    // Before the published change the book does not date the local fee: it is not charged there.
    expect(line(shopFees({ ...q, asOf: "2026-03-20" }), "transaction")).toBeUndefined();
  });

  test("a cross-border seller pays the cross-border fee in place of the local one, never both", () => {
    const q = { price: 1000, sellerDiscount: 100, market: "TH", category: 0.0749, asOf: "2026-04-01" };
    const xb = shopFees({ ...q, sellerProfile: { crossBorder: true } });
    expect(keys(xb).filter((k) => k.startsWith("transaction"))).toEqual(["transactionCrossBorder"]);
    expect(line(xb, "transactionCrossBorder")).toBe("28.89");
    expect(keys(shopFees(q)).filter((k) => k.startsWith("transaction"))).toEqual(["transaction"]);
  });

  test("the infrastructure fee is a fee kind, but no source publishes its amount: the book has no entry", () => {
    expect(RATE_BOOK.has("shop", "TH", "infrastructureFee")).toBe(false);
  });
});

describe("Ads budgets (official Ads Help)", () => {
  test("a 31-day ad group needs at least $20 × 31 = $620 (https://ads.tiktok.com/help/article?aid=6712393859751477254)", () => {
    expect(s(minBudget("adgroup", 31).amount)).toBe("620");
    expect(checkBudget("adgroup", 619.99, 31).ok).toBe(false);
  });

  test("Dynamic Daily Budget: $50 a day spends up to $62.50 on one day and at most $350 a week (https://ads.tiktok.com/help/article/about-dynamic-daily-budget)", () => {
    const d = dynamicDailyBudget(50);
    expect([s(d.dayMax), s(d.weekMax)]).toEqual(["62.5", "350"]);
    expect(d.source).toBe("https://ads.tiktok.com/help/article/about-dynamic-daily-budget");
  });

  test("Dynamic Daily Budget set at 9 am: $100 × 15/24 = $62.50 for the rest of the day (https://ads.tiktok.com/help/article/how-to-set-up-a-daily-budget-in-tiktok-ads-manager)", () => {
    expect(s(dynamicBudgetRestOfDay(100, 15))).toBe("62.5");
  });

  test("GMV Max: at least $10 a day, daily only (https://ads.tiktok.com/help/article/how-to-turn-on-max-delivery-optimization-for-a-product-in-your-product-gmv?lang=sv-SE)", () => {
    expect(s(minBudget("GMV Max").amount)).toBe("10");
    expect(checkBudget("gmvmax", 10).ok).toBe(true);
    expect(checkBudget("gmvmax", 9.99).message).toMatch(/GMV Max daily budget must be at least \$10.00/);
    expect(() => minBudget("gmvmax", 7)).toThrow(/daily budget/);
  });
});

describe("new families", () => {
  const value = (market: string, kind: string, category = "*", book: "shop" | "live" = "shop") =>
    RATE_BOOK.resolve({ book, market: market as never, kind: kind as never, category }).value.toString();

  test("MX: a seller without an RFC has IVA 16 % and ISR 20 % withheld (https://www.eleconomista.com.mx/empresas/Para-los-comerciantes-digitales-es-mas-barata-la-formalidad-Alheira-Orozco-de-Mercado-Libre-20200624-0039.html: 16 % + 20 % = 36 %)", () => {
    const q = { price: 1000, market: "MX", asOf: "2025-06-01" };
    const none = shopProfit(q);
    expect(none.withheld.toString()).toBe("0");
    const noRfc = shopProfit({ ...q, sellerProfile: { noTaxId: true } });
    expect(line(noRfc, "vatWithheld")).toBe("-160");
    expect(line(noRfc, "incomeTaxWithheld")).toBe("-200");
    expect(noRfc.withheld.toString()).toBe("360");
  });

  test("US chargeback appeal fee: $10, none on auto-contested orders from 2026-05-29", () => {
    expect(value("US", "chargebackFee")).toBe("10");
    expect(
      RATE_BOOK.resolve({
        book: "shop",
        market: "US",
        kind: "chargebackFee",
        category: "Auto-contested (auction, collectibles, pre-owned)",
        asOf: "2026-06-01",
      }).value.toString(),
    ).toBe("0");
  });

  test("US trading cards: the official 6 %, with the blog's 5 % kept as the alternative", () => {
    const e = RATE_BOOK.entryOf({
      book: "shop",
      market: "US",
      kind: "commission",
      category: "Collectible trading cards",
    })!;
    expect([e.value, e.grade, e.alternatives?.[0].value]).toEqual(["0.06", "A", "0.05"]);
  });

  test("TikTok Series: $0.99–$189.99, paid on the 15th once earnings reach $50 (https://support.tiktok.com/is/business-and-creator/tiktok-series/payments-on-series)", () => {
    expect(
      ["seriesPriceMin", "seriesPriceMax", "seriesPayoutMinimum", "seriesPayoutDay"].map((k) =>
        value("*", k, "*", "live"),
      ),
    ).toEqual(["0.99", "189.99", "50", "15"]);
    expect(value("*", "crpPayoutMinimum", "*", "live")).toBe("50");
  });

  test("AT, BE, NL, PL are markets whose fees no source publishes: #N/A, or the caller's rate", () => {
    for (const m of ["AT", "BE", "NL", "PL"]) {
      expect(() => shopFees({ price: 100, market: m })).toThrow(/No sourced TikTok Shop fees/);
      expect(line(shopFees({ price: 100, market: m, category: 0.09 }), "commission")).toBe("9");
    }
  });

  test("dates from the audit: ES from 2024-12-09, IE known since December 2024, UK £0.50 new from 2025-07-15", () => {
    const first = (m: string, kind: string) => RATE_BOOK.history("shop", m, kind)[0];
    expect([first("ES", "commission").effective, first("ES", "commission").dated]).toEqual(["2024-12-09", "inForce"]);
    expect([first("IE", "commission").effective, first("IE", "commission").dated]).toEqual([
      "2024-12-01",
      "knownSince",
    ]);
    expect(first("UK", "orderFee").introduced).toBe(true);
    expect(line(shopFees({ price: 20, market: "UK", asOf: "2025-07-14" }), "orderFee")).toBeUndefined();
    expect(first("DE", "commission").grade).toBe("B");
  });
});
