/**
 * TikTok Shop functions, host-neutral: they take arguments as Excel passes them and return cell
 * values, or throw ExcelError. No business rule lives here — only argument reading and output.
 */
import { readAsOf } from "../../core/dates";
import { CoreError } from "../../core/errors";
import type { Line } from "../../core/breakdown";
import {
  billableWeightLb,
  breakEvenPrice,
  fbtFee,
  maxAffiliateRate,
  priceForMargin,
  refundAdminFee,
  requireMargin,
  shopCommission,
  shopFees,
  shopProfit,
  type ProfitQuery,
  type ShopQuery,
} from "../../core/shop";
import { categoryArg, dateArg, type ExcelArg, numberArg, requiredNumberArg, textArg } from "../args";
import { type Table, toCellNumber } from "../output";

type Args = ExcelArg[];

/** The order-line arguments shared by the shop functions, in their Excel order after `price`. */
function orderTerms(args: Args, at: number): Omit<ShopQuery, "price" | "asOf"> {
  return {
    market: textArg(args[at], "market"),
    category: categoryArg(args[at + 1]),
    quantity: numberArg(args[at + 2], "quantity"),
    shipping: numberArg(args[at + 3], "shipping"),
    sellerDiscount: numberArg(args[at + 4], "seller_discount"),
    platformDiscount: numberArg(args[at + 5], "platform_discount"),
  };
}

/** price, [market], [category], [quantity], [shipping], [seller_discount], [platform_discount], [as_of] */
function orderLineQuery(args: Args): ShopQuery {
  return { price: requiredNumberArg(args[0], "price"), ...orderTerms(args, 1), asOf: readAsOf(dateArg(args[7])) };
}

/**
 * Profit arguments after the order terms: [affiliate_rate], [seller_shipping], [return_rate],
 * [ad_cost], [as_of], starting at index `at`.
 */
function costTerms(args: Args, at: number) {
  return {
    affiliateRate: numberArg(args[at], "affiliate_rate"),
    sellerShipping: numberArg(args[at + 1], "seller_shipping"),
    returnRate: numberArg(args[at + 2], "return_rate"),
    adCostPerOrder: numberArg(args[at + 3], "ad_cost"),
    asOf: readAsOf(dateArg(args[at + 4])),
  };
}

/** price, unit_cost, [market] … [platform_discount], [affiliate_rate] … [as_of] */
function profitQuery(args: Args): ProfitQuery {
  return {
    price: requiredNumberArg(args[0], "price"),
    unitCost: requiredNumberArg(args[1], "unit_cost"),
    ...orderTerms(args, 2),
    ...costTerms(args, 8),
  };
}

export function shopFee(...args: Args): number {
  return toCellNumber(shopFees(orderLineQuery(args)).breakdown.total);
}

export function shopCommissionFee(...args: Args): number {
  return toCellNumber(shopCommission(orderLineQuery(args)).breakdown.total);
}

export function shopRefundFee(...args: Args): number {
  return toCellNumber(refundAdminFee(orderLineQuery(args)).breakdown.total);
}

const BREAKDOWN_HEADER = ["Component", "Rate", "Base", "Amount", "Source"];

function breakdownRow(l: Line): (string | number)[] {
  return [
    l.label,
    l.rate === null ? "" : toCellNumber(l.rate),
    l.base === null ? "" : toCellNumber(l.base),
    toCellNumber(l.amount),
    l.source ?? "",
  ];
}

/** The fee breakdown as a table: component, rate, base, amount, source; last row the total. */
export function shopFeeTable(...args: Args): Table {
  const r = shopFees(orderLineQuery(args));
  return [
    BREAKDOWN_HEADER,
    ...r.breakdown.lines.map(breakdownRow),
    ["Total TikTok Shop fees", "", "", toCellNumber(r.breakdown.total), ""],
  ];
}

/** price, [market] … [platform_discount], [affiliate_rate], [as_of] → what TikTok settles to the seller. */
export function shopNet(...args: Args): number {
  const q: ProfitQuery = {
    price: requiredNumberArg(args[0], "price"),
    ...orderTerms(args, 1),
    affiliateRate: numberArg(args[7], "affiliate_rate"),
    asOf: readAsOf(dateArg(args[8])),
  };
  return toCellNumber(shopProfit(q).netProceeds);
}

export function shopProfitAmount(...args: Args): number {
  return toCellNumber(shopProfit(profitQuery(args)).profit);
}

export function shopMargin(...args: Args): number {
  return toCellNumber(requireMargin(shopProfit(profitQuery(args))));
}

/** unit_cost, target_margin, [market] … [platform_discount], [affiliate_rate] … [as_of] */
export function shopPrice(...args: Args): number {
  const unitCost = requiredNumberArg(args[0], "unit_cost");
  const target = requiredNumberArg(args[1], "target_margin");
  const q = { unitCost, ...orderTerms(args, 2), ...costTerms(args, 8) };
  return toCellNumber(priceForMargin(q, target).price);
}

/** unit_cost, [market] … [platform_discount], [affiliate_rate] … [as_of] */
export function shopBreakEvenPrice(...args: Args): number {
  const unitCost = requiredNumberArg(args[0], "unit_cost");
  const q = { unitCost, ...orderTerms(args, 1), ...costTerms(args, 7) };
  return toCellNumber(breakEvenPrice(q).price);
}

/** price, unit_cost, target_margin, [market] … [platform_discount], [seller_shipping], [return_rate], [ad_cost], [as_of] */
export function shopMaxAffiliate(...args: Args): number {
  const price = requiredNumberArg(args[0], "price");
  const unitCost = requiredNumberArg(args[1], "unit_cost");
  const target = requiredNumberArg(args[2], "target_margin");
  const q = {
    price,
    unitCost,
    ...orderTerms(args, 3),
    sellerShipping: numberArg(args[9], "seller_shipping"),
    returnRate: numberArg(args[10], "return_rate"),
    adCostPerOrder: numberArg(args[11], "ad_cost"),
    asOf: readAsOf(dateArg(args[12])),
  };
  return toCellNumber(maxAffiliateRate(q, target).rate);
}

/** market, weight_kg, length_cm, width_cm, height_cm, [units], [as_of] */
export function shopFbtFee(...args: Args): number {
  const market = textArg(args[0], "market");
  if (market === null) throw new CoreError("invalidValue", "market", 'market is required, e.g. "UK".');
  return toCellNumber(
    fbtFee(
      market,
      requiredNumberArg(args[1], "weight_kg"),
      requiredNumberArg(args[2], "length_cm"),
      requiredNumberArg(args[3], "width_cm"),
      requiredNumberArg(args[4], "height_cm"),
      numberArg(args[5], "units"),
      readAsOf(dateArg(args[6])),
    ).fee,
  );
}

/** weight_lb, length_in, width_in, height_in */
export function shopBillableWeight(...args: Args): number {
  return toCellNumber(
    billableWeightLb(
      requiredNumberArg(args[0], "weight_lb"),
      requiredNumberArg(args[1], "length_in"),
      requiredNumberArg(args[2], "width_in"),
      requiredNumberArg(args[3], "height_in"),
    ),
  );
}
