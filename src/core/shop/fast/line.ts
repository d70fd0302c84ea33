/**
 * The order line being priced, as scaled integers: its four amounts at one common scale, the
 * quantity, and the fee bases the Decimal path defines (order.ts) — on numbers below 2^53, or on
 * BigInts past that. The caller owns an IntLine and reuses it, line after line.
 */
import type { OrderLineInput } from "../order";
import { MAX_SCALE, ScaledAmount } from "./amount";
import { DECIMAL_EXACT, SAFE } from "./scaled";

/** readOrderLine's limit (order.ts): above it the Decimal path refuses the quantity. */
const MAX_QUANTITY = 1e9;

/** How a step on numbers ended: its results are set, they need BigInt, or only the Decimal path may answer. */
export type Step = "done" | "tooBig" | "refused";

/** The fee bases and the platform discount at the line's scale, and the quantity. */
export interface Bases<T> {
  quantity: T;
  itemNet: T;
  orderValue: T;
  customerPayment: T;
  platformDiscount: T;
}

export class IntLine {
  readonly price = new ScaledAmount();
  readonly shipping = new ScaledAmount();
  readonly sellerDiscount = new ScaledAmount();
  readonly platformDiscount = new ScaledAmount();
  /** The largest of the four scales, which all are brought to. */
  scale = 0;
  /** True when an amount's digits only fit a BigInt. */
  wide = false;
  /** Set by numberBases(). */
  readonly num: Bases<number> = { quantity: 1, itemNet: 0, orderValue: 0, customerPayment: 0, platformDiscount: 0 };
  /** Set by bigBases(). */
  readonly big: Bases<bigint> = {
    quantity: 1n,
    itemNet: 0n,
    orderValue: 0n,
    customerPayment: 0n,
    platformDiscount: 0n,
  };

  /** Reads the caller's line; false when only the Decimal path may read it. */
  read(input: OrderLineInput): boolean {
    const q = input.quantity;
    let quantity = 1;
    if (q !== null && q !== undefined) {
      if (typeof q !== "number" || !Number.isInteger(q) || q < 1 || q > MAX_QUANTITY) return false;
      quantity = q;
    }
    if (typeof input.price !== "number") return false;
    const { price, shipping, sellerDiscount, platformDiscount } = this;
    if (
      !price.readOptional(input.price) ||
      !shipping.readOptional(input.shipping) ||
      !sellerDiscount.readOptional(input.sellerDiscount) ||
      !platformDiscount.readOptional(input.platformDiscount)
    ) {
      return false;
    }
    this.num.quantity = quantity;
    this.scale = Math.max(price.scale, shipping.scale, sellerDiscount.scale, platformDiscount.scale);
    this.wide = price.wide || shipping.wide || sellerDiscount.wide || platformDiscount.wide;
    return true;
  }

  /** Sets `num`: "tooBig" past 2^53, "refused" for discounts the Decimal path refuses. */
  numberBases(): Step {
    const a = this.scale;
    // Longer amounts make products past 2^53 anyway; and every power of ten used stays ≤ 10^22.
    if (a > MAX_SCALE || this.wide) return "tooBig";
    const price = this.price.at(a);
    const shipping = this.shipping.at(a);
    const sellerDiscount = this.sellerDiscount.at(a);
    const platformDiscount = this.platformDiscount.at(a);
    if (price > SAFE || shipping > SAFE || sellerDiscount > SAFE || platformDiscount > SAFE) return "tooBig";
    const b = this.num;
    const items = price * b.quantity;
    if (items > SAFE) return "tooBig";
    // Discounts are checked as checkDiscounts does; a refusal is the Decimal path's to word.
    if (sellerDiscount > items) return "refused";
    const itemNet = items - sellerDiscount;
    const orderValue = itemNet + shipping;
    if (orderValue > SAFE) return "tooBig";
    // seller + platform discount > items + shipping, without a sum that could leave the safe range.
    if (platformDiscount > orderValue) return "refused";
    b.itemNet = itemNet;
    b.orderValue = orderValue;
    b.customerPayment = orderValue - platformDiscount;
    b.platformDiscount = platformDiscount;
    return "done";
  }

  /**
   * numberBases() for any size, into `big`; false for discounts the Decimal path refuses, and for
   * bases with more than its 34 exact digits (it would round them before any fee).
   */
  bigBases(): boolean {
    const a = this.scale;
    const b = this.big;
    b.quantity = BigInt(this.num.quantity);
    const items = this.price.bigAt(a) * b.quantity;
    const shipping = this.shipping.bigAt(a);
    const sellerDiscount = this.sellerDiscount.bigAt(a);
    const platformDiscount = this.platformDiscount.bigAt(a);
    if (sellerDiscount > items || sellerDiscount + platformDiscount > items + shipping) return false;
    const itemNet = items - sellerDiscount;
    const orderValue = itemNet + shipping;
    if (items >= DECIMAL_EXACT || orderValue >= DECIMAL_EXACT) return false;
    b.itemNet = itemNet;
    b.orderValue = orderValue;
    b.customerPayment = orderValue - platformDiscount;
    b.platformDiscount = platformDiscount;
    return true;
  }
}
