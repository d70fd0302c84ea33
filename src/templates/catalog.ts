/**
 * What the gallery shows of each template — id, title, purpose, what it asks for — without the code
 * that builds the sheet, so the task pane lists templates at start and loads the builders (and the
 * statement reconciliation core that template 7 needs) only when a user inserts one.
 */
export interface TemplateInfo {
  readonly id: string;
  readonly title: string;
  /** One line: what the sheet answers. */
  readonly purpose: string;
  /** What the sheet asks for, as short phrases for the gallery card. */
  readonly asks: readonly string[];
}

export const TEMPLATE_INFO = {
  shopPnl: {
    id: "shop-pnl",
    title: "Shop product P&L across markets",
    purpose: "One product's fees, net proceeds, profit and margin in four TikTok Shop markets, side by side.",
    asks: ["price and unit cost per market", "shipping, discounts", "affiliate rate, returns, ad cost"],
  },
  shopCatalog: {
    id: "shop-catalog",
    title: "Shop catalog margins",
    purpose: "Fees, net proceeds, profit and margin for every SKU in a catalog — paste your own rows.",
    asks: ["market", "per SKU: price, unit cost, shipping, discount, affiliate rate"],
  },
  liveEarnings: {
    id: "live-earnings",
    title: "LIVE creator earnings",
    purpose:
      "Gifts received by type and count → coins → diamonds → payout, a month of streams, and where the viewer's money goes.",
    asks: ["gifts per stream by type", "streams per month", "coin-to-diamond and diamond-to-USD rates, agency share"],
  },
  adPlanner: {
    id: "ad-planner",
    title: "Ad campaign planner",
    purpose:
      "Split a budget across billing models, see what benchmark rates buy (low to high), the funnel to revenue, ROAS against break-even, and TikTok's minimum budgets.",
    asks: ["budget, days, industry", "split by billing model", "CTR, conversion rate, order value, margin"],
  },
  brandLaunch: {
    id: "brand-launch",
    title: "Brand launch mix",
    purpose:
      "TopView, Brand Takeover, Hashtag Challenge, Branded Effect and in-feed ads over a launch schedule, with sourced price ranges and each format's shape.",
    asks: ["start day and days per format", "impressions for CPM formats", "your quotes where no price is public"],
  },
  businessModel: {
    id: "business-model",
    title: "TikTok's business model",
    purpose:
      "How TikTok makes money: revenue by stream from public 2024 figures and the add-in's take rates — change an assumption and watch the mix move.",
    asks: [
      "public 2024 figures (pre-filled, sourced)",
      "take rate on Shop sales",
      "how the rest splits between LIVE gifts and partnerships",
    ],
  },
  statementReconciliation: {
    id: "statement-reconciliation",
    title: "Statement reconciliation (sample)",
    purpose:
      "What TikTok charged against what its published rules say, fee by fee — on a labelled sample; load your own export in the Reconcile tab.",
    asks: ["nothing: a sample US statement; your own file via the Reconcile tab"],
  },
} as const satisfies Record<string, TemplateInfo>;

/** The gallery, in the order the task pane shows it. */
export const TEMPLATE_LIST: readonly TemplateInfo[] = [
  TEMPLATE_INFO.shopPnl,
  TEMPLATE_INFO.shopCatalog,
  TEMPLATE_INFO.liveEarnings,
  TEMPLATE_INFO.adPlanner,
  TEMPLATE_INFO.brandLaunch,
  TEMPLATE_INFO.businessModel,
  TEMPLATE_INFO.statementReconciliation,
];
