/**
 * The parameters TIKTOK.* functions share, defined once: name, kind, help line and default. A spec
 * marks each required or optional and may give a function-specific help line.
 */
import { param } from "./spec";

// Order lines (TikTok Shop)
export const price = param("price", "money", "Unit list price in the market currency.");
export const unitCost = param("unit_cost", "money", "Cost of one unit to you (goods, packaging).");
export const market = param("market", "market", "Market code such as US, UK, ID (default US).", {
  default: "US",
  example: '"UK"',
  choices: "SHOP_MARKET",
});
/** Any market of the rate book, for RATE and RATESOURCE (LIVE and ads parameters too). */
export const rateMarket = param("market", "market", "Market code such as US, UK, ID (default US for shop fees).", {
  default: "US",
  example: '"UK"',
  choices: "MARKET",
});
/** The markets whose coin price list the rate book holds. */
export const coinMarket = param("market", "market", "Market of the coin price list: US (default) or UK.", {
  default: "US",
  example: '"UK"',
  choices: "COIN_MARKET",
});
/** A creator's market: any market (CREATORREWARDSELIGIBLE says where the programme is not open). */
export const creatorMarket = param("market", "market", "The creator's market (default US).", {
  default: "US",
  example: '"UK"',
  choices: "MARKET",
});
export const category = param(
  "category",
  "category",
  "Product category, or a commission rate such as 0.06 to use instead of the rate book.",
  { default: "the market's default rate" },
);
export const quantity = param("quantity", "count", "Units on the order line (default 1).", { default: "1" });
export const shipping = param("shipping", "money", "What the buyer paid for shipping on the order (default 0).", {
  default: "0",
});
export const sellerDiscount = param(
  "seller_discount",
  "money",
  "Seller-funded discount on the line, as an amount (default 0).",
  { default: "0" },
);
export const platformDiscount = param(
  "platform_discount",
  "money",
  "TikTok-funded discount on the line, as an amount (default 0).",
  { default: "0" },
);
export const asOf = param("as_of", "date", "Date of the rates to use (default: the newest rates).", {
  default: "the newest rates",
});
export const affiliateRate = param(
  "affiliate_rate",
  "rate",
  "Creator commission rate on what the buyer paid for the goods, e.g. 0.1 (default 0).",
  { default: "0" },
);
export const sellerShipping = param("seller_shipping", "money", "What you pay to ship the order (default 0).", {
  default: "0",
});
export const returnRate = param("return_rate", "rate", "Share of orders returned, e.g. 0.05 (default 0).", {
  default: "0",
});
export const adCost = param("ad_cost", "money", "Advertising spent per order (default 0).", { default: "0" });
export const targetMargin = param("target_margin", "margin", "Profit as a share of revenue, e.g. 0.25 for 25 %.");
export const fee = param(
  "fee",
  "name",
  'Fee or parameter: a fee by its name or an alias (commission or referral, transaction or payment, orderFee or processing, growth, refundAdmin, dynamicCommission), or a parameter such as "usdPerDiamond", "cpm".',
  { example: '"commission"', choices: "RATE_FEE" },
);

// Fulfilled by TikTok
export const weightKg = param("weight_kg", "quantity", "Weight of one unit in kg.");
export const lengthCm = param("length_cm", "quantity", "Length of the packed unit in cm.");
export const widthCm = param("width_cm", "quantity", "Width of the packed unit in cm.");
export const heightCm = param("height_cm", "quantity", "Height of the packed unit in cm.");
export const units = param("units", "count", "Units on the order line (default 1).", { default: "1" });
export const weightLb = param("weight_lb", "quantity", "Weight of one unit in pounds.");
export const lengthIn = param("length_in", "quantity", "Length of the packed unit in inches.");
export const widthIn = param("width_in", "quantity", "Width of the packed unit in inches.");
export const heightIn = param("height_in", "quantity", "Height of the packed unit in inches.");

// LIVE
export const gift = param("gift", "name", 'Gift name, e.g. "Lion" or "Rose" (=TIKTOK.GIFTS() lists them).', {
  example: '"Lion"',
  choices: "GIFT",
});
export const count = param("count", "quantity", "Number of gifts, 0 or more (default 1).", { default: "1" });
export const coinsPerDiamond = param(
  "coins_per_diamond",
  "quantity",
  "Coins per diamond (default 1; many calculators use 2).",
  { default: "1", zeroIsEmptyCell: true },
);
export const coins = param("coins", "quantity", "Number of coins.");
export const channel = param("channel", "name", "Where the viewer buys coins: web (default), ios or android.", {
  default: "web",
  example: '"ios"',
  choices: "COIN_CHANNEL",
});
export const method = param(
  "method",
  "name",
  "packs (cheapest combination of packs; default in the apps) or perCoin (default on the web).",
  { example: '"packs"', choices: "COIN_METHOD" },
);
export const diamonds = param("diamonds", "quantity", "Number of diamonds.");
export const usdPerDiamond = param("usd_per_diamond", "money", "USD per diamond (default 0.005).", {
  default: "0.005",
  zeroIsEmptyCell: true,
});
export const agencyShare = param(
  "agency_share",
  "rate",
  "Share of the creator's payout an agency takes, e.g. 0.2 (default 0).",
  { default: "0" },
);
export const withdrawalFee = param(
  "withdrawal_fee",
  "money",
  "Fee per withdrawal in USD, e.g. PayPal's (default 0: TikTok charges none).",
  { default: "0" },
);
export const targetUsd = param("target_usd", "money", "Cash the creator wants to receive, in USD.");
export const giftsPerStream = param("gifts_per_stream", "quantity", "Gifts of that kind received per LIVE stream.");
export const streamsPerMonth = param("streams_per_month", "quantity", "LIVE streams per month.");
export const qualifiedViews = param("qualified_views", "quantity", "Qualified views (For You views of at least 5 s).");
export const rpm = param("rpm", "money", "USD per 1,000 qualified views (default: the sourced range).", {
  default: "the sourced range",
  zeroIsEmptyCell: true,
});
export const estimate = param("estimate", "name", "low, typical (default) or high.", {
  default: "typical",
  example: '"typical"',
  choices: "ESTIMATE",
});
export const followers = param("followers", "quantity", "Number of followers.");
export const views30d = param("views_30d", "quantity", "Video views in the last 30 days.");
export const videoSeconds = param("video_seconds", "quantity", "Length of the video in seconds.");
export const age = param("age", "quantity", "The creator's age.");

// Ads
export const model = param(
  "model",
  "name",
  "Billing model (CPM, oCPM, CPC, CPV) or premium format (TopView, BrandTakeover, HashtagChallenge, BrandedEffect).",
  { example: '"CPM"', choices: "AD_MODEL" },
);
export const volume = param(
  "volume",
  "quantity",
  "Impressions (CPM, oCPM), clicks (CPC), views (CPV) or days (premium formats).",
);
export const rate = param(
  "rate",
  "money",
  "Your price: per 1,000 impressions, per click, per view, or per day (default: the sourced benchmark).",
);
export const industry = param(
  "industry",
  "name",
  'Industry for the benchmark, e.g. "E-commerce" (default: all industries).',
  { example: '"E-commerce"', choices: "INDUSTRY" },
);
export const budget = param("budget", "money", "Budget in USD.");
export const dailyBudget = param(
  "daily_budget",
  "money",
  "The Dynamic Daily Budget set, in USD: the average a day over the week.",
);
export const metric = param("metric", "name", "CPM, CPC or CTR.", { example: '"CPM"', choices: "AD_METRIC" });
export const level = param("level", "name", "campaign, adgroup or gmvmax (GMV Max: daily budgets only).", {
  example: '"campaign"',
  choices: "BUDGET_LEVEL",
});
export const period = param(
  "period",
  "name",
  "day (default: the most on one day) or week (the most in a calendar week).",
  {
    default: "day",
    example: '"week"',
    choices: "BUDGET_PERIOD",
  },
);
export const days = param("days", "count", "Scheduled days, for a lifetime budget (omit for the daily minimum).");
export const conversion = param("conversion", "name", "Optimisation goal: shallow (default), install or deep.", {
  default: "shallow",
  example: '"install"',
  choices: "CONVERSION",
});
export const cpa = param("cpa", "money", "Your current cost per action in USD.");
export const cpm = param("cpm", "money", "Cost per 1,000 impressions in USD.");
export const ctr = param("ctr", "rate", "Click-through rate, e.g. 0.009.");
export const cvr = param("cvr", "rate", "Conversion rate of clicks, e.g. 0.02.");
export const aov = param("aov", "money", "Average order value in USD.");
export const margin = param("margin", "margin", "Margin on revenue before ad cost, e.g. 0.3.");
export const revenue = param("revenue", "money", "Revenue attributed to the ads.");
export const spend = param("spend", "money", "Ad spend.");
export const impressions = param("impressions", "quantity", "Number of impressions.");
export const frequency = param("frequency", "quantity", "Average times each person sees the ad, e.g. 2.5.");
export const engagementRate = param(
  "engagement_rate",
  "rate",
  "Engagement rate, e.g. 0.05 (default 2.5 %, the average).",
  { default: "0.025", zeroIsEmptyCell: true },
);
export const contentType = param("content_type", "name", "Video (default), Long-form, Spark Ad or Campaign.", {
  default: "Video",
  example: '"Video"',
  choices: "CONTENT_TYPE",
});
export const views = param("views", "quantity", "Views the sponsored video got.");

// Who the seller is (fees and withholding only some sellers have)
export const commissionRate = param(
  "commission_rate",
  "rate",
  "Your commission rate when category names the category group (the other fees follow the group), e.g. 0.05.",
  { default: "the rate book's rate for the category", zeroIsEmptyCell: true },
);
export const sellerProfile = param(
  "seller_profile",
  "name",
  'Words such as "business", "mall", "cross-border", "above threshold", "no tax id", "pre-order", "fee tax 6.25%" (default: an individual seller).',
  {
    default: "an individual seller, not Mall, not cross-border, below the tax thresholds",
    example: '"business, mall"',
    choices: "SELLER_PROFILE",
  },
);
