/**
 * The one table of TIKTOK.* functions: id, host-neutral implementation, parameters and result
 * shape. Excel's registration (JSDoc in functions.ts → functions.json), the formula-engine host and
 * the CLI all derive from it; test/functions/metadata.test.ts proves functions.json agrees.
 */
import {
  adBenchmarkFn,
  adBudgetCheckFn,
  adCostFn,
  adFormatTable,
  adFunnelTable,
  adMinBudgetFn,
  adVolumeFn,
  breakEvenRoasFn,
  learningBudgetFn,
  maxCpaFn,
  reachFn,
  roasFn,
  sponsorshipCpmFn,
  sponsorshipFn,
} from "./library/ads";
import {
  coinCostFn,
  coinValueFn,
  creatorRewardsEligibleFn,
  creatorRewardsFn,
  diamondPayoutFn,
  diamondsForPayoutFn,
  giftCoinsFn,
  giftDiamondsFn,
  giftTable,
  giftsForPayoutFn,
  liveMonthlyFn,
  liveWaterfallTable,
} from "./library/live";
import { categoryTable, marketTable, rateBookVersion, rateSource, rateValue } from "./library/ratebook";
import {
  shopBillableWeight,
  shopBreakEvenPrice,
  shopFbtFee,
  shopCommissionFee,
  shopFee,
  shopFeeTable,
  shopMargin,
  shopMaxAffiliate,
  shopNet,
  shopPrice,
  shopProfitAmount,
  shopRefundFee,
} from "./library/shop";

/**
 * What a parameter holds, which decides how bad input is answered: amounts, rates, counts and
 * margins are numbers (#VALUE! when not); market, category and name are codes looked up in the rate
 * book (#N/A when unknown); a category may also be a rate; a date is a date cell or ISO text.
 */
export type ParameterKind = "amount" | "rate" | "count" | "margin" | "market" | "category" | "name" | "date";

export interface ParameterSpec {
  readonly name: string;
  readonly optional: boolean;
  readonly kind: ParameterKind;
}

export interface FunctionSpec {
  /** Excel id and name without the TIKTOK. namespace, e.g. "SHOPFEE". */
  readonly id: string;
  readonly impl: (...args: unknown[]) => unknown;
  readonly parameters: readonly ParameterSpec[];
  /** "scalar" returns one value; "table" spills a 2-D array with a header row. */
  readonly result: "scalar" | "table";
  /**
   * For tables: the columns and the most rows the table can have. Hosts that must size a spill
   * before evaluating (the formula engine) use it when the arguments are cell references.
   */
  readonly table?: { readonly columns: number; readonly maxRows: number };
}

/** Kinds of the parameter names used across the library. */
const KINDS: Record<string, ParameterKind> = {
  price: "amount",
  unit_cost: "amount",
  shipping: "amount",
  seller_discount: "amount",
  platform_discount: "amount",
  seller_shipping: "amount",
  ad_cost: "amount",
  quantity: "count",
  affiliate_rate: "rate",
  return_rate: "rate",
  target_margin: "margin",
  market: "market",
  category: "category",
  fee: "name",
  as_of: "date",
  gift: "name",
  count: "amount",
  coins_per_diamond: "amount",
  coins: "amount",
  channel: "name",
  method: "name",
  diamonds: "amount",
  usd_per_diamond: "amount",
  agency_share: "rate",
  withdrawal_fee: "amount",
  target_usd: "amount",
  gifts_per_stream: "amount",
  streams_per_month: "amount",
  qualified_views: "amount",
  rpm: "amount",
  estimate: "name",
  followers: "amount",
  views_30d: "amount",
  video_seconds: "amount",
  age: "amount",
  model: "name",
  volume: "amount",
  rate: "amount",
  industry: "name",
  budget: "amount",
  metric: "name",
  level: "name",
  days: "count",
  conversion: "name",
  cpa: "amount",
  cpm: "amount",
  ctr: "rate",
  cvr: "rate",
  aov: "amount",
  margin: "margin",
  revenue: "amount",
  spend: "amount",
  impressions: "amount",
  frequency: "amount",
  engagement_rate: "rate",
  content_type: "name",
  views: "amount",
  weight_kg: "amount",
  length_cm: "amount",
  width_cm: "amount",
  height_cm: "amount",
  units: "count",
  weight_lb: "amount",
  length_in: "amount",
  width_in: "amount",
  height_in: "amount",
};

function param(name: string, optional: boolean): ParameterSpec {
  const kind = KINDS[name];
  if (!kind) throw new Error(`registry: parameter ${name} has no kind`);
  return { name, optional, kind };
}
const req = (...names: string[]): ParameterSpec[] => names.map((n) => param(n, false));
const opt = (...names: string[]): ParameterSpec[] => names.map((n) => param(n, true));

const ORDER_TERMS = opt("market", "category", "quantity", "shipping", "seller_discount", "platform_discount");
const COST_TERMS = opt("affiliate_rate", "seller_shipping", "return_rate", "ad_cost");
const AS_OF = opt("as_of");
const ORDER_LINE = [...req("price"), ...ORDER_TERMS, ...AS_OF];

export const REGISTRY: readonly FunctionSpec[] = [
  { id: "RATEBOOK", impl: rateBookVersion, parameters: [], result: "scalar" },
  { id: "SHOPFEE", impl: shopFee, parameters: ORDER_LINE, result: "scalar" },
  { id: "SHOPCOMMISSION", impl: shopCommissionFee, parameters: ORDER_LINE, result: "scalar" },
  { id: "SHOPFEES", impl: shopFeeTable, parameters: ORDER_LINE, result: "table", table: { columns: 5, maxRows: 12 } },
  { id: "REFUNDFEE", impl: shopRefundFee, parameters: ORDER_LINE, result: "scalar" },
  {
    id: "SHOPNET",
    impl: shopNet,
    parameters: [...req("price"), ...ORDER_TERMS, ...opt("affiliate_rate"), ...AS_OF],
    result: "scalar",
  },
  {
    id: "SHOPPROFIT",
    impl: shopProfitAmount,
    parameters: [...req("price", "unit_cost"), ...ORDER_TERMS, ...COST_TERMS, ...AS_OF],
    result: "scalar",
  },
  {
    id: "SHOPMARGIN",
    impl: shopMargin,
    parameters: [...req("price", "unit_cost"), ...ORDER_TERMS, ...COST_TERMS, ...AS_OF],
    result: "scalar",
  },
  {
    id: "SHOPPRICE",
    impl: shopPrice,
    parameters: [...req("unit_cost", "target_margin"), ...ORDER_TERMS, ...COST_TERMS, ...AS_OF],
    result: "scalar",
  },
  {
    id: "BREAKEVENPRICE",
    impl: shopBreakEvenPrice,
    parameters: [...req("unit_cost"), ...ORDER_TERMS, ...COST_TERMS, ...AS_OF],
    result: "scalar",
  },
  {
    id: "MAXAFFILIATE",
    impl: shopMaxAffiliate,
    parameters: [...req("price", "unit_cost", "target_margin"), ...ORDER_TERMS, ...COST_TERMS.slice(1), ...AS_OF],
    result: "scalar",
  },
  { id: "MARKETS", impl: marketTable, parameters: [], result: "table", table: { columns: 7, maxRows: 40 } },
  {
    id: "CATEGORIES",
    impl: categoryTable,
    parameters: opt("market", "as_of"),
    result: "table",
    table: { columns: 6, maxRows: 120 },
  },
  { id: "RATE", impl: rateValue, parameters: [...req("fee"), ...opt("market", "category", "as_of")], result: "scalar" },
  {
    id: "RATESOURCE",
    impl: rateSource,
    parameters: [...req("fee"), ...opt("market", "category", "as_of")],
    result: "scalar",
  },
  {
    id: "GIFTCOINS",
    impl: giftCoinsFn,
    parameters: [...req("gift"), ...opt("count"), ...opt("as_of")],
    result: "scalar",
  },
  {
    id: "GIFTDIAMONDS",
    impl: giftDiamondsFn,
    parameters: [...req("gift"), ...opt("count"), ...opt("coins_per_diamond")],
    result: "scalar",
  },
  {
    id: "COINCOST",
    impl: coinCostFn,
    parameters: [...req("coins"), ...opt("channel"), ...opt("method"), ...opt("market")],
    result: "scalar",
  },
  { id: "GIFTS", impl: giftTable, parameters: [...opt("as_of")], result: "table", table: { columns: 4, maxRows: 60 } },
  {
    id: "DIAMONDPAYOUT",
    impl: diamondPayoutFn,
    parameters: [...req("diamonds"), ...opt("usd_per_diamond"), ...opt("agency_share"), ...opt("withdrawal_fee")],
    result: "scalar",
  },
  {
    id: "DIAMONDSFORPAYOUT",
    impl: diamondsForPayoutFn,
    parameters: [...req("target_usd"), ...opt("usd_per_diamond"), ...opt("agency_share"), ...opt("withdrawal_fee")],
    result: "scalar",
  },
  {
    id: "GIFTSFORPAYOUT",
    impl: giftsForPayoutFn,
    parameters: [
      ...req("gift"),
      ...req("target_usd"),
      ...opt("coins_per_diamond"),
      ...opt("usd_per_diamond"),
      ...opt("agency_share"),
    ],
    result: "scalar",
  },
  {
    id: "LIVEWATERFALL",
    impl: liveWaterfallTable,
    parameters: [
      ...req("coins"),
      ...opt("channel"),
      ...opt("coins_per_diamond"),
      ...opt("usd_per_diamond"),
      ...opt("agency_share"),
      ...opt("withdrawal_fee"),
    ],
    result: "table",
    table: { columns: 3, maxRows: 8 },
  },
  {
    id: "LIVEMONTHLY",
    impl: liveMonthlyFn,
    parameters: [
      ...req("gift"),
      ...req("gifts_per_stream"),
      ...req("streams_per_month"),
      ...opt("coins_per_diamond"),
      ...opt("usd_per_diamond"),
      ...opt("agency_share"),
    ],
    result: "scalar",
  },
  {
    id: "CREATORREWARDS",
    impl: creatorRewardsFn,
    parameters: [...req("qualified_views"), ...opt("rpm"), ...opt("estimate")],
    result: "scalar",
  },
  {
    id: "CREATORREWARDSELIGIBLE",
    impl: creatorRewardsEligibleFn,
    parameters: [...req("followers"), ...req("views_30d"), ...req("video_seconds"), ...opt("age"), ...opt("market")],
    result: "scalar",
  },
  {
    id: "ADCOST",
    impl: adCostFn,
    parameters: [...req("model"), ...req("volume"), ...opt("rate"), ...opt("industry")],
    result: "scalar",
  },
  {
    id: "ADVOLUME",
    impl: adVolumeFn,
    parameters: [...req("model"), ...req("budget"), ...opt("rate"), ...opt("industry")],
    result: "scalar",
  },
  {
    id: "ADBENCHMARK",
    impl: adBenchmarkFn,
    parameters: [...req("metric"), ...opt("industry"), ...opt("estimate")],
    result: "scalar",
  },
  { id: "ADMINBUDGET", impl: adMinBudgetFn, parameters: [...req("level"), ...opt("days")], result: "scalar" },
  {
    id: "ADBUDGETCHECK",
    impl: adBudgetCheckFn,
    parameters: [...req("level"), ...req("budget"), ...opt("days")],
    result: "scalar",
  },
  { id: "LEARNINGBUDGET", impl: learningBudgetFn, parameters: [...opt("conversion"), ...opt("cpa")], result: "scalar" },
  {
    id: "ADFUNNEL",
    impl: adFunnelTable,
    parameters: [...req("budget"), ...req("cpm"), ...req("ctr"), ...req("cvr"), ...req("aov"), ...opt("margin")],
    result: "table",
    table: { columns: 2, maxRows: 10 },
  },
  { id: "ROAS", impl: roasFn, parameters: [...req("revenue"), ...req("spend")], result: "scalar" },
  { id: "BREAKEVENROAS", impl: breakEvenRoasFn, parameters: [...req("margin")], result: "scalar" },
  {
    id: "MAXCPA",
    impl: maxCpaFn,
    parameters: [...req("aov"), ...req("margin"), ...req("target_margin")],
    result: "scalar",
  },
  { id: "REACH", impl: reachFn, parameters: [...req("impressions"), ...req("frequency")], result: "scalar" },
  {
    id: "SPONSORSHIP",
    impl: sponsorshipFn,
    parameters: [...req("followers"), ...opt("engagement_rate"), ...opt("content_type"), ...opt("estimate")],
    result: "scalar",
  },
  { id: "SPONSORSHIPCPM", impl: sponsorshipCpmFn, parameters: [...req("price"), ...req("views")], result: "scalar" },
  { id: "ADFORMATS", impl: adFormatTable, parameters: [], result: "table", table: { columns: 7, maxRows: 10 } },
  {
    id: "FBTFEE",
    impl: shopFbtFee,
    parameters: [...req("market", "weight_kg", "length_cm", "width_cm", "height_cm"), ...opt("units", "as_of")],
    result: "scalar",
  },
  {
    id: "BILLABLEWEIGHT",
    impl: shopBillableWeight,
    parameters: req("weight_lb", "length_in", "width_in", "height_in"),
    result: "scalar",
  },
  { id: "COINVALUE", impl: coinValueFn, parameters: opt("channel", "market"), result: "scalar" },
];

export const NAMESPACE = "TIKTOK";
