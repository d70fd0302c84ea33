/**
 * GENERATED FILE — do not edit by hand. Written by `npm run generate:functions`
 * (src/cli/generateFunctions.ts) from the specs in ../specs, rendered by ../declarations.ts; a test
 * fails when it is stale. Functions are written in src/functions/specs, not here.
 *
 * The TIKTOK.* custom functions Excel sees, and the webpack entry of functions.js.
 * Each is a top-level function declaration with JSDoc, the only form custom-functions-metadata reads;
 * it appends the CustomFunctions.associate calls itself.
 */
import { inExcel } from "../excelHost";
import { SPECS } from "../registry";

/**
 * The markets where TikTok Shop sells.
 * @customenum {string}
 */
declare enum SHOP_MARKET {
  /** United States (USD) */
  US = "US",
  /** United Kingdom (GBP) */
  UK = "UK",
  /** Germany (EUR) */
  DE = "DE",
  /** France (EUR) */
  FR = "FR",
  /** Italy (EUR) */
  IT = "IT",
  /** Spain (EUR) */
  ES = "ES",
  /** Ireland (EUR) */
  IE = "IE",
  /** Indonesia (IDR) */
  ID = "ID",
  /** Malaysia (MYR) */
  MY = "MY",
  /** Thailand (THB) */
  TH = "TH",
  /** Vietnam (VND) */
  VN = "VN",
  /** Philippines (PHP) */
  PH = "PH",
  /** Singapore (SGD) */
  SG = "SG",
  /** Mexico (MXN) */
  MX = "MX",
  /** Japan (JPY) */
  JP = "JP",
  /** Brazil (BRL) */
  BR = "BR",
  /** Austria (EUR) */
  AT = "AT",
  /** Belgium (EUR) */
  BE = "BE",
  /** Netherlands (EUR) */
  NL = "NL",
  /** Poland (PLN) */
  PL = "PL",
}

/**
 * The order fees, then every other kind of the rate book.
 * @customenum {string}
 */
declare enum RATE_FEE {
  /** Commission (TikTok Shop order fee) */
  commission = "commission",
  /** Transaction fee (TikTok Shop order fee) */
  transaction = "transaction",
  /** Refund administration fee (TikTok Shop order fee) */
  refundAdmin = "refundAdmin",
  /** Order fee (TikTok Shop order fee) */
  orderFee = "orderFee",
  /** Commerce growth fee (TikTok Shop order fee) */
  growth = "growth",
  /** Dynamic commission (TikTok Shop order fee) */
  dynamicCommission = "dynamicCommission",
  /** TikTok Shop: Chargeback representation (appeal) fee */
  chargebackFee = "chargebackFee",
  /** TikTok Shop: Sales tax on referral fees */
  feeSalesTax = "feeSalesTax",
  /** TikTok Shop: Mall service fee */
  mallService = "mallService",
  /** TikTok Shop: Income tax withheld (PPh 22) */
  incomeTaxWithheld = "incomeTaxWithheld",
  /** TikTok Shop: Pre-order service fee */
  preOrderService = "preOrderService",
  /** TikTok Shop: Transaction fee (cross-border) */
  transactionCrossBorder = "transactionCrossBorder",
  /** TikTok Shop: VAT withheld */
  vatWithheld = "vatWithheld",
  /** TikTok Shop: Personal income tax withheld */
  pitWithheld = "pitWithheld",
  /** TikTok Shop: by category, e.g. FBT XS */
  fbt = "fbt",
  /** TikTok Shop: FBT fulfilment, single-unit orders (from) */
  fbtFrom = "fbtFrom",
  /** LIVE: by category, e.g. Rose */
  giftCoins = "giftCoins",
  /** LIVE: by category, e.g. web:70 */
  coinPack = "coinPack",
  /** LIVE: by category, e.g. web */
  appStoreShare = "appStoreShare",
  /** LIVE: Coins per diamond */
  coinsPerDiamond = "coinsPerDiamond",
  /** LIVE: USD per diamond */
  usdPerDiamond = "usdPerDiamond",
  /** LIVE: Agency share of the creator's payout */
  agencyShare = "agencyShare",
  /** LIVE: Withdrawal fee (TikTok) */
  withdrawalFee = "withdrawalFee",
  /** LIVE: Minimum withdrawal (USD) */
  withdrawalMinimum = "withdrawalMinimum",
  /** LIVE: Withdrawal limit per day (USD) */
  withdrawalDailyMax = "withdrawalDailyMax",
  /** LIVE: Creator Rewards RPM (USD per 1,000 qualified views) */
  crpRpm = "crpRpm",
  /** LIVE: Creator Rewards: minimum followers */
  crpMinFollowers = "crpMinFollowers",
  /** LIVE: Creator Rewards: minimum video views in the last 30 days */
  crpMinViews30d = "crpMinViews30d",
  /** LIVE: Creator Rewards: minimum video length (seconds) */
  crpMinVideoSeconds = "crpMinVideoSeconds",
  /** LIVE: Creator Rewards: minimum age */
  crpMinAge = "crpMinAge",
  /** LIVE: Creator Rewards: qualified views before a video earns */
  crpFirstEarningViews = "crpFirstEarningViews",
  /** LIVE: TikTok Series: lowest price (USD) */
  seriesPriceMin = "seriesPriceMin",
  /** LIVE: TikTok Series: highest price (USD) */
  seriesPriceMax = "seriesPriceMax",
  /** LIVE: TikTok Series: payout minimum (USD) */
  seriesPayoutMinimum = "seriesPayoutMinimum",
  /** LIVE: TikTok Series: payout day of the month */
  seriesPayoutDay = "seriesPayoutDay",
  /** LIVE: Creator Rewards: payout minimum (USD) */
  crpPayoutMinimum = "crpPayoutMinimum",
  /** Ads: CPM (all industries) */
  cpm = "cpm",
  /** Ads: CPC (all industries) */
  cpc = "cpc",
  /** Ads: Click-through rate (in-feed) */
  ctr = "ctr",
  /** Ads: by category, e.g. campaignDaily */
  minBudget = "minBudget",
  /** Ads: Dynamic Daily Budget: most spent on one day (× daily budget) */
  dynamicBudgetDayMax = "dynamicBudgetDayMax",
  /** Ads: Dynamic Daily Budget: most spent per calendar week (× daily budget) */
  dynamicBudgetWeekDays = "dynamicBudgetWeekDays",
  /** Ads: by category, e.g. shallow */
  learningBudgetMultiple = "learningBudgetMultiple",
  /** Ads: by category, e.g. shallow */
  learningBudgetFallback = "learningBudgetFallback",
  /** Ads: by category, e.g. TopView */
  premiumCpm = "premiumCpm",
  /** Ads: by category, e.g. HashtagChallenge */
  premiumFlat = "premiumFlat",
  /** Ads: by category, e.g. HashtagChallenge */
  premiumDays = "premiumDays",
  /** Ads: Sponsorship base rate per 1,000 followers (TikTok) */
  sponsorshipPer1kFollowers = "sponsorshipPer1kFollowers",
  /** Ads: Engagement rate that counts as average (multiplier 1×) */
  sponsorshipEngagementPivot = "sponsorshipEngagementPivot",
  /** Ads: Engagement multiplier, lowest */
  sponsorshipEngagementMin = "sponsorshipEngagementMin",
  /** Ads: Engagement multiplier, highest */
  sponsorshipEngagementMax = "sponsorshipEngagementMax",
  /** Ads: Sponsorship range (± around the middle) */
  sponsorshipBand = "sponsorshipBand",
  /** Ads: by category, e.g. Video */
  sponsorshipContent = "sponsorshipContent",
}

/**
 * Every market of the rate book.
 * @customenum {string}
 */
declare enum MARKET {
  /** United States (USD) */
  US = "US",
  /** United Kingdom (GBP) */
  UK = "UK",
  /** Germany (EUR) */
  DE = "DE",
  /** France (EUR) */
  FR = "FR",
  /** Italy (EUR) */
  IT = "IT",
  /** Spain (EUR) */
  ES = "ES",
  /** Ireland (EUR) */
  IE = "IE",
  /** Indonesia (IDR) */
  ID = "ID",
  /** Malaysia (MYR) */
  MY = "MY",
  /** Thailand (THB) */
  TH = "TH",
  /** Vietnam (VND) */
  VN = "VN",
  /** Philippines (PHP) */
  PH = "PH",
  /** Singapore (SGD) */
  SG = "SG",
  /** Mexico (MXN) */
  MX = "MX",
  /** Japan (JPY) */
  JP = "JP",
  /** Brazil (BRL) */
  BR = "BR",
  /** Austria (EUR) */
  AT = "AT",
  /** Belgium (EUR) */
  BE = "BE",
  /** Netherlands (EUR) */
  NL = "NL",
  /** Poland (PLN) */
  PL = "PL",
  /** South Korea (KRW): LIVE and Creator Rewards only, no TikTok Shop */
  KR = "KR",
}

/**
 * Words of seller_profile, one at a time (combine them with commas, e.g. "business, mall").
 * @customenum {string}
 */
declare enum SELLER_PROFILE {
  /** An individual seller (the default): VAT and income tax withheld in VN, MX */
  individual = "individual",
  /** A tax-registered business: no individual's withholding in VN, MX */
  business = "business",
  /** A Mall shop: the Mall service fee in ID */
  mall = "mall",
  /** A cross-border seller: the cross-border transaction fee in TH */
  cross_border = "cross-border",
  /** Turnover above the withholding threshold: income tax withheld in ID, PH, MX */
  above_threshold = "above threshold",
  /** No tax ID given to TikTok (RFC in Mexico): IVA and ISR withheld in MX */
  no_tax_id = "no tax id",
  /** Pre-order items: the pre-order service fee in ID */
  pre_order = "pre-order",
}

/**
 * The markets whose Fulfilled by TikTok fee table the rate book holds.
 * @customenum {string}
 */
declare enum FBT_MARKET {
  /** United Kingdom (GBP) */
  UK = "UK",
}

/**
 * Where a viewer buys coins.
 * @customenum {string}
 */
declare enum COIN_CHANNEL {
  /** Coins bought on the TikTok website (the default) */
  web = "web",
  /** Coins bought in the iOS app (App Store prices) */
  ios = "ios",
  /** Coins bought in the Android app (Google Play prices) */
  android = "android",
}

/**
 * How coins are priced.
 * @customenum {string}
 */
declare enum COIN_METHOD {
  /** The cheapest combination of coin packs (the default in the apps) */
  packs = "packs",
  /** The price per coin (the default on the web) */
  perCoin = "perCoin",
}

/**
 * The markets whose coin price list the rate book holds (the worldwide list is US dollars: the US).
 * @customenum {string}
 */
declare enum COIN_MARKET {
  /** United States (USD) */
  US = "US",
  /** United Kingdom (GBP) */
  UK = "UK",
}

/**
 * Which end of a sourced range.
 * @customenum {string}
 */
declare enum ESTIMATE {
  /** The low end of the sourced range */
  low = "low",
  /** The typical value (the default) */
  typical = "typical",
  /** The high end of the sourced range */
  high = "high",
}

/**
 * The LIVE gifts of the rate book's catalog.
 * @customenum {string}
 */
declare enum GIFT {
  /** 20000 coins */
  Castle_Fantasy = "Castle Fantasy",
  /** 1 coin */
  Coffee = "Coffee",
  /** 500 coins */
  Concert = "Concert",
  /** 5000 coins */
  Drama_Queen = "Drama Queen",
  /** 5 coins */
  Finger_Heart = "Finger Heart",
  /** 5 coins */
  Fire = "Fire",
  /** 1 coin */
  Football = "Football",
  /** 1000 coins */
  Galaxy = "Galaxy",
  /** 1 coin */
  GG = "GG",
  /** 1000 coins */
  Gold_Mine = "Gold Mine",
  /** 9 coins */
  Hand_Wave = "Hand Wave",
  /** 99 coins */
  Hat_and_Mustache = "Hat and Mustache",
  /** 1000 coins */
  I_m_Very_Rich = "I'm Very Rich",
  /** 1 coin */
  Ice_Cream_Cone = "Ice Cream Cone",
  /** 10000 coins */
  Interstellar = "Interstellar",
  /** 5 coins */
  Italian_Hand = "Italian Hand",
  /** 29999 coins */
  Lion = "Lion",
  /** 10 coins */
  Lollipop = "Lollipop",
  /** 25 coins */
  Love_Bang = "Love Bang",
  /** 5 coins */
  Mic = "Mic",
  /** 1 coin */
  Mini_Speaker = "Mini Speaker",
  /** 500 coins */
  Money_Gun = "Money Gun",
  /** 5 coins */
  Panda = "Panda",
  /** 15000 coins */
  Planet = "Planet",
  /** 100 coins */
  Rainbow_Puke = "Rainbow Puke",
  /** 20000 coins */
  Rocket = "Rocket",
  /** 10 coins */
  Rosa = "Rosa",
  /** 1 coin */
  Rose = "Rose",
  /** 50 coins */
  Sun_Cream = "Sun Cream",
  /** 1 coin */
  Tennis = "Tennis",
  /** 1 coin */
  TGIF = "TGIF",
  /** 1 coin */
  TikTok = "TikTok",
  /** 44999 coins */
  Universe = "Universe",
  /** 1 coin */
  Weights = "Weights",
}

/**
 * The ad benchmarks of the rate book.
 * @customenum {string}
 */
declare enum AD_METRIC {
  /** Cost per 1,000 impressions, USD */
  CPM = "CPM",
  /** Cost per click, USD */
  CPC = "CPC",
  /** Click-through rate, a fraction */
  CTR = "CTR",
}

/**
 * The industries the rate book has benchmarks for.
 * @customenum {string}
 */
declare enum INDUSTRY {
  /** Benchmarks for Apps */
  Apps = "Apps",
  /** Benchmarks for B2B/SaaS */
  B2B_SaaS = "B2B/SaaS",
  /** Benchmarks for CPG */
  CPG = "CPG",
  /** Benchmarks for E-commerce */
  E_commerce = "E-commerce",
  /** Benchmarks for Entertainment */
  Entertainment = "Entertainment",
  /** Benchmarks for Finance */
  Finance = "Finance",
  /** Benchmarks for Gaming */
  Gaming = "Gaming",
  /** Benchmarks for Health */
  Health = "Health",
  /** Benchmarks for Insurance */
  Insurance = "Insurance",
  /** Benchmarks for Legal */
  Legal = "Legal",
  /** Benchmarks for Lifestyle */
  Lifestyle = "Lifestyle",
}

/**
 * Where a budget is set.
 * @customenum {string}
 */
declare enum BUDGET_LEVEL {
  /** A campaign's budget */
  campaign = "campaign",
  /** An ad group's budget */
  adgroup = "adgroup",
  /** A GMV Max campaign's daily budget (TikTok Shop's ads campaign type from July 2025) */
  gmvmax = "gmvmax",
}

/**
 * Billing models and the premium formats of the rate book.
 * @customenum {string}
 */
declare enum AD_MODEL {
  /** Cost per 1,000 impressions (volume: impressions) */
  CPM = "CPM",
  /** Optimised CPM (volume: impressions) */
  oCPM = "oCPM",
  /** Cost per click (volume: clicks) */
  CPC = "CPC",
  /** Cost per view (volume: views) */
  CPV = "CPV",
  /** TopView (volume: days) */
  TopView = "TopView",
  /** Brand Takeover (volume: days) */
  BrandTakeover = "BrandTakeover",
  /** Branded Hashtag Challenge (volume: days) */
  HashtagChallenge = "HashtagChallenge",
  /** Branded Effect (volume: days) */
  BrandedEffect = "BrandedEffect",
}

/**
 * The span of a Dynamic Daily Budget's ceiling.
 * @customenum {string}
 */
declare enum BUDGET_PERIOD {
  /** The most spent on one day: 125 % of the daily budget (the default) */
  day = "day",
  /** The most spent in a calendar week, Sunday to Saturday: 7 × the daily budget */
  week = "week",
}

/**
 * The optimisation goal of an ad group.
 * @customenum {string}
 */
declare enum CONVERSION {
  /** A shallow optimisation goal such as clicks or add to cart (the default) */
  shallow = "shallow",
  /** App installs */
  install = "install",
  /** A deep goal such as purchases */
  deep = "deep",
}

/**
 * The sponsorship content types of the rate book.
 * @customenum {string}
 */
declare enum CONTENT_TYPE {
  /** Sponsored Campaign */
  Campaign = "Campaign",
  /** Sponsored Long-form */
  Long_form = "Long-form",
  /** Sponsored Spark Ad */
  Spark_Ad = "Spark Ad",
  /** Sponsored Video */
  Video = "Video",
}

/**
 * The TikTok Shop order fees (the one fee vocabulary, src/core/feeKinds.ts).
 * @customenum {string}
 */
declare enum FEE {
  /** Commission; also read as referral, referral fee, commission fee */
  commission = "commission",
  /** Transaction fee; also read as transaction fee, payment, payment fee */
  transaction = "transaction",
  /** Refund administration fee; also read as refund admin, refund admin fee, refund administration */
  refundAdmin = "refundAdmin",
  /** Order fee; also read as order fee, fixed, fixed fee */
  orderFee = "orderFee",
  /** Commerce growth fee; also read as growth fee, commerce growth, commerce growth fee */
  growth = "growth",
  /** Dynamic commission; also read as dynamic, dynamic commission */
  dynamicCommission = "dynamicCommission",
}

/**
 * A market's product categories with the commission rate in force on the date and its source.
 * @customfunction CATEGORIES
 * @helpurl https://localhost:3000/help.html#categories
 * @param [market] Market code such as US, UK, ID (default US).
 * @param [as_of] Date of the rates to use (default: the newest rates).
 * @returns Table of categories with a header row.
 */
export function categories(market?: SHOP_MARKET, as_of?: unknown): any[][] {
  return inExcel(SPECS.CATEGORIES, [market, as_of]) as any[][];
}

/**
 * The markets the rate book covers, with currency and the default commission in force on the newest rates.
 * @customfunction MARKETS
 * @helpurl https://localhost:3000/help.html#markets
 * @returns Table of markets with a header row.
 */
export function markets(): any[][] {
  return inExcel(SPECS.MARKETS, []) as any[][];
}

/**
 * The rate behind any fee or parameter in the rate book, e.g. the commission of a market and category, or the USD value of a diamond.
 * @customfunction RATE
 * @helpurl https://localhost:3000/help.html#rate
 * @param fee Fee or parameter: a fee by its name or an alias (commission or referral, transaction or payment, orderFee or processing, growth, refundAdmin, dynamicCommission), or a parameter such as "usdPerDiamond", "cpm".
 * @param [market] Market code such as US, UK, ID (default US for shop fees).
 * @param [category] Category, gift, industry or format, where the fee has them; a number replaces the commission.
 * @param [as_of] Date of the rates to use (default: the newest rates).
 * @returns The rate as a fraction (0.06 is 6 %) or an amount.
 */
export function rate(fee: RATE_FEE, market?: MARKET, category?: unknown, as_of?: unknown): number {
  return inExcel(SPECS.RATE, [fee, market, category, as_of]) as number;
}

/**
 * The version of the rate book the add-in computes with: the newest effective date of its rates and a hash of their content.
 * @customfunction RATEBOOK
 * @helpurl https://localhost:3000/help.html#ratebook
 * @returns Rate book version, e.g. 2026-06-15+1a2b3c4d.
 */
export function ratebook(): string {
  return inExcel(SPECS.RATEBOOK, []) as string;
}

/**
 * The public source (URL) of any fee or parameter in the rate book.
 * @customfunction RATESOURCE
 * @helpurl https://localhost:3000/help.html#ratesource
 * @param fee Fee or parameter: a fee by its name or an alias (commission or referral, transaction or payment, orderFee or processing, growth, refundAdmin, dynamicCommission), or a parameter such as "usdPerDiamond", "cpm".
 * @param [market] Market code such as US, UK, ID (default US for shop fees).
 * @param [category] Category, gift, industry or format, where the fee has them; a number replaces the commission.
 * @param [as_of] Date of the rates to use (default: the newest rates).
 * @returns URL of the page the rate comes from.
 */
export function ratesource(fee: RATE_FEE, market?: MARKET, category?: unknown, as_of?: unknown): string {
  return inExcel(SPECS.RATESOURCE, [fee, market, category, as_of]) as string;
}

/**
 * US FBT billable weight in pounds: the greater of the unit weight and the dimensional weight, length × width × height (inches) ÷ 166.
 * @customfunction BILLABLEWEIGHT
 * @helpurl https://localhost:3000/help.html#billableweight
 * @param weight_lb Weight of one unit in pounds.
 * @param length_in Length of the packed unit in inches.
 * @param width_in Width of the packed unit in inches.
 * @param height_in Height of the packed unit in inches.
 * @returns Billable weight in pounds (2 decimal places).
 */
export function billableweight(weight_lb: unknown, length_in: unknown, width_in: unknown, height_in: unknown): number {
  return inExcel(SPECS.BILLABLEWEIGHT, [weight_lb, length_in, width_in, height_in]) as number;
}

/**
 * The lowest unit price at which an order line does not lose money after TikTok Shop fees and your costs.
 * @customfunction BREAKEVENPRICE
 * @helpurl https://localhost:3000/help.html#breakevenprice
 * @param unit_cost Cost of one unit to you (goods, packaging).
 * @param [market] Market code such as US, UK, ID (default US).
 * @param [category] Product category, or a commission rate such as 0.06 to use instead of the rate book.
 * @param [quantity] Units on the order line (default 1).
 * @param [shipping] What the buyer paid for shipping on the order (default 0).
 * @param [seller_discount] Seller-funded discount on the line, as an amount (default 0).
 * @param [platform_discount] TikTok-funded discount on the line, as an amount (default 0).
 * @param [affiliate_rate] Creator commission rate on what the buyer paid for the goods, e.g. 0.1 (default 0).
 * @param [seller_shipping] What you pay to ship the order (default 0).
 * @param [return_rate] Share of orders returned, e.g. 0.05 (default 0).
 * @param [ad_cost] Advertising spent per order (default 0).
 * @param [as_of] Date of the rates to use (default: the newest rates).
 * @param [commission_rate] Your commission rate when category names the category group (the other fees follow the group), e.g. 0.05.
 * @param [seller_profile] Words such as "business", "mall", "cross-border", "above threshold", "no tax id", "pre-order", "fee tax 6.25%" (default: an individual seller).
 * @returns Break-even unit price in the market currency.
 */
export function breakevenprice(
  unit_cost: unknown,
  market?: SHOP_MARKET,
  category?: unknown,
  quantity?: unknown,
  shipping?: unknown,
  seller_discount?: unknown,
  platform_discount?: unknown,
  affiliate_rate?: unknown,
  seller_shipping?: unknown,
  return_rate?: unknown,
  ad_cost?: unknown,
  as_of?: unknown,
  commission_rate?: unknown,
  seller_profile?: SELLER_PROFILE,
): number {
  return inExcel(SPECS.BREAKEVENPRICE, [
    unit_cost,
    market,
    category,
    quantity,
    shipping,
    seller_discount,
    platform_discount,
    affiliate_rate,
    seller_shipping,
    return_rate,
    ad_cost,
    as_of,
    commission_rate,
    seller_profile,
  ]) as number;
}

/**
 * Fulfilled by TikTok (FBT) fulfilment fee for units of one item, by the UK size tier its box and weight fall in (the UK table is the only public one).
 * @customfunction FBTFEE
 * @helpurl https://localhost:3000/help.html#fbtfee
 * @param market Market code: UK (the US rate card by weight is not public; the function says so).
 * @param weight_kg Weight of one unit in kg.
 * @param length_cm Length of the packed unit in cm.
 * @param width_cm Width of the packed unit in cm.
 * @param height_cm Height of the packed unit in cm.
 * @param [units] Units on the order line (default 1).
 * @param [as_of] Date of the rates to use (default: the newest rates).
 * @returns FBT fee in the market currency.
 */
export function fbtfee(
  market: FBT_MARKET,
  weight_kg: unknown,
  length_cm: unknown,
  width_cm: unknown,
  height_cm: unknown,
  units?: unknown,
  as_of?: unknown,
): number {
  return inExcel(SPECS.FBTFEE, [market, weight_kg, length_cm, width_cm, height_cm, units, as_of]) as number;
}

/**
 * The highest affiliate (creator) commission rate that still earns a target margin at a given price (TikTok allows at most 80 %).
 * @customfunction MAXAFFILIATE
 * @helpurl https://localhost:3000/help.html#maxaffiliate
 * @param price Unit list price in the market currency.
 * @param unit_cost Cost of one unit to you (goods, packaging).
 * @param target_margin Profit as a share of revenue, e.g. 0.25 for 25 %.
 * @param [market] Market code such as US, UK, ID (default US).
 * @param [category] Product category, or a commission rate such as 0.06 to use instead of the rate book.
 * @param [quantity] Units on the order line (default 1).
 * @param [shipping] What the buyer paid for shipping on the order (default 0).
 * @param [seller_discount] Seller-funded discount on the line, as an amount (default 0).
 * @param [platform_discount] TikTok-funded discount on the line, as an amount (default 0).
 * @param [seller_shipping] What you pay to ship the order (default 0).
 * @param [return_rate] Share of orders returned, e.g. 0.05 (default 0).
 * @param [ad_cost] Advertising spent per order (default 0).
 * @param [as_of] Date of the rates to use (default: the newest rates).
 * @param [commission_rate] Your commission rate when category names the category group (the other fees follow the group), e.g. 0.05.
 * @param [seller_profile] Words such as "business", "mall", "cross-border", "above threshold", "no tax id", "pre-order", "fee tax 6.25%" (default: an individual seller).
 * @returns Affiliate rate as a fraction (0.15 is 15 %).
 */
export function maxaffiliate(
  price: unknown,
  unit_cost: unknown,
  target_margin: unknown,
  market?: SHOP_MARKET,
  category?: unknown,
  quantity?: unknown,
  shipping?: unknown,
  seller_discount?: unknown,
  platform_discount?: unknown,
  seller_shipping?: unknown,
  return_rate?: unknown,
  ad_cost?: unknown,
  as_of?: unknown,
  commission_rate?: unknown,
  seller_profile?: SELLER_PROFILE,
): number {
  return inExcel(SPECS.MAXAFFILIATE, [
    price,
    unit_cost,
    target_margin,
    market,
    category,
    quantity,
    shipping,
    seller_discount,
    platform_discount,
    seller_shipping,
    return_rate,
    ad_cost,
    as_of,
    commission_rate,
    seller_profile,
  ]) as number;
}

/**
 * The refund administration fee TikTok charges when the order line is refunded (US: 20 % of the referral fee, at most $5 per SKU; zero where none is charged).
 * @customfunction REFUNDFEE
 * @helpurl https://localhost:3000/help.html#refundfee
 * @param price Unit list price in the market currency.
 * @param [market] Market code such as US, UK, ID (default US).
 * @param [category] Product category, or a commission rate such as 0.06 to use instead of the rate book.
 * @param [quantity] Units on the order line (default 1).
 * @param [shipping] What the buyer paid for shipping on the order (default 0).
 * @param [seller_discount] Seller-funded discount on the line, as an amount (default 0).
 * @param [platform_discount] TikTok-funded discount on the line, as an amount (default 0).
 * @param [as_of] Date of the rates to use (default: the newest rates).
 * @param [commission_rate] Your commission rate when category names the category group (the other fees follow the group), e.g. 0.05.
 * @param [seller_profile] Words such as "business", "mall", "cross-border", "above threshold", "no tax id", "pre-order", "fee tax 6.25%" (default: an individual seller).
 * @returns Refund administration fee in the market currency.
 */
export function refundfee(
  price: unknown,
  market?: SHOP_MARKET,
  category?: unknown,
  quantity?: unknown,
  shipping?: unknown,
  seller_discount?: unknown,
  platform_discount?: unknown,
  as_of?: unknown,
  commission_rate?: unknown,
  seller_profile?: SELLER_PROFILE,
): number {
  return inExcel(SPECS.REFUNDFEE, [
    price,
    market,
    category,
    quantity,
    shipping,
    seller_discount,
    platform_discount,
    as_of,
    commission_rate,
    seller_profile,
  ]) as number;
}

/**
 * The commission (referral fee) alone on one order line, with VAT on top where the market adds it.
 * @customfunction SHOPCOMMISSION
 * @helpurl https://localhost:3000/help.html#shopcommission
 * @param price Unit list price in the market currency.
 * @param [market] Market code such as US, UK, ID (default US).
 * @param [category] Product category, or a commission rate such as 0.06 to use instead of the rate book.
 * @param [quantity] Units on the order line (default 1).
 * @param [shipping] What the buyer paid for shipping on the order (default 0).
 * @param [seller_discount] Seller-funded discount on the line, as an amount (default 0).
 * @param [platform_discount] TikTok-funded discount on the line, as an amount (default 0).
 * @param [as_of] Date of the rates to use (default: the newest rates).
 * @param [commission_rate] Your commission rate when category names the category group (the other fees follow the group), e.g. 0.05.
 * @param [seller_profile] Words such as "business", "mall", "cross-border", "above threshold", "no tax id", "pre-order", "fee tax 6.25%" (default: an individual seller).
 * @returns Commission in the market currency.
 */
export function shopcommission(
  price: unknown,
  market?: SHOP_MARKET,
  category?: unknown,
  quantity?: unknown,
  shipping?: unknown,
  seller_discount?: unknown,
  platform_discount?: unknown,
  as_of?: unknown,
  commission_rate?: unknown,
  seller_profile?: SELLER_PROFILE,
): number {
  return inExcel(SPECS.SHOPCOMMISSION, [
    price,
    market,
    category,
    quantity,
    shipping,
    seller_discount,
    platform_discount,
    as_of,
    commission_rate,
    seller_profile,
  ]) as number;
}

/**
 * All TikTok Shop fees on one order line: commission plus transaction, service and fixed per-order fees in force on the date.
 * @customfunction SHOPFEE
 * @helpurl https://localhost:3000/help.html#shopfee
 * @param price Unit list price in the market currency.
 * @param [market] Market code such as US, UK, ID (default US).
 * @param [category] Product category, or a commission rate such as 0.06 to use instead of the rate book.
 * @param [quantity] Units on the order line (default 1).
 * @param [shipping] What the buyer paid for shipping on the order (default 0).
 * @param [seller_discount] Seller-funded discount on the line, as an amount (default 0).
 * @param [platform_discount] TikTok-funded discount on the line, as an amount (default 0).
 * @param [as_of] Date of the rates to use (default: the newest rates).
 * @param [commission_rate] Your commission rate when category names the category group (the other fees follow the group), e.g. 0.05.
 * @param [seller_profile] Words such as "business", "mall", "cross-border", "above threshold", "no tax id", "pre-order", "fee tax 6.25%" (default: an individual seller).
 * @returns Total TikTok Shop fees in the market currency.
 */
export function shopfee(
  price: unknown,
  market?: SHOP_MARKET,
  category?: unknown,
  quantity?: unknown,
  shipping?: unknown,
  seller_discount?: unknown,
  platform_discount?: unknown,
  as_of?: unknown,
  commission_rate?: unknown,
  seller_profile?: SELLER_PROFILE,
): number {
  return inExcel(SPECS.SHOPFEE, [
    price,
    market,
    category,
    quantity,
    shipping,
    seller_discount,
    platform_discount,
    as_of,
    commission_rate,
    seller_profile,
  ]) as number;
}

/**
 * The TikTok Shop fees on one order line as a table: component, rate, base, amount and source, with the total in the last row.
 * @customfunction SHOPFEES
 * @helpurl https://localhost:3000/help.html#shopfees
 * @param price Unit list price in the market currency.
 * @param [market] Market code such as US, UK, ID (default US).
 * @param [category] Product category, or a commission rate such as 0.06 to use instead of the rate book.
 * @param [quantity] Units on the order line (default 1).
 * @param [shipping] What the buyer paid for shipping on the order (default 0).
 * @param [seller_discount] Seller-funded discount on the line, as an amount (default 0).
 * @param [platform_discount] TikTok-funded discount on the line, as an amount (default 0).
 * @param [as_of] Date of the rates to use (default: the newest rates).
 * @param [commission_rate] Your commission rate when category names the category group (the other fees follow the group), e.g. 0.05.
 * @param [seller_profile] Words such as "business", "mall", "cross-border", "above threshold", "no tax id", "pre-order", "fee tax 6.25%" (default: an individual seller).
 * @returns Fee breakdown table with a header row.
 */
export function shopfees(
  price: unknown,
  market?: SHOP_MARKET,
  category?: unknown,
  quantity?: unknown,
  shipping?: unknown,
  seller_discount?: unknown,
  platform_discount?: unknown,
  as_of?: unknown,
  commission_rate?: unknown,
  seller_profile?: SELLER_PROFILE,
): any[][] {
  return inExcel(SPECS.SHOPFEES, [
    price,
    market,
    category,
    quantity,
    shipping,
    seller_discount,
    platform_discount,
    as_of,
    commission_rate,
    seller_profile,
  ]) as any[][];
}

/**
 * Profit margin of one order line: expected profit divided by revenue (goods after seller discount plus buyer shipping).
 * @customfunction SHOPMARGIN
 * @helpurl https://localhost:3000/help.html#shopmargin
 * @param price Unit list price in the market currency.
 * @param unit_cost Cost of one unit to you (goods, packaging).
 * @param [market] Market code such as US, UK, ID (default US).
 * @param [category] Product category, or a commission rate such as 0.06 to use instead of the rate book.
 * @param [quantity] Units on the order line (default 1).
 * @param [shipping] What the buyer paid for shipping on the order (default 0).
 * @param [seller_discount] Seller-funded discount on the line, as an amount (default 0).
 * @param [platform_discount] TikTok-funded discount on the line, as an amount (default 0).
 * @param [affiliate_rate] Creator commission rate on what the buyer paid for the goods, e.g. 0.1 (default 0).
 * @param [seller_shipping] What you pay to ship the order (default 0).
 * @param [return_rate] Share of orders returned, e.g. 0.05 (default 0).
 * @param [ad_cost] Advertising spent per order (default 0).
 * @param [as_of] Date of the rates to use (default: the newest rates).
 * @param [commission_rate] Your commission rate when category names the category group (the other fees follow the group), e.g. 0.05.
 * @param [seller_profile] Words such as "business", "mall", "cross-border", "above threshold", "no tax id", "pre-order", "fee tax 6.25%" (default: an individual seller).
 * @returns Margin as a fraction (0.25 is 25 %).
 */
export function shopmargin(
  price: unknown,
  unit_cost: unknown,
  market?: SHOP_MARKET,
  category?: unknown,
  quantity?: unknown,
  shipping?: unknown,
  seller_discount?: unknown,
  platform_discount?: unknown,
  affiliate_rate?: unknown,
  seller_shipping?: unknown,
  return_rate?: unknown,
  ad_cost?: unknown,
  as_of?: unknown,
  commission_rate?: unknown,
  seller_profile?: SELLER_PROFILE,
): number {
  return inExcel(SPECS.SHOPMARGIN, [
    price,
    unit_cost,
    market,
    category,
    quantity,
    shipping,
    seller_discount,
    platform_discount,
    affiliate_rate,
    seller_shipping,
    return_rate,
    ad_cost,
    as_of,
    commission_rate,
    seller_profile,
  ]) as number;
}

/**
 * What TikTok settles to you for one order line: revenue (goods after seller discount plus buyer shipping) less TikTok Shop fees, affiliate commission and any tax TikTok withholds.
 * @customfunction SHOPNET
 * @helpurl https://localhost:3000/help.html#shopnet
 * @param price Unit list price in the market currency.
 * @param [market] Market code such as US, UK, ID (default US).
 * @param [category] Product category, or a commission rate such as 0.06 to use instead of the rate book.
 * @param [quantity] Units on the order line (default 1).
 * @param [shipping] What the buyer paid for shipping on the order (default 0).
 * @param [seller_discount] Seller-funded discount on the line, as an amount (default 0).
 * @param [platform_discount] TikTok-funded discount on the line, as an amount (default 0).
 * @param [affiliate_rate] Creator commission rate on what the buyer paid for the goods, e.g. 0.1 (default 0).
 * @param [as_of] Date of the rates to use (default: the newest rates).
 * @param [commission_rate] Your commission rate when category names the category group (the other fees follow the group), e.g. 0.05.
 * @param [seller_profile] Words such as "business", "mall", "cross-border", "above threshold", "no tax id", "pre-order", "fee tax 6.25%" (default: an individual seller).
 * @returns What TikTok settles to you for the order line.
 */
export function shopnet(
  price: unknown,
  market?: SHOP_MARKET,
  category?: unknown,
  quantity?: unknown,
  shipping?: unknown,
  seller_discount?: unknown,
  platform_discount?: unknown,
  affiliate_rate?: unknown,
  as_of?: unknown,
  commission_rate?: unknown,
  seller_profile?: SELLER_PROFILE,
): number {
  return inExcel(SPECS.SHOPNET, [
    price,
    market,
    category,
    quantity,
    shipping,
    seller_discount,
    platform_discount,
    affiliate_rate,
    as_of,
    commission_rate,
    seller_profile,
  ]) as number;
}

/**
 * The lowest unit price that earns a target margin after all TikTok Shop fees and your costs.
 * @customfunction SHOPPRICE
 * @helpurl https://localhost:3000/help.html#shopprice
 * @param unit_cost Cost of one unit to you (goods, packaging).
 * @param target_margin Profit as a share of revenue, e.g. 0.25 for 25 %.
 * @param [market] Market code such as US, UK, ID (default US).
 * @param [category] Product category, or a commission rate such as 0.06 to use instead of the rate book.
 * @param [quantity] Units on the order line (default 1).
 * @param [shipping] What the buyer paid for shipping on the order (default 0).
 * @param [seller_discount] Seller-funded discount on the line, as an amount (default 0).
 * @param [platform_discount] TikTok-funded discount on the line, as an amount (default 0).
 * @param [affiliate_rate] Creator commission rate on what the buyer paid for the goods, e.g. 0.1 (default 0).
 * @param [seller_shipping] What you pay to ship the order (default 0).
 * @param [return_rate] Share of orders returned, e.g. 0.05 (default 0).
 * @param [ad_cost] Advertising spent per order (default 0).
 * @param [as_of] Date of the rates to use (default: the newest rates).
 * @param [commission_rate] Your commission rate when category names the category group (the other fees follow the group), e.g. 0.05.
 * @param [seller_profile] Words such as "business", "mall", "cross-border", "above threshold", "no tax id", "pre-order", "fee tax 6.25%" (default: an individual seller).
 * @returns Unit price in the market currency.
 */
export function shopprice(
  unit_cost: unknown,
  target_margin: unknown,
  market?: SHOP_MARKET,
  category?: unknown,
  quantity?: unknown,
  shipping?: unknown,
  seller_discount?: unknown,
  platform_discount?: unknown,
  affiliate_rate?: unknown,
  seller_shipping?: unknown,
  return_rate?: unknown,
  ad_cost?: unknown,
  as_of?: unknown,
  commission_rate?: unknown,
  seller_profile?: SELLER_PROFILE,
): number {
  return inExcel(SPECS.SHOPPRICE, [
    unit_cost,
    target_margin,
    market,
    category,
    quantity,
    shipping,
    seller_discount,
    platform_discount,
    affiliate_rate,
    seller_shipping,
    return_rate,
    ad_cost,
    as_of,
    commission_rate,
    seller_profile,
  ]) as number;
}

/**
 * Expected profit of one order line after TikTok Shop fees, affiliate commission, product cost, shipping, advertising and returns.
 * @customfunction SHOPPROFIT
 * @helpurl https://localhost:3000/help.html#shopprofit
 * @param price Unit list price in the market currency.
 * @param unit_cost Cost of one unit to you (goods, packaging).
 * @param [market] Market code such as US, UK, ID (default US).
 * @param [category] Product category, or a commission rate such as 0.06 to use instead of the rate book.
 * @param [quantity] Units on the order line (default 1).
 * @param [shipping] What the buyer paid for shipping on the order (default 0).
 * @param [seller_discount] Seller-funded discount on the line, as an amount (default 0).
 * @param [platform_discount] TikTok-funded discount on the line, as an amount (default 0).
 * @param [affiliate_rate] Creator commission rate on what the buyer paid for the goods, e.g. 0.1 (default 0).
 * @param [seller_shipping] What you pay to ship the order (default 0).
 * @param [return_rate] Share of orders returned, e.g. 0.05 (default 0).
 * @param [ad_cost] Advertising spent per order (default 0).
 * @param [as_of] Date of the rates to use (default: the newest rates).
 * @param [commission_rate] Your commission rate when category names the category group (the other fees follow the group), e.g. 0.05.
 * @param [seller_profile] Words such as "business", "mall", "cross-border", "above threshold", "no tax id", "pre-order", "fee tax 6.25%" (default: an individual seller).
 * @returns Profit in the market currency.
 */
export function shopprofit(
  price: unknown,
  unit_cost: unknown,
  market?: SHOP_MARKET,
  category?: unknown,
  quantity?: unknown,
  shipping?: unknown,
  seller_discount?: unknown,
  platform_discount?: unknown,
  affiliate_rate?: unknown,
  seller_shipping?: unknown,
  return_rate?: unknown,
  ad_cost?: unknown,
  as_of?: unknown,
  commission_rate?: unknown,
  seller_profile?: SELLER_PROFILE,
): number {
  return inExcel(SPECS.SHOPPROFIT, [
    price,
    unit_cost,
    market,
    category,
    quantity,
    shipping,
    seller_discount,
    platform_discount,
    affiliate_rate,
    seller_shipping,
    return_rate,
    ad_cost,
    as_of,
    commission_rate,
    seller_profile,
  ]) as number;
}

/**
 * What coins cost a viewer, by purchase channel: per coin on the web, or the cheapest combination of packs in the apps.
 * @customfunction COINCOST
 * @helpurl https://localhost:3000/help.html#coincost
 * @param coins Number of coins.
 * @param [channel] Where the viewer buys coins: web (default), ios or android.
 * @param [method] packs (cheapest combination of packs; default in the apps) or perCoin (default on the web).
 * @param [market] Market of the coin price list: US (default) or UK.
 * @returns Price in the market currency.
 */
export function coincost(coins: unknown, channel?: COIN_CHANNEL, method?: COIN_METHOD, market?: COIN_MARKET): number {
  return inExcel(SPECS.COINCOST, [coins, channel, method, market]) as number;
}

/**
 * What one coin costs a viewer on a purchase channel: the best price per coin among the channel's packs (a fraction of a cent).
 * @customfunction COINVALUE
 * @helpurl https://localhost:3000/help.html#coinvalue
 * @param [channel] Where the viewer buys coins: web (default), ios or android.
 * @param [market] Market of the coin price list: US (default) or UK.
 * @returns Price of one coin in the market currency, to 6 decimal places.
 */
export function coinvalue(channel?: COIN_CHANNEL, market?: COIN_MARKET): number {
  return inExcel(SPECS.COINVALUE, [channel, market]) as number;
}

/**
 * Estimated Creator Rewards Program payout: qualified views / 1,000 × RPM.
 * @customfunction CREATORREWARDS
 * @helpurl https://localhost:3000/help.html#creatorrewards
 * @param qualified_views Qualified views (For You views of at least 5 s).
 * @param [rpm] USD per 1,000 qualified views (default: the sourced range).
 * @param [estimate] low, typical (default) or high.
 * @returns Payout in USD.
 */
export function creatorrewards(qualified_views: unknown, rpm?: unknown, estimate?: ESTIMATE): number {
  return inExcel(SPECS.CREATORREWARDS, [qualified_views, rpm, estimate]) as number;
}

/**
 * Whether an account qualifies for the Creator Rewards Program, and if not, what is missing.
 * @customfunction CREATORREWARDSELIGIBLE
 * @helpurl https://localhost:3000/help.html#creatorrewardseligible
 * @param followers Number of followers.
 * @param views_30d Video views in the last 30 days.
 * @param video_seconds Length of the video in seconds.
 * @param [age] The creator's age.
 * @param [market] The creator's market (default US).
 * @returns "Eligible" or "Not eligible: …".
 */
export function creatorrewardseligible(
  followers: unknown,
  views_30d: unknown,
  video_seconds: unknown,
  age?: unknown,
  market?: MARKET,
): string {
  return inExcel(SPECS.CREATORREWARDSELIGIBLE, [followers, views_30d, video_seconds, age, market]) as string;
}

/**
 * USD a creator receives for diamonds, after an agency share and a withdrawal fee.
 * @customfunction DIAMONDPAYOUT
 * @helpurl https://localhost:3000/help.html#diamondpayout
 * @param diamonds Number of diamonds.
 * @param [usd_per_diamond] USD per diamond (default 0.005).
 * @param [agency_share] Share of the creator's payout an agency takes, e.g. 0.2 (default 0).
 * @param [withdrawal_fee] Fee per withdrawal in USD, e.g. PayPal's (default 0: TikTok charges none).
 * @returns Creator's cash in USD.
 */
export function diamondpayout(
  diamonds: unknown,
  usd_per_diamond?: unknown,
  agency_share?: unknown,
  withdrawal_fee?: unknown,
): number {
  return inExcel(SPECS.DIAMONDPAYOUT, [diamonds, usd_per_diamond, agency_share, withdrawal_fee]) as number;
}

/**
 * The diamonds a creator needs to receive a target cash payout.
 * @customfunction DIAMONDSFORPAYOUT
 * @helpurl https://localhost:3000/help.html#diamondsforpayout
 * @param target_usd Cash the creator wants to receive, in USD.
 * @param [usd_per_diamond] USD per diamond (default 0.005).
 * @param [agency_share] Share of the creator's payout an agency takes, e.g. 0.2 (default 0).
 * @param [withdrawal_fee] Fee per withdrawal in USD, e.g. PayPal's (default 0: TikTok charges none).
 * @returns Whole diamonds.
 */
export function diamondsforpayout(
  target_usd: unknown,
  usd_per_diamond?: unknown,
  agency_share?: unknown,
  withdrawal_fee?: unknown,
): number {
  return inExcel(SPECS.DIAMONDSFORPAYOUT, [target_usd, usd_per_diamond, agency_share, withdrawal_fee]) as number;
}

/**
 * The coins a LIVE gift costs the viewer (its catalog price on the date), times the count.
 * @customfunction GIFTCOINS
 * @helpurl https://localhost:3000/help.html#giftcoins
 * @param gift Gift name, e.g. "Lion" or "Rose" (=TIKTOK.GIFTS() lists them).
 * @param [count] Number of gifts, 0 or more (default 1).
 * @param [as_of] Date of the prices to use (default: the newest).
 * @returns Coins.
 */
export function giftcoins(gift: GIFT, count?: unknown, as_of?: unknown): number {
  return inExcel(SPECS.GIFTCOINS, [gift, count, as_of]) as number;
}

/**
 * The diamonds a creator receives for LIVE gifts.
 * @customfunction GIFTDIAMONDS
 * @helpurl https://localhost:3000/help.html#giftdiamonds
 * @param gift Gift name, e.g. "Lion" or "Rose" (=TIKTOK.GIFTS() lists them).
 * @param [count] Number of gifts, 0 or more (default 1).
 * @param [coins_per_diamond] Coins per diamond (default 1; many calculators use 2).
 * @returns Whole diamonds.
 */
export function giftdiamonds(gift: GIFT, count?: unknown, coins_per_diamond?: unknown): number {
  return inExcel(SPECS.GIFTDIAMONDS, [gift, count, coins_per_diamond]) as number;
}

/**
 * The LIVE gift catalog: gift, coins, the date the price took effect and its source.
 * @customfunction GIFTS
 * @helpurl https://localhost:3000/help.html#gifts
 * @param [as_of] Date of the prices to use (default: the newest).
 * @returns Table of gifts with a header row.
 */
export function gifts(as_of?: unknown): any[][] {
  return inExcel(SPECS.GIFTS, [as_of]) as any[][];
}

/**
 * How many of one LIVE gift a creator needs to receive a target cash payout.
 * @customfunction GIFTSFORPAYOUT
 * @helpurl https://localhost:3000/help.html#giftsforpayout
 * @param gift Gift name, e.g. "Lion" or "Rose" (=TIKTOK.GIFTS() lists them).
 * @param target_usd Cash the creator wants to receive, in USD.
 * @param [coins_per_diamond] Coins per diamond (default 1; many calculators use 2).
 * @param [usd_per_diamond] USD per diamond (default 0.005).
 * @param [agency_share] Share of the creator's payout an agency takes, e.g. 0.2 (default 0).
 * @returns Number of gifts.
 */
export function giftsforpayout(
  gift: GIFT,
  target_usd: unknown,
  coins_per_diamond?: unknown,
  usd_per_diamond?: unknown,
  agency_share?: unknown,
): number {
  return inExcel(SPECS.GIFTSFORPAYOUT, [gift, target_usd, coins_per_diamond, usd_per_diamond, agency_share]) as number;
}

/**
 * A creator's monthly LIVE payout from gifts per stream and streams per month.
 * @customfunction LIVEMONTHLY
 * @helpurl https://localhost:3000/help.html#livemonthly
 * @param gift Gift name, e.g. "Lion" or "Rose" (=TIKTOK.GIFTS() lists them).
 * @param gifts_per_stream Gifts of that kind received per LIVE stream.
 * @param streams_per_month LIVE streams per month.
 * @param [coins_per_diamond] Coins per diamond (default 1; many calculators use 2).
 * @param [usd_per_diamond] USD per diamond (default 0.005).
 * @param [agency_share] Share of the creator's payout an agency takes, e.g. 0.2 (default 0).
 * @returns Payout per month in USD.
 */
export function livemonthly(
  gift: GIFT,
  gifts_per_stream: unknown,
  streams_per_month: unknown,
  coins_per_diamond?: unknown,
  usd_per_diamond?: unknown,
  agency_share?: unknown,
): number {
  return inExcel(SPECS.LIVEMONTHLY, [
    gift,
    gifts_per_stream,
    streams_per_month,
    coins_per_diamond,
    usd_per_diamond,
    agency_share,
  ]) as number;
}

/**
 * Where a viewer's money for coins goes: app store, TikTok, agency, withdrawal fee and the creator's cash, as a table.
 * @customfunction LIVEWATERFALL
 * @helpurl https://localhost:3000/help.html#livewaterfall
 * @param coins Number of coins.
 * @param [channel] Where the viewer buys coins: web (default), ios or android.
 * @param [coins_per_diamond] Coins per diamond (default 1; many calculators use 2).
 * @param [usd_per_diamond] USD per diamond (default 0.005).
 * @param [agency_share] Share of the creator's payout an agency takes, e.g. 0.2 (default 0).
 * @param [withdrawal_fee] Fee per withdrawal in USD, e.g. PayPal's (default 0: TikTok charges none).
 * @returns Table with a header row; the lines add up to the viewer's spend.
 */
export function livewaterfall(
  coins: unknown,
  channel?: COIN_CHANNEL,
  coins_per_diamond?: unknown,
  usd_per_diamond?: unknown,
  agency_share?: unknown,
  withdrawal_fee?: unknown,
): any[][] {
  return inExcel(SPECS.LIVEWATERFALL, [
    coins,
    channel,
    coins_per_diamond,
    usd_per_diamond,
    agency_share,
    withdrawal_fee,
  ]) as any[][];
}

/**
 * A dated benchmark for CPM, CPC or CTR, by industry where sources give it.
 * @customfunction ADBENCHMARK
 * @helpurl https://localhost:3000/help.html#adbenchmark
 * @param metric CPM, CPC or CTR.
 * @param [industry] Industry for the benchmark, e.g. "E-commerce" (default: all industries).
 * @param [estimate] low, typical (default) or high.
 * @returns The benchmark value.
 */
export function adbenchmark(metric: AD_METRIC, industry?: INDUSTRY, estimate?: ESTIMATE): number {
  return inExcel(SPECS.ADBENCHMARK, [metric, industry, estimate]) as number;
}

/**
 * Checks a budget against TikTok's minimums and says what is below minimum.
 * @customfunction ADBUDGETCHECK
 * @helpurl https://localhost:3000/help.html#adbudgetcheck
 * @param level campaign, adgroup or gmvmax (GMV Max: daily budgets only).
 * @param budget Budget in USD.
 * @param [days] Scheduled days, for a lifetime budget (omit for the daily minimum).
 * @returns "OK: …" or "Below minimum: …".
 */
export function adbudgetcheck(level: BUDGET_LEVEL, budget: unknown, days?: unknown): string {
  return inExcel(SPECS.ADBUDGETCHECK, [level, budget, days]) as string;
}

/**
 * What TikTok ads cost: a billing model and a volume (impressions, clicks, views), or a premium format and a number of days.
 * @customfunction ADCOST
 * @helpurl https://localhost:3000/help.html#adcost
 * @param model Billing model (CPM, oCPM, CPC, CPV) or premium format (TopView, BrandTakeover, HashtagChallenge, BrandedEffect).
 * @param volume Impressions (CPM, oCPM), clicks (CPC), views (CPV) or days (premium formats).
 * @param [rate] Your price: per 1,000 impressions, per click, per view, or per day (default: the sourced benchmark).
 * @param [industry] Industry for the benchmark, e.g. "E-commerce" (default: all industries).
 * @returns Cost in USD.
 */
export function adcost(model: AD_MODEL, volume: unknown, rate?: unknown, industry?: INDUSTRY): number {
  return inExcel(SPECS.ADCOST, [model, volume, rate, industry]) as number;
}

/**
 * The most a Dynamic Daily Budget can spend: on one day 125 % of the daily budget, in a calendar week 7 × the daily budget (TikTok Ads Help).
 * @customfunction ADDYNAMICBUDGET
 * @helpurl https://localhost:3000/help.html#addynamicbudget
 * @param daily_budget The Dynamic Daily Budget set, in USD: the average a day over the week.
 * @param [period] day (default: the most on one day) or week (the most in a calendar week).
 * @returns The ceiling in USD.
 */
export function addynamicbudget(daily_budget: unknown, period?: BUDGET_PERIOD): number {
  return inExcel(SPECS.ADDYNAMICBUDGET, [daily_budget, period]) as number;
}

/**
 * TikTok's ad formats: duration, delivery, pricing and the public price range with its source.
 * @customfunction ADFORMATS
 * @helpurl https://localhost:3000/help.html#adformats
 * @returns Table of formats with a header row.
 */
export function adformats(): any[][] {
  return inExcel(SPECS.ADFORMATS, []) as any[][];
}

/**
 * The funnel a budget buys: impressions, clicks, conversions, revenue, ROAS, cost per conversion and profit, as a table.
 * @customfunction ADFUNNEL
 * @helpurl https://localhost:3000/help.html#adfunnel
 * @param budget Budget in USD.
 * @param cpm Cost per 1,000 impressions in USD.
 * @param ctr Click-through rate, e.g. 0.009.
 * @param cvr Conversion rate of clicks, e.g. 0.02.
 * @param aov Average order value in USD.
 * @param [margin] Margin on revenue before ad cost, e.g. 0.4 (for profit).
 * @returns Table with a header row.
 */
export function adfunnel(
  budget: unknown,
  cpm: unknown,
  ctr: unknown,
  cvr: unknown,
  aov: unknown,
  margin?: unknown,
): any[][] {
  return inExcel(SPECS.ADFUNNEL, [budget, cpm, ctr, cvr, aov, margin]) as any[][];
}

/**
 * TikTok's minimum budget for a campaign or an ad group: the daily minimum, or with days the lifetime minimum for that schedule.
 * @customfunction ADMINBUDGET
 * @helpurl https://localhost:3000/help.html#adminbudget
 * @param level campaign, adgroup or gmvmax (GMV Max: daily budgets only).
 * @param [days] Scheduled days, for a lifetime budget (omit for the daily minimum).
 * @returns Minimum budget in USD.
 */
export function adminbudget(level: BUDGET_LEVEL, days?: unknown): number {
  return inExcel(SPECS.ADMINBUDGET, [level, days]) as number;
}

/**
 * The volume a budget buys under a billing model: impressions, clicks or views.
 * @customfunction ADVOLUME
 * @helpurl https://localhost:3000/help.html#advolume
 * @param model Billing model (CPM, oCPM, CPC, CPV) or premium format (TopView, BrandTakeover, HashtagChallenge, BrandedEffect).
 * @param budget Budget in USD.
 * @param [rate] Your price: per 1,000 impressions, per click, per view, or per day (default: the sourced benchmark).
 * @param [industry] Industry for the benchmark, e.g. "E-commerce" (default: all industries).
 * @returns Whole impressions, clicks or views.
 */
export function advolume(model: AD_MODEL, budget: unknown, rate?: unknown, industry?: INDUSTRY): number {
  return inExcel(SPECS.ADVOLUME, [model, budget, rate, industry]) as number;
}

/**
 * The ROAS at which ads pay for themselves: 1 / margin.
 * @customfunction BREAKEVENROAS
 * @helpurl https://localhost:3000/help.html#breakevenroas
 * @param margin Margin on revenue before ad cost, e.g. 0.3.
 * @returns Break-even ROAS.
 */
export function breakevenroas(margin: unknown): number {
  return inExcel(SPECS.BREAKEVENROAS, [margin]) as number;
}

/**
 * TikTok's recommended daily budget while an ad group learns: a multiple of the CPA, or a fixed amount without one.
 * @customfunction LEARNINGBUDGET
 * @helpurl https://localhost:3000/help.html#learningbudget
 * @param [conversion] Optimisation goal: shallow (default), install or deep.
 * @param [cpa] Your current cost per action in USD.
 * @returns Daily budget in USD.
 */
export function learningbudget(conversion?: CONVERSION, cpa?: unknown): number {
  return inExcel(SPECS.LEARNINGBUDGET, [conversion, cpa]) as number;
}

/**
 * The highest cost per acquisition that keeps a target margin: AOV × (margin − target margin).
 * @customfunction MAXCPA
 * @helpurl https://localhost:3000/help.html#maxcpa
 * @param aov Average order value in USD.
 * @param margin Margin on revenue before ad cost, e.g. 0.3.
 * @param target_margin Margin to keep after ad cost, e.g. 0.15.
 * @returns Maximum CPA in USD.
 */
export function maxcpa(aov: unknown, margin: unknown, target_margin: unknown): number {
  return inExcel(SPECS.MAXCPA, [aov, margin, target_margin]) as number;
}

/**
 * People reached: impressions divided by the average frequency.
 * @customfunction REACH
 * @helpurl https://localhost:3000/help.html#reach
 * @param impressions Number of impressions.
 * @param frequency Average times each person sees the ad, e.g. 2.5.
 * @returns People reached.
 */
export function reach(impressions: unknown, frequency: unknown): number {
  return inExcel(SPECS.REACH, [impressions, frequency]) as number;
}

/**
 * Return on ad spend: revenue divided by spend.
 * @customfunction ROAS
 * @helpurl https://localhost:3000/help.html#roas
 * @param revenue Revenue attributed to the ads.
 * @param spend Ad spend.
 * @returns ROAS (4 decimal places).
 */
export function roas(revenue: unknown, spend: unknown): number {
  return inExcel(SPECS.ROAS, [revenue, spend]) as number;
}

/**
 * An estimated price for a creator sponsorship from followers, engagement rate and content type.
 * @customfunction SPONSORSHIP
 * @helpurl https://localhost:3000/help.html#sponsorship
 * @param followers Number of followers.
 * @param [engagement_rate] Engagement rate, e.g. 0.05 (default 2.5 %, the average).
 * @param [content_type] Video (default), Long-form, Spark Ad or Campaign.
 * @param [estimate] low, typical (default) or high.
 * @returns Price in USD.
 */
export function sponsorship(
  followers: unknown,
  engagement_rate?: unknown,
  content_type?: CONTENT_TYPE,
  estimate?: ESTIMATE,
): number {
  return inExcel(SPECS.SPONSORSHIP, [followers, engagement_rate, content_type, estimate]) as number;
}

/**
 * The effective CPM of a sponsorship (price per 1,000 views), to compare with paid in-feed ads.
 * @customfunction SPONSORSHIPCPM
 * @helpurl https://localhost:3000/help.html#sponsorshipcpm
 * @param price Price of the sponsorship in USD.
 * @param views Views the sponsored video got.
 * @returns CPM in USD.
 */
export function sponsorshipcpm(price: unknown, views: unknown): number {
  return inExcel(SPECS.SPONSORSHIPCPM, [price, views]) as number;
}

/**
 * The fee a settlement row should carry by the published rule in force on the order's date, from the row's own amounts; signed like the file (a fee charged is negative).
 * @customfunction EXPECTEDFEE
 * @helpurl https://localhost:3000/help.html#expectedfee
 * @param fee Fee column: commission (referral), transaction (payment), refundAdmin, orderFee (processing), growth (service) or dynamicCommission, as RATE reads them; add "incl. VAT" when the column includes the VAT on top of the fee.
 * @param market Market code of the settlement file, such as US, UK, ID, MY.
 * @param order_date The order's created date: picks the rates in force.
 * @param [customer_payment] Customer payment column. As signed in the file; leave out when the file has no such column.
 * @param [platform_discount] Platform discounts column. As signed in the file; leave out when the file has no such column.
 * @param [sales_tax] Sales tax payment column (US). As signed in the file; leave out when the file has no such column.
 * @param [subtotal_after] Subtotal after seller discounts column (SEA Income files). As signed in the file; leave out when the file has no such column.
 * @param [customer_refund] Customer refund column. As signed in the file; leave out when the file has no such column.
 * @param [platform_discount_refund] Platform discounts refund column. As signed in the file; leave out when the file has no such column.
 * @param [sales_tax_refund] Sales tax refund column (US). As signed in the file; leave out when the file has no such column.
 * @param [refund_subtotal_after] Refund subtotal after seller discounts column. As signed in the file; leave out when the file has no such column.
 * @param [quantity] Quantity column, for per-item fees and caps.
 * @param [category] Product category, when the file or the order export names it (default: the market's rate).
 * @returns Expected fee in the market currency, negative when charged.
 */
export function expectedfee(
  fee: FEE,
  market: SHOP_MARKET,
  order_date: unknown,
  customer_payment?: unknown,
  platform_discount?: unknown,
  sales_tax?: unknown,
  subtotal_after?: unknown,
  customer_refund?: unknown,
  platform_discount_refund?: unknown,
  sales_tax_refund?: unknown,
  refund_subtotal_after?: unknown,
  quantity?: unknown,
  category?: unknown,
): number {
  return inExcel(SPECS.EXPECTEDFEE, [
    fee,
    market,
    order_date,
    customer_payment,
    platform_discount,
    sales_tax,
    subtotal_after,
    customer_refund,
    platform_discount_refund,
    sales_tax_refund,
    refund_subtotal_after,
    quantity,
    category,
  ]) as number;
}
