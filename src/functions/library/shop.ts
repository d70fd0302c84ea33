/** TikTok Shop functions, host-neutral: they take Excel-style arguments and throw ExcelError. */
import { readAsOf } from "../../core/dates";
import { shopCommission, shopFees, type ShopQuery } from "../../core/shop";
import { categoryArg, dateArg, type ExcelArg, numberArg, requiredNumberArg, textArg } from "../args";
import { toCellNumber } from "../output";

/** The order-line arguments shared by SHOPFEE, SHOPCOMMISSION and their siblings, in Excel order. */
export function shopQuery(
  price: ExcelArg,
  market: ExcelArg,
  category: ExcelArg,
  quantity: ExcelArg,
  shipping: ExcelArg,
  sellerDiscount: ExcelArg,
  platformDiscount: ExcelArg,
  asOf: ExcelArg,
): ShopQuery {
  return {
    price: requiredNumberArg(price, "price"),
    market: textArg(market, "market"),
    category: categoryArg(category),
    quantity: numberArg(quantity, "quantity"),
    shipping: numberArg(shipping, "shipping"),
    sellerDiscount: numberArg(sellerDiscount, "seller_discount"),
    platformDiscount: numberArg(platformDiscount, "platform_discount"),
    asOf: readAsOf(dateArg(asOf)),
  };
}

export function shopFee(...args: ExcelArg[]): number {
  const [price, market, category, quantity, shipping, sellerDiscount, platformDiscount, asOf] = args;
  return toCellNumber(
    shopFees(shopQuery(price, market, category, quantity, shipping, sellerDiscount, platformDiscount, asOf)).breakdown
      .total,
  );
}

export function shopCommissionFee(...args: ExcelArg[]): number {
  const [price, market, category, quantity, shipping, sellerDiscount, platformDiscount, asOf] = args;
  return toCellNumber(
    shopCommission(shopQuery(price, market, category, quantity, shipping, sellerDiscount, platformDiscount, asOf))
      .breakdown.total,
  );
}
