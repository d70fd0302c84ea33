/** Ads: billing, budgets, funnel, premium formats, sponsorships — public worked examples and invariants. */
import fc from "fast-check";
import { Decimal } from "../../../src/core/decimal";
import {
  adBenchmark,
  adCost,
  adVolume,
  breakEvenRoas,
  checkBudget,
  funnel,
  learningBudget,
  maxCpa,
  minBudget,
  reachEstimate,
  roas,
  sponsorshipCpm,
  sponsorshipPrice,
} from "../../../src/core/ads";
import { RATE_BOOK } from "../../../src/core/rates";
import { runs } from "../../support/runs";

const s = (d: Decimal | null) => (d === null ? null : d.toString());

describe("billing models (https://ads.tiktok.com/help/article/bidding-methods?lang=en)", () => {
  test("A4: CPM $10, 5,000 impressions → $50 (https://uniworldstudios.com/blog/how-much-should-tiktok-ads-cost)", () => {
    expect(s(adCost("CPM", 5000, 10).cost)).toBe("50");
    expect(s(adCost("oCPM", 5000, 10).cost)).toBe("50");
  });

  test("CPC and CPV are per click and per focused view", () => {
    expect(s(adCost("CPC", 1200, 0.8).cost)).toBe("960");
    expect(s(adCost("cpv", 10000, 0.03).cost)).toBe("300");
  });

  test("default rates come from dated benchmarks: CPM $8.00, by industry where sources give it", () => {
    const c = adCost("CPM", 100000);
    expect(s(c.cost)).toBe("800");
    expect(c.rate.entry?.source).toMatch(/calculatecreator/);
    expect(s(adCost("CPM", 100000, null, "finance").cost)).toBe("1350");
    const b = adBenchmark("CPM", "E-commerce");
    expect([s(b.low), s(b.typical), s(b.high)]).toEqual(["6", "9", "12"]);
  });

  test("CPV and premium formats without a public price ask for a rate", () => {
    expect(() => adCost("CPV", 1000)).toThrow(/No reliable public CPV benchmark/);
    expect(() => adCost("BrandTakeover", 1)).toThrow(/no public price/);
    expect(() => adCost("TopView", 1)).toThrow(/reserved at a CPM/);
    expect(s(adCost("TopView", 2, 50000).cost)).toBe("100000");
  });

  test("Branded Hashtag Challenge: from $150,000 for 6 days, pro rata beyond (https://www.stackmatix.com/blog/tiktok-branded-hashtag-challenge-guide)", () => {
    expect(s(adCost("HashtagChallenge", 6).cost)).toBe("150000");
    expect(s(adCost("BHC", 3).cost)).toBe("150000");
    expect(s(adCost("Hashtag Challenge", 12).cost)).toBe("300000");
  });

  test("volume a budget buys", () => {
    expect(s(adVolume("CPM", 50, 10).volume)).toBe("5000");
    expect(s(adVolume("CPC", 100, 0.3).volume)).toBe("333");
    expect(() => adVolume("HashtagChallenge", 100000)).toThrow(/flat price/);
  });

  test("unknown models and bad volumes say what to fix", () => {
    expect(() => adCost("CPX", 10)).toThrow(/Unknown billing model or format "CPX"/);
    expect(() => adCost("CPM", -10)).toThrow(/volume is negative/);
    expect(() => adCost("CPM", 10.5)).toThrow(/volume must be a whole number/);
    expect(() => adCost("CPM", 1000, 0)).toThrow(/rate is zero/);
    expect(() => adCost("CPM", 1000, null, "Fishing")).toThrow(/Unknown industry/);
  });
});

describe("minimum budgets (https://ads.tiktok.com/help/article/budget?lang=en)", () => {
  test("campaign daily and lifetime must exceed $50; ad group daily must exceed $20", () => {
    expect(s(minBudget("campaign").amount)).toBe("50");
    expect(s(minBudget("adgroup").amount)).toBe("20");
    expect(checkBudget("campaign", 50).ok).toBe(false);
    expect(checkBudget("campaign", 50.01).ok).toBe(true);
    expect(checkBudget("adgroup", 15).message).toMatch(/must be more than \$20.00; \$15.00 is \$5.00 short/);
  });

  test("the official 31-day ad group lifetime minimum is $20 × 31 = $620", () => {
    expect(s(minBudget("adgroup", 31).amount)).toBe("620");
    expect(checkBudget("adgroup", 620, 31).ok).toBe(true);
    expect(checkBudget("ad group", 619.99, 31).ok).toBe(false);
  });

  test("learning-phase budget: 50 × CPA for shallow goals, $100 without a CPA (https://ads.tiktok.com/help/article?aid=744163857974606118)", () => {
    expect(s(learningBudget("shallow", 12))).toBe("600");
    expect(s(learningBudget("shallow"))).toBe("100");
    expect(s(learningBudget("install", 3))).toBe("60");
    expect(s(learningBudget("deep"))).toBe("200");
    expect(() => learningBudget("medium")).toThrow(/Unknown conversion depth/);
  });
});

describe("funnel and returns", () => {
  test("budget → impressions → clicks → conversions → revenue → ROAS, profit", () => {
    const f = funnel({ budget: 1000, cpm: 8, ctr: 0.009, cvr: 0.02, aov: 45, margin: 0.4 });
    expect(s(f.impressions)).toBe("125000");
    expect(s(f.clicks)).toBe("1125");
    expect(s(f.conversions)).toBe("22.5");
    expect(s(f.revenue)).toBe("1012.5");
    expect(s(f.roas)).toBe("1.0125");
    expect(s(f.cpa)).toBe("44.44");
    expect(s(f.profit)).toBe("-595");
  });

  test("A2 (legacy oCPC): $50 spend bringing 5 bookings is $10 per result (https://ads.tiktok.com/help/article?aid=6712334968997019653)", () => {
    const f = funnel({ budget: 50, cpm: 10, ctr: 0.05, cvr: 0.02, aov: 30 });
    expect(s(f.conversions)).toBe("5");
    expect(s(f.cpa)).toBe("10");
  });

  test("ROAS, break-even ROAS = 1 / margin, highest CPA for a target margin", () => {
    expect(s(roas(400, 100))).toBe("4");
    expect(s(breakEvenRoas(0.25))).toBe("4");
    expect(s(breakEvenRoas(0.3))).toBe("3.3333");
    expect(() => breakEvenRoas(0)).toThrow(/no ROAS breaks even/);
    expect(() => breakEvenRoas(-0.1)).toThrow(/no ROAS breaks even/);
    expect(s(maxCpa(50, 0.4, 0.15))).toBe("12.5");
    expect(() => maxCpa(50, 0.2, 0.25)).toThrow(/not below the margin/);
  });

  test("reach = impressions / frequency", () => {
    expect(s(reachEstimate(1000000, 2.5))).toBe("400000");
    expect(() => reachEstimate(1000, 0.5)).toThrow(/at least 1/);
  });
});

describe("sponsorships (https://price-estimator.impulze.ai/how-it-works)", () => {
  test("100k followers, 5 % engagement → 100 × $10 × 2.0 = $2,000 (±15 %)", () => {
    const e = sponsorshipPrice({ followers: 100000, engagementRate: 0.05 });
    expect([s(e.low), s(e.typical), s(e.high)]).toEqual(["1700", "2000", "2300"]);
  });

  test("the engagement multiplier is held between 0.6× and 2.2×; content types multiply", () => {
    expect(s(sponsorshipPrice({ followers: 100000, engagementRate: 0.2 }).typical)).toBe("2200");
    expect(s(sponsorshipPrice({ followers: 100000, engagementRate: 0.001 }).typical)).toBe("600");
    expect(s(sponsorshipPrice({ followers: 100000, contentType: "spark ad" }).typical)).toBe("1550");
    expect(() => sponsorshipPrice({ followers: 1000, contentType: "podcast" })).toThrow(/Unknown content type/);
  });

  test("effective CPM of a sponsorship, comparable with in-feed CPM", () => {
    expect(s(sponsorshipCpm(2000, 250000))).toBe("8");
  });
});

describe("properties", () => {
  test("cost never falls when volume rises", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("CPM", "oCPM", "CPC"),
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 1, max: 5000 }),
        (model, v, extra, cents) => {
          const rate = new Decimal(cents).dividedBy(100);
          expect(adCost(model, v + extra, rate).cost.greaterThanOrEqualTo(adCost(model, v, rate).cost)).toBe(true);
        },
      ),
      runs(10000),
    );
  });

  test("budget → volume → cost stays within the budget, and one more unit would exceed it (within a cent)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("CPM", "CPC"),
        fc.integer({ min: 0, max: 1e8 }),
        fc.integer({ min: 1, max: 5000 }),
        (model, budgetCents, rateCents) => {
          const budget = new Decimal(budgetCents).dividedBy(100);
          const rate = new Decimal(rateCents).dividedBy(100);
          const { volume } = adVolume(model, budget, rate);
          const cost = adCost(model, volume, rate).cost;
          expect(cost.lessThanOrEqualTo(budget.plus("0.01"))).toBe(true);
          expect(adCost(model, volume.plus(1), rate).cost.greaterThanOrEqualTo(budget.minus("0.01"))).toBe(true);
        },
      ),
      runs(10000),
    );
  });

  test("break-even ROAS × margin = 1 (to the 4 decimal places ROAS is shown with)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10000 }), (basisPoints) => {
        const m = new Decimal(basisPoints).dividedBy(10000);
        const product = breakEvenRoas(m).times(m);
        expect(product.minus(1).abs().lessThanOrEqualTo(m.times("0.00005"))).toBe(true);
      }),
      runs(10000),
    );
  });
});

test("Branded Effect is a range, $10,000–$100,000, from one low-grade site; its top is used (https://tiktraining.de/s/en/TikTok+Ads+Charges/23246)", () => {
  const e = RATE_BOOK.resolve({ book: "ads", market: "*", kind: "premiumFlat", category: "BrandedEffect" }).entry;
  expect([e.low, e.high, e.value, e.grade]).toEqual(["10000", "100000", "100000", "D"]);
});
