/**
 * TikTok Shop functions: fees on an order line, net proceeds, profit and margin, the reverse
 * solutions, and Fulfilled by TikTok. Business rules live in src/core/shop; a spec only names its
 * arguments and picks the core result to show.
 */
import type { Line } from "../../core/breakdown";
import {
  billableWeightLb,
  breakEvenPrice,
  fbtFee,
  maxAffiliateRate,
  priceForMargin,
  refundAdminFee,
  shopFeeTotal,
  shopFees,
  shopProfitFigure,
  type ProfitQuery,
  type ShopQuery,
} from "../../core/shop";
import { feeLineName } from "../../i18n/feeNames";
import { activeSheetWords, say } from "../../i18n/active";
import { defineFunction } from "../define";
import { columns } from "../messages";
import { toCellNumber, type Table } from "../output";
import * as P from "../params";
import { readSellerProfile } from "../sellerProfile";
import { optional, required } from "../spec";

/** The order terms after price / unit cost, in their Excel order. */
const ORDER_TERMS = [
  optional(P.market),
  optional(P.category),
  optional(P.quantity),
  optional(P.shipping),
  optional(P.sellerDiscount),
  optional(P.platformDiscount),
] as const;
const COST_TERMS = [
  optional(P.affiliateRate),
  optional(P.sellerShipping),
  optional(P.returnRate),
  optional(P.adCost),
] as const;
const AS_OF = optional(P.asOf);
/** After as_of, so every formula written before they existed keeps its meaning. */
const SELLER_TERMS = [optional(P.commissionRate), optional(P.sellerProfile)] as const;
const ORDER_LINE = [required(P.price), ...ORDER_TERMS, AS_OF, ...SELLER_TERMS] as const;

/** The named arguments of the order-line functions; each function has some of them. */
interface LineArgs {
  readonly price?: ShopQuery["price"];
  readonly unit_cost?: ProfitQuery["unitCost"];
  readonly market: string | null;
  readonly category: ShopQuery["category"];
  readonly quantity: ShopQuery["quantity"];
  readonly shipping: ShopQuery["shipping"];
  readonly seller_discount: ShopQuery["sellerDiscount"];
  readonly platform_discount: ShopQuery["platformDiscount"];
  readonly as_of: string | null;
  readonly commission_rate: ShopQuery["commissionRate"];
  readonly seller_profile: string | null;
  readonly affiliate_rate?: ProfitQuery["affiliateRate"];
  readonly seller_shipping?: ProfitQuery["sellerShipping"];
  readonly return_rate?: ProfitQuery["returnRate"];
  readonly ad_cost?: ProfitQuery["adCostPerOrder"];
}

/**
 * Named arguments → the core's query: the order line, who sells it and the seller's costs, in one
 * object built in one step (SHOPFEE, SHOPNET and SHOPMARGIN are called once per row of a catalog).
 * What a function does not take is null: its default.
 */
function lineQuery(a: LineArgs): ProfitQuery {
  return {
    price: a.price ?? null,
    unitCost: a.unit_cost ?? null,
    market: a.market,
    category: a.category,
    quantity: a.quantity,
    shipping: a.shipping,
    sellerDiscount: a.seller_discount,
    platformDiscount: a.platform_discount,
    asOf: a.as_of,
    commissionRate: a.commission_rate,
    sellerProfile: readSellerProfile(a.seller_profile),
    affiliateRate: a.affiliate_rate ?? null,
    sellerShipping: a.seller_shipping ?? null,
    returnRate: a.return_rate ?? null,
    adCostPerOrder: a.ad_cost ?? null,
  };
}

const US_REFERRAL = "https://seller-us.tiktok.com/university/essay?knowledge_id=5982454398175018";

export const SHOPFEE = defineFunction({
  id: "SHOPFEE",
  description:
    "All TikTok Shop fees on one order line: commission plus transaction, service and fixed per-order fees in force on the date.",
  returns: "Total TikTok Shop fees in the market currency.",
  parameters: ORDER_LINE,
  result: "number",
  examples: [
    {
      args: [20, "US"],
      expected: 1.2,
      source: "https://luminushub.com/tiktok-shop-fees-2025-complete-cost-breakdown-best-practices",
    },
  ],
  run: (a) => shopFeeTotal(lineQuery(a)),
});

export const SHOPCOMMISSION = defineFunction({
  id: "SHOPCOMMISSION",
  description: "The commission (referral fee) alone on one order line, with VAT on top where the market adds it.",
  returns: "Commission in the market currency.",
  parameters: ORDER_LINE,
  result: "number",
  // 6 % × (50 − 5 seller discount), TikTok's 10 voucher added back: the referral base of the US rule.
  examples: [{ args: [50, "US", null, null, null, 5, 10], expected: 2.7, source: US_REFERRAL }],
  run: (a) => shopFeeTotal(lineQuery(a), "commission"),
});

const BREAKDOWN_HEADER = ["Component", "Rate", "Base", "Amount", "Source"];

/**
 * A fee line's name: in English the rate book's own words (a market's name for its fee, "Referral
 * fee"); in another language the fee's name there, as the pane and the sheets call it (and "VAT on"
 * it), else the book's words.
 */
function lineLabel(l: Line): string {
  const fees = activeSheetWords()?.fees;
  return (fees && feeLineName(l.key, (fee) => fees[fee], say)) ?? l.label;
}

function breakdownRow(l: Line): (string | number)[] {
  return [
    lineLabel(l),
    l.rate === null ? "" : toCellNumber(l.rate),
    l.base === null ? "" : toCellNumber(l.base),
    toCellNumber(l.amount),
    l.source ?? "",
  ];
}

export const SHOPFEES = defineFunction({
  id: "SHOPFEES",
  description:
    "The TikTok Shop fees on one order line as a table: component, rate, base, amount and source, with the total in the last row.",
  returns: "Fee breakdown table with a header row.",
  parameters: ORDER_LINE,
  result: "table",
  table: { columns: 5, maxRows: 12 },
  examples: [{ args: [20, "US"], expected: { rows: 3, columns: 5, header: BREAKDOWN_HEADER } }],
  run: (a): Table => {
    const r = shopFees(lineQuery(a));
    return [
      columns("component", "rate", "base", "amount", "source"),
      ...r.breakdown.lines.map(breakdownRow),
      [columns("totalShopFees")[0], "", "", toCellNumber(r.breakdown.total), ""],
    ];
  },
});

export const REFUNDFEE = defineFunction({
  id: "REFUNDFEE",
  description:
    "The refund administration fee TikTok charges when the order line is refunded (US: 20 % of the referral fee, at most $5 per SKU; zero where none is charged).",
  returns: "Refund administration fee in the market currency.",
  parameters: ORDER_LINE,
  result: "number",
  examples: [
    { args: [40, "US"], expected: 0.48, source: "https://myecomsuite.com/tiktok-shop-refund-administration-fee" },
  ],
  run: (a) => refundAdminFee(lineQuery(a)).breakdown.total,
});

export const SHOPNET = defineFunction({
  id: "SHOPNET",
  description:
    "What TikTok settles to you for one order line: revenue (goods after seller discount plus buyer shipping) less TikTok Shop fees, affiliate commission and any tax TikTok withholds.",
  returns: "What TikTok settles to you for the order line.",
  parameters: [required(P.price), ...ORDER_TERMS, optional(P.affiliateRate), AS_OF, ...SELLER_TERMS],
  result: "number",
  examples: [{ args: [100, "US", null, null, null, null, null, 0.1], expected: 84 }],
  run: (a) => shopProfitFigure(lineQuery(a), "settlement"),
});

const PROFIT_LINE = [
  required(P.price),
  required(P.unitCost),
  ...ORDER_TERMS,
  ...COST_TERMS,
  AS_OF,
  ...SELLER_TERMS,
] as const;

export const SHOPPROFIT = defineFunction({
  id: "SHOPPROFIT",
  description:
    "Expected profit of one order line after TikTok Shop fees, affiliate commission, product cost, shipping, advertising and returns.",
  returns: "Profit in the market currency.",
  parameters: PROFIT_LINE,
  result: "number",
  examples: [
    {
      args: [50, 20, "US", null, null, null, null, null, 0.1],
      expected: 22,
      source: "https://e-commerce-fee-calculator.pages.dev/blog/tiktok-shop-affiliate-commission-rates-2026",
    },
  ],
  run: (a) => shopProfitFigure(lineQuery(a), "profit"),
});

export const SHOPMARGIN = defineFunction({
  id: "SHOPMARGIN",
  description:
    "Profit margin of one order line: expected profit divided by revenue (goods after seller discount plus buyer shipping).",
  returns: "Margin as a fraction (0.25 is 25 %).",
  parameters: PROFIT_LINE,
  result: "number",
  examples: [
    {
      args: [100, 20, "US", null, null, null, null, null, 0.1],
      expected: 0.64,
      source: "https://www.blog.jonathansnow.com/p/determine-commission-offer-tiktok-shop-affiliates",
    },
  ],
  run: (a) => shopProfitFigure(lineQuery(a), "margin"),
});

export const SHOPPRICE = defineFunction({
  id: "SHOPPRICE",
  description: "The lowest unit price that earns a target margin after all TikTok Shop fees and your costs.",
  returns: "Unit price in the market currency.",
  parameters: [required(P.unitCost), required(P.targetMargin), ...ORDER_TERMS, ...COST_TERMS, AS_OF, ...SELLER_TERMS],
  result: "number",
  examples: [{ args: [20, 0.3, "US"], expected: 31.26 }],
  run: (a) => priceForMargin(lineQuery(a), a.target_margin).price,
});

export const BREAKEVENPRICE = defineFunction({
  id: "BREAKEVENPRICE",
  description:
    "The lowest unit price at which an order line does not lose money after TikTok Shop fees and your costs.",
  returns: "Break-even unit price in the market currency.",
  parameters: [required(P.unitCost), ...ORDER_TERMS, ...COST_TERMS, AS_OF, ...SELLER_TERMS],
  result: "number",
  examples: [{ args: [20, "US"], expected: 21.28 }],
  run: (a) => breakEvenPrice(lineQuery(a)).price,
});

export const MAXAFFILIATE = defineFunction({
  id: "MAXAFFILIATE",
  description:
    "The highest affiliate (creator) commission rate that still earns a target margin at a given price (TikTok allows at most 80 %).",
  returns: "Affiliate rate as a fraction (0.15 is 15 %).",
  parameters: [
    required(P.price),
    required(P.unitCost),
    required(P.targetMargin),
    ...ORDER_TERMS,
    ...COST_TERMS.slice(1),
    AS_OF,
    ...SELLER_TERMS,
  ] as const,
  result: "number",
  examples: [{ args: [100, 20, 0.5, "US"], expected: 0.24 }],
  run: (a) => maxAffiliateRate(lineQuery(a), a.target_margin).rate,
});

export const FBTFEE = defineFunction({
  id: "FBTFEE",
  description:
    "Fulfilled by TikTok (FBT) fulfilment fee for units of one item, by the UK size tier its box and weight fall in (the UK table is the only public one).",
  returns: "FBT fee in the market currency.",
  parameters: [
    required(
      { ...P.market, choices: "FBT_MARKET" },
      "Market code: UK (the US rate card by weight is not public; the function says so).",
    ),
    required(P.weightKg),
    required(P.lengthCm),
    required(P.widthCm),
    required(P.heightCm),
    optional(P.units),
    AS_OF,
  ],
  result: "number",
  examples: [{ args: ["UK", 0.4, 30, 20, 3, 2], expected: 1.56, source: "https://mergoio.com/profitCalculator.html" }],
  run: (a) => fbtFee(a.market, a.weight_kg, a.length_cm, a.width_cm, a.height_cm, a.units, a.as_of).fee,
});

export const BILLABLEWEIGHT = defineFunction({
  id: "BILLABLEWEIGHT",
  description:
    "US FBT billable weight in pounds: the greater of the unit weight and the dimensional weight, length × width × height (inches) ÷ 166.",
  returns: "Billable weight in pounds (2 decimal places).",
  parameters: [required(P.weightLb), required(P.lengthIn), required(P.widthIn), required(P.heightIn)],
  result: "number",
  examples: [
    {
      args: [3, 10, 10, 16],
      expected: 9.64,
      source: "https://seller-us.tiktok.com/university/essay?knowledge_id=5080349546170155",
    },
  ],
  run: (a) => billableWeightLb(a.weight_lb, a.length_in, a.width_in, a.height_in),
});
