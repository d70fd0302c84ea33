/**
 * One TikTok Shop order line as a seller describes it, validated, and the amounts each fee is
 * charged on ("bases"). Which base a fee uses is data in the rate book (RateEntry.base).
 */
import { Decimal, type DecimalInput, ONE, ZERO } from "../decimal";
import { invalidValue } from "../errors";
import { message } from "../messages";
import { readNumber, readOptionalNumber } from "../money";
import type { FeeBase } from "../rates/types";

export interface OrderLineInput {
  /** Unit list price, before discounts, in the market currency (VAT-inclusive where prices are). */
  readonly price: DecimalInput | null;
  /** Units on the line; default 1. */
  readonly quantity?: DecimalInput | null;
  /** What the buyer paid for shipping on the order; default 0. */
  readonly shipping?: DecimalInput | null;
  /** Discount funded by the seller, as an amount on the line; default 0. */
  readonly sellerDiscount?: DecimalInput | null;
  /** Discount funded by TikTok (platform voucher), as an amount on the line; default 0. */
  readonly platformDiscount?: DecimalInput | null;
}

export interface OrderLine {
  readonly price: Decimal;
  readonly quantity: Decimal;
  readonly shipping: Decimal;
  readonly sellerDiscount: Decimal;
  readonly platformDiscount: Decimal;
}

/** Largest quantity on one line; far above any real order, low enough to stay exact. */
const MAX_QUANTITY = new Decimal("1e9");

export function readOrderLine(input: OrderLineInput): OrderLine {
  const line = readOrderTerms(input);
  checkDiscounts(line);
  return line;
}

/**
 * Reads everything but checks no discount against the price: the reverse solvers read the order's
 * terms before the price is known.
 */
export function readOrderTerms(input: OrderLineInput): OrderLine {
  const price = readNumber(input.price, "price", { noun: "the unit price" });
  const quantity = readOptionalNumber(input.quantity, "quantity", ONE, {
    integer: true,
    allowZero: false,
    noun: "a whole number of units",
    max: MAX_QUANTITY,
  });
  const shipping = readOptionalNumber(input.shipping, "shipping", ZERO, { noun: "the shipping the buyer paid" });
  const sellerDiscount = readOptionalNumber(input.sellerDiscount, "seller_discount", ZERO, {
    noun: "a discount amount",
  });
  const platformDiscount = readOptionalNumber(input.platformDiscount, "platform_discount", ZERO, {
    noun: "a discount amount",
  });
  return { price, quantity, shipping, sellerDiscount, platformDiscount };
}

/** Discounts cannot exceed what is being discounted; otherwise a fee base would go negative. */
export function checkDiscounts(line: OrderLine): void {
  if (line.sellerDiscount.isZero() && line.platformDiscount.isZero()) return;
  const items = line.price.times(line.quantity);
  if (line.sellerDiscount.greaterThan(items)) {
    throw invalidValue(
      "seller_discount",
      message("shop.sellerDiscountAboveItems", { discount: line.sellerDiscount.toString(), items: items.toString() }),
    );
  }
  if (line.sellerDiscount.plus(line.platformDiscount).greaterThan(items.plus(line.shipping))) {
    throw invalidValue(
      "platform_discount",
      message("shop.platformDiscountAbovePayment", { discount: line.platformDiscount.toString() }),
    );
  }
}

/** The amount a fee with the given base is charged on (null for fixed fees). */
/** Price × quantity less the seller's discount, without building Decimals for the common case. */
function itemNetOf(line: OrderLine): Decimal {
  const items = line.quantity.equals(ONE) ? line.price : line.price.times(line.quantity);
  return line.sellerDiscount.isZero() ? items : items.minus(line.sellerDiscount);
}

export function baseAmount(line: OrderLine, base: FeeBase): Decimal | null {
  const itemNet = itemNetOf(line);
  switch (base) {
    case "itemNet":
      return itemNet;
    case "orderValue":
    case "customerPaymentPlusSubsidy":
      // Platform-funded discounts are added back: TikTok, not the seller, paid them.
      return line.shipping.isZero() ? itemNet : itemNet.plus(line.shipping);
    case "customerPayment":
      return itemNet.minus(line.platformDiscount).plus(line.shipping);
    case "perOrder":
    case "perItem":
    case "commission":
    case "none":
      return null;
  }
}

/** What the buyer actually paid for the goods: the affiliate commission base (S116). */
export function goodsPaid(line: OrderLine): Decimal {
  const paid = line.price.times(line.quantity).minus(line.sellerDiscount).minus(line.platformDiscount);
  return paid.isNegative() ? ZERO : paid;
}

/** Revenue the seller's margin is measured against: goods after seller discount + buyer shipping. */
export function orderRevenue(line: OrderLine): Decimal {
  return line.price.times(line.quantity).minus(line.sellerDiscount).plus(line.shipping);
}
