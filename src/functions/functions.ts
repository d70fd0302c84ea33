/**
 * The TIKTOK.* custom functions Excel sees. Each is a top-level function declaration with JSDoc
 * (custom-functions-metadata-plugin reads only those, and appends the CustomFunctions.associate
 * calls itself); each delegates to a host-neutral implementation in ./library.
 */
import { inExcel } from "./excelHost";
import { categoryTable, marketTable, rateBookVersion, rateSource, rateValue } from "./library/ratebook";
import {
  shopBreakEvenPrice,
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
 * The version of the rate book the add-in computes with: the newest effective date of its rates and a hash of their content.
 * @customfunction RATEBOOK
 * @helpurl https://localhost:3000/help.html#ratebook
 * @returns Rate book version, e.g. 2026-06-15+1a2b3c4d.
 */
export function ratebook(): string {
  return inExcel(rateBookVersion, []);
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
 * @returns Total TikTok Shop fees in the market currency.
 */
export function shopfee(
  price: unknown,
  market?: unknown,
  category?: unknown,
  quantity?: unknown,
  shipping?: unknown,
  seller_discount?: unknown,
  platform_discount?: unknown,
  as_of?: unknown,
): number {
  return inExcel(shopFee, [price, market, category, quantity, shipping, seller_discount, platform_discount, as_of]);
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
 * @returns Commission in the market currency.
 */
export function shopcommission(
  price: unknown,
  market?: unknown,
  category?: unknown,
  quantity?: unknown,
  shipping?: unknown,
  seller_discount?: unknown,
  platform_discount?: unknown,
  as_of?: unknown,
): number {
  return inExcel(shopCommissionFee, [
    price,
    market,
    category,
    quantity,
    shipping,
    seller_discount,
    platform_discount,
    as_of,
  ]);
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
 * @returns Fee breakdown table with a header row.
 */
export function shopfees(
  price: unknown,
  market?: unknown,
  category?: unknown,
  quantity?: unknown,
  shipping?: unknown,
  seller_discount?: unknown,
  platform_discount?: unknown,
  as_of?: unknown,
): any[][] {
  return inExcel(shopFeeTable, [
    price,
    market,
    category,
    quantity,
    shipping,
    seller_discount,
    platform_discount,
    as_of,
  ]);
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
 * @returns Refund administration fee in the market currency.
 */
export function refundfee(
  price: unknown,
  market?: unknown,
  category?: unknown,
  quantity?: unknown,
  shipping?: unknown,
  seller_discount?: unknown,
  platform_discount?: unknown,
  as_of?: unknown,
): number {
  return inExcel(shopRefundFee, [
    price,
    market,
    category,
    quantity,
    shipping,
    seller_discount,
    platform_discount,
    as_of,
  ]);
}

/**
 * Net proceeds of one order line: revenue (goods after seller discount plus buyer shipping) less TikTok Shop fees and affiliate commission.
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
 * @returns What TikTok settles to you for the order line.
 */
export function shopnet(
  price: unknown,
  market?: unknown,
  category?: unknown,
  quantity?: unknown,
  shipping?: unknown,
  seller_discount?: unknown,
  platform_discount?: unknown,
  affiliate_rate?: unknown,
  as_of?: unknown,
): number {
  return inExcel(shopNet, [
    price,
    market,
    category,
    quantity,
    shipping,
    seller_discount,
    platform_discount,
    affiliate_rate,
    as_of,
  ]);
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
 * @returns Profit in the market currency.
 */
export function shopprofit(
  price: unknown,
  unit_cost: unknown,
  market?: unknown,
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
): number {
  return inExcel(shopProfitAmount, [
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
  ]);
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
 * @returns Margin as a fraction (0.25 is 25 %).
 */
export function shopmargin(
  price: unknown,
  unit_cost: unknown,
  market?: unknown,
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
): number {
  return inExcel(shopMargin, [
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
  ]);
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
 * @returns Unit price in the market currency.
 */
export function shopprice(
  unit_cost: unknown,
  target_margin: unknown,
  market?: unknown,
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
): number {
  return inExcel(shopPrice, [
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
  ]);
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
 * @returns Break-even unit price in the market currency.
 */
export function breakevenprice(
  unit_cost: unknown,
  market?: unknown,
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
): number {
  return inExcel(shopBreakEvenPrice, [
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
  ]);
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
 * @returns Affiliate rate as a fraction (0.15 is 15 %).
 */
export function maxaffiliate(
  price: unknown,
  unit_cost: unknown,
  target_margin: unknown,
  market?: unknown,
  category?: unknown,
  quantity?: unknown,
  shipping?: unknown,
  seller_discount?: unknown,
  platform_discount?: unknown,
  seller_shipping?: unknown,
  return_rate?: unknown,
  ad_cost?: unknown,
  as_of?: unknown,
): number {
  return inExcel(shopMaxAffiliate, [
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
  ]);
}

/**
 * The markets the rate book covers, with currency and the default commission in force on the newest rates.
 * @customfunction MARKETS
 * @helpurl https://localhost:3000/help.html#markets
 * @returns Table of markets with a header row.
 */
export function markets(): any[][] {
  return inExcel(marketTable, []);
}

/**
 * A market's product categories with the commission rate in force on the date and its source.
 * @customfunction CATEGORIES
 * @helpurl https://localhost:3000/help.html#categories
 * @param [market] Market code such as US, UK, ID (default US).
 * @param [as_of] Date of the rates to use (default: the newest rates).
 * @returns Table of categories with a header row.
 */
export function categories(market?: unknown, as_of?: unknown): any[][] {
  return inExcel(categoryTable, [market, as_of]);
}

/**
 * The rate behind any fee or parameter in the rate book, e.g. the commission of a market and category, or the USD value of a diamond.
 * @customfunction RATE
 * @helpurl https://localhost:3000/help.html#rate
 * @param fee Fee or parameter, e.g. "commission", "transaction", "orderFee", "usdPerDiamond", "cpm".
 * @param [market] Market code such as US, UK, ID (default US for shop fees).
 * @param [category] Category, gift, industry or format, where the fee has them.
 * @param [as_of] Date of the rates to use (default: the newest rates).
 * @returns The rate as a fraction (0.06 is 6 %) or an amount.
 */
export function rate(fee: unknown, market?: unknown, category?: unknown, as_of?: unknown): number {
  return inExcel(rateValue, [fee, market, category, as_of]);
}

/**
 * The public source (URL) of any fee or parameter in the rate book.
 * @customfunction RATESOURCE
 * @helpurl https://localhost:3000/help.html#ratesource
 * @param fee Fee or parameter, e.g. "commission", "transaction", "orderFee", "usdPerDiamond", "cpm".
 * @param [market] Market code such as US, UK, ID (default US for shop fees).
 * @param [category] Category, gift, industry or format, where the fee has them.
 * @param [as_of] Date of the rates to use (default: the newest rates).
 * @returns URL of the page the rate comes from.
 */
export function ratesource(fee: unknown, market?: unknown, category?: unknown, as_of?: unknown): string {
  return inExcel(rateSource, [fee, market, category, as_of]);
}
