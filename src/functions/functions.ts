/**
 * The TIKTOK.* custom functions Excel sees. Each is a top-level function declaration with JSDoc
 * (custom-functions-metadata-plugin reads only those, and appends the CustomFunctions.associate
 * calls itself); each delegates to a host-neutral implementation in ./library.
 */
import { inExcel } from "./excelHost";
import { rateBookVersion } from "./library/ratebook";
import { shopCommissionFee, shopFee } from "./library/shop";

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
