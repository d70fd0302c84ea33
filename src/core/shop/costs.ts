/** A seller's costs on one order line, as typed and as read into Decimals. */
import { type Decimal, type DecimalInput, ZERO } from "../decimal";
import { readOptionalNumber, readRate } from "../money";

export interface CostInput {
  /** Cost of one unit (goods, packaging); default 0. */
  readonly unitCost?: DecimalInput | null;
  /** What the seller pays to ship the order; default 0. */
  readonly sellerShipping?: DecimalInput | null;
  /** Affiliate (creator) commission rate on what the buyer paid for the goods; default 0. */
  readonly affiliateRate?: DecimalInput | null;
  /** Share of orders returned, 0–1; default 0. */
  readonly returnRate?: DecimalInput | null;
  /** Advertising spent per order; default 0. */
  readonly adCostPerOrder?: DecimalInput | null;
}

export interface Costs {
  readonly unitCost: Decimal;
  readonly sellerShipping: Decimal;
  readonly affiliateRate: Decimal;
  readonly returnRate: Decimal;
  readonly adCostPerOrder: Decimal;
}

export function readCosts(c: CostInput): Costs {
  return {
    unitCost: readOptionalNumber(c.unitCost, "unit_cost", 0, { noun: "the cost of one unit" }),
    sellerShipping: readOptionalNumber(c.sellerShipping, "seller_shipping", 0, { noun: "your shipping cost" }),
    affiliateRate:
      c.affiliateRate === null || c.affiliateRate === undefined ? ZERO : readRate(c.affiliateRate, "affiliate_rate"),
    returnRate: c.returnRate === null || c.returnRate === undefined ? ZERO : readRate(c.returnRate, "return_rate"),
    adCostPerOrder: readOptionalNumber(c.adCostPerOrder, "ad_cost", 0, { noun: "the ad cost per order" }),
  };
}
