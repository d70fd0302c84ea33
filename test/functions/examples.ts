/**
 * One valid call per function with its expected answer: the worked examples through the Excel
 * adapters, and the starting point of the error matrix (each argument in turn is made bad).
 * Sources of the numbers are cited in test/core.
 */
export interface Example {
  readonly args: unknown[];
  /** A number or text the cell should show, or the [rows, columns] of a spilled table. */
  readonly expected: number | string | { rows: number; columns: number; header: string[] };
}

export const EXAMPLES: Record<string, Example> = {
  RATEBOOK: { args: [], expected: "version" },
  // W23 https://luminushub.com/tiktok-shop-fees-2025-complete-cost-breakdown-best-practices
  SHOPFEE: { args: [20, "US"], expected: 1.2 },
  // X3: 6 % × (50 − 5 seller discount), TikTok's 10 voucher added back
  SHOPCOMMISSION: { args: [50, "US", null, null, null, 5, 10], expected: 2.7 },
  SHOPFEES: {
    args: [20, "US"],
    expected: { rows: 3, columns: 5, header: ["Component", "Rate", "Base", "Amount", "Source"] },
  },
  // W19 https://myecomsuite.com/tiktok-shop-refund-administration-fee
  REFUNDFEE: { args: [40, "US"], expected: 0.48 },
  SHOPNET: { args: [100, "US", null, null, null, null, null, 0.1], expected: 84 },
  // W21 https://e-commerce-fee-calculator.pages.dev/blog/tiktok-shop-affiliate-commission-rates-2026
  SHOPPROFIT: { args: [50, 20, "US", null, null, null, null, null, 0.1], expected: 22 },
  // W22 https://www.blog.jonathansnow.com/p/determine-commission-offer-tiktok-shop-affiliates
  SHOPMARGIN: { args: [100, 20, "US", null, null, null, null, null, 0.1], expected: 0.64 },
  SHOPPRICE: { args: [20, 0.3, "US"], expected: 31.26 },
  BREAKEVENPRICE: { args: [20, "US"], expected: 21.28 },
  MAXAFFILIATE: { args: [100, 20, 0.5, "US"], expected: 0.24 },
  MARKETS: {
    args: [],
    expected: {
      rows: 17,
      columns: 7,
      header: ["Code", "Market", "Currency", "Default commission", "In force since", "Source", "Note"],
    },
  },
  CATEGORIES: {
    args: ["US"],
    expected: { rows: 4, columns: 6, header: ["Category", "Commission", "In force since", "Until", "Source", "Note"] },
  },
  RATE: { args: ["commission", "US"], expected: 0.06 },
  RATESOURCE: {
    args: ["commission", "US"],
    expected: "https://seller-us.tiktok.com/university/essay?knowledge_id=5982454398175018",
  },
  // LIVE (sources cited in test/core/live)
  GIFTCOINS: { args: ["Lion"], expected: 29999 },
  GIFTDIAMONDS: { args: ["Lion", 1, 2], expected: 14999 },
  COINCOST: { args: [700, "web"], expected: 7.4 },
  GIFTS: { args: [], expected: { rows: 34, columns: 4, header: ["Gift", "Coins", "In force since", "Source"] } },
  DIAMONDPAYOUT: { args: [10000], expected: 50 },
  DIAMONDSFORPAYOUT: { args: [100], expected: 19999 },
  GIFTSFORPAYOUT: { args: ["Lion", 1000], expected: 7 },
  LIVEWATERFALL: {
    args: [29999, "ios"],
    expected: { rows: 7, columns: 3, header: ["Step", "USD", "Share of viewer spend"] },
  },
  LIVEMONTHLY: { args: ["Lion", 3, 12], expected: 5399.82 },
  CREATORREWARDS: { args: [100000], expected: 70 },
  CREATORREWARDSELIGIBLE: { args: [12000, 150000, 75], expected: "Eligible" },
  // Ads (sources cited in test/core/ads)
  ADCOST: { args: ["CPM", 5000, 10], expected: 50 },
  ADVOLUME: { args: ["CPM", 50, 10], expected: 5000 },
  ADBENCHMARK: { args: ["CPM"], expected: 8 },
  ADMINBUDGET: { args: ["adgroup", 31], expected: 620 },
  ADBUDGETCHECK: {
    args: ["campaign", 60],
    expected: "OK: Campaign daily budget $60.00 meets the minimum (more than $50.00).",
  },
  LEARNINGBUDGET: { args: ["shallow", 12], expected: 600 },
  ADFUNNEL: { args: [1000, 8, 0.009, 0.02, 45, 0.4], expected: { rows: 9, columns: 2, header: ["Step", "Value"] } },
  ROAS: { args: [400, 100], expected: 4 },
  BREAKEVENROAS: { args: [0.25], expected: 4 },
  MAXCPA: { args: [50, 0.4, 0.15], expected: 12.5 },
  REACH: { args: [1000000, 2.5], expected: 400000 },
  SPONSORSHIP: { args: [100000, 0.05], expected: 2000 },
  SPONSORSHIPCPM: { args: [2000, 250000], expected: 8 },
  ADFORMATS: {
    args: [],
    expected: {
      rows: 6,
      columns: 7,
      header: ["Format", "Duration", "Delivery", "Pricing", "Low (USD)", "High (USD)", "Source"],
    },
  },
  // FBT (https://mergoio.com/profitCalculator.html; billable weight: seller-us knowledge_id=5080349546170155)
  FBTFEE: { args: ["UK", 0.4, 30, 20, 3, 2], expected: 1.56 },
  BILLABLEWEIGHT: { args: [3, 10, 10, 16], expected: 9.64 },
  COINVALUE: { args: ["web"], expected: 0.010571 },
};
