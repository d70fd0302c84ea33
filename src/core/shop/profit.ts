/**
 * A seller's unit economics on one order line: what TikTok takes, what the creator earns, what
 * reaches the seller (net proceeds) and what is left after costs (profit), with the margin.
 *
 * Returns allowance: with return rate r, the expected profit is (1 − r) × profit-if-kept +
 * r × profit-if-returned, where a returned order refunds the buyer in full, claws back the affiliate
 * commission, refunds the fees the rate book marks refundable, charges the refund administration
 * fee where there is one, and the goods go back into stock. That difference is one line,
 * "Returns allowance" = r × (revenue − refunded fees − affiliate − product cost + refund admin fee).
 */
import { type Breakdown, type UnroundedLine, makeBreakdown } from "../breakdown";
import { type Decimal, ZERO, sum } from "../decimal";
import { outOfRange } from "../errors";
import { message } from "../messages";
import { feeLines, refundAdminLines, type ShopQuery, withheldLines, scheduleOf, scheduleForFastPath } from "./fees";
import { type CostInput, type Costs, readCosts } from "./costs";
import { type ProfitFigure, ProfitMinor, fastProfitFigure } from "./fastProfit";
import { type OrderLine, goodsPaid, orderRevenue, readOrderLine } from "./order";
import type { FeeSchedule } from "./schedule";

/** The affiliate base (what the buyer paid for the goods) is defined on this official page (S116). */
export const AFFILIATE_BASE_SOURCE =
  "https://seller-vn.tiktok.com/university/essay?knowledge_id=6837840205842177&lang=en";

/** Lines of taxes withheld from the settlement for the seller profile (not fees). */
const WITHHELD_KEYS = new Set(["vatWithheld", "pitWithheld", "incomeTaxWithheld"]);

/** Keys of the lines that make up net proceeds (revenue less TikTok and the creator). */
const NET_KEYS_EXCLUDED = new Set(["productCost", "sellerShipping", "adCost", "returns", ...WITHHELD_KEYS]);

/** Unrounded, signed lines whose sum is the expected profit. Exposed for the reverse solvers. */
export function profitLines(schedule: FeeSchedule, line: OrderLine, costs: Costs): UnroundedLine[] {
  const revenue = orderRevenue(line);
  const fees = feeLines(schedule, line);
  const withheld = withheldLines(schedule, line);
  const affiliateBase = goodsPaid(line);
  // Zero costs are common (a fee sheet with no costs filled in): skip their arithmetic, not their lines.
  const affiliate = costs.affiliateRate.isZero() ? ZERO : affiliateBase.times(costs.affiliateRate);
  const productCost = costs.unitCost.isZero() ? ZERO : costs.unitCost.times(line.quantity);

  // What a return loses matters only when some orders come back.
  let returnLoss: Decimal | null = null;
  if (!costs.returnRate.isZero()) {
    const refundable = new Set(schedule.orderFees.filter((r) => r.refundOnReturn !== "none").map((r) => r.kind));
    const refundedFees = sum(
      [...fees.filter((f) => refundable.has(f.key.replace(/Vat$/, ""))), ...withheld].map((f) => f.amount),
    );
    const refundAdmin = sum(refundAdminLines(schedule, line, fees).map((l) => l.amount));
    returnLoss = revenue.minus(refundedFees).minus(affiliate).minus(productCost).plus(refundAdmin);
  }

  const lines: UnroundedLine[] = [
    {
      key: "revenue",
      label: "Revenue (goods after seller discount + buyer shipping)",
      amount: revenue,
      rate: null,
      base: null,
      source: null,
    },
    ...fees.map((f) => ({ ...f, amount: f.amount.negated() })),
    // Withheld tax leaves the settlement like a fee; it is refunded with the sale on a return.
    ...withheld.map((f) => ({ ...f, amount: f.amount.negated() })),
    {
      key: "affiliate",
      label: "Affiliate commission",
      amount: affiliate.negated(),
      rate: costs.affiliateRate,
      base: affiliateBase,
      source: AFFILIATE_BASE_SOURCE,
    },
    { key: "productCost", label: "Product cost", amount: productCost.negated(), rate: null, base: null, source: null },
    {
      key: "sellerShipping",
      label: "Seller shipping cost",
      amount: costs.sellerShipping.negated(),
      rate: null,
      base: null,
      source: null,
    },
    {
      key: "adCost",
      label: "Ad cost per order",
      amount: costs.adCostPerOrder.negated(),
      rate: null,
      base: null,
      source: null,
    },
    {
      key: "returns",
      label: "Returns allowance",
      amount: returnLoss === null ? ZERO : returnLoss.times(costs.returnRate).negated(),
      rate: costs.returnRate,
      base: returnLoss,
      source: null,
    },
  ];
  return lines;
}

export interface ProfitQuery extends ShopQuery, CostInput {}

export interface ProfitResult {
  readonly schedule: FeeSchedule;
  readonly line: OrderLine;
  /** Signed lines; total = profit. */
  readonly breakdown: Breakdown;
  readonly revenue: Decimal;
  readonly platformFees: Decimal;
  /** Revenue less platform fees and affiliate commission, before any tax withheld. */
  readonly netProceeds: Decimal;
  /** Taxes withheld from the settlement for the seller profile (VN VAT + PIT, ID PPh 22, PH 1 % of half). */
  readonly withheld: Decimal;
  /** What TikTok pays out: net proceeds less the taxes withheld. */
  readonly settlement: Decimal;
  readonly profit: Decimal;
  /** Profit ÷ revenue; null when revenue is zero. */
  readonly margin: Decimal | null;
}

export function profitFromLines(schedule: FeeSchedule, line: OrderLine, lines: readonly UnroundedLine[]): ProfitResult {
  const breakdown = makeBreakdown(schedule.currency, lines);
  const revenue = breakdown.lines.find((l) => l.key === "revenue")?.amount ?? ZERO;
  const feeKeys = new Set(schedule.orderFees.flatMap((r) => [r.kind, `${r.kind}Vat`]));
  const platformFees = sum(breakdown.lines.filter((l) => feeKeys.has(l.key)).map((l) => l.amount.negated()));
  const netProceeds = sum(breakdown.lines.filter((l) => !NET_KEYS_EXCLUDED.has(l.key)).map((l) => l.amount));
  const withheld = sum(breakdown.lines.filter((l) => WITHHELD_KEYS.has(l.key)).map((l) => l.amount.negated()));
  const profit = breakdown.total;
  // A division at 34 digits costs as much as the rest of the result: only SHOPMARGIN and the
  // solvers ask for the margin, so it is computed on first use.
  let margin: Decimal | null | undefined;
  return {
    schedule,
    line,
    breakdown,
    revenue,
    platformFees,
    netProceeds,
    withheld,
    settlement: withheld.isZero() ? netProceeds : netProceeds.minus(withheld),
    profit,
    get margin() {
      if (margin === undefined) margin = revenue.isZero() ? null : profit.dividedBy(revenue);
      return margin;
    },
  };
}

/** Profit, net proceeds and margin of one order line. */
export function shopProfit(q: ProfitQuery): ProfitResult {
  const line = readOrderLine(q);
  const schedule = scheduleOf(q);
  const costs = readCosts(q);
  return profitFromLines(schedule, line, profitLines(schedule, line, costs));
}

/** shopProfitFigure's working space, reused call after call (nothing in it re-enters). */
const PROFIT_MINOR = new ProfitMinor();

/**
 * What SHOPNET (settlement), SHOPPROFIT (profit) and SHOPMARGIN (margin) show: exact integer minor
 * units where every line is a single rate or an amount (fastProfit.ts, proven equal to the Decimal
 * path), else shopProfit's breakdown. Errors always come from the Decimal path, with its messages.
 */
export function shopProfitFigure(q: ProfitQuery, figure: ProfitFigure): number | Decimal {
  const schedule = scheduleForFastPath(q);
  const fast = schedule === null ? null : fastProfitFigure(schedule, q, figure, PROFIT_MINOR);
  if (fast !== null) return fast;
  const r = shopProfit(q);
  return figure === "settlement" ? r.settlement : figure === "profit" ? r.profit : requireMargin(r);
}

/** The margin, or #NUM! when there is no revenue to measure it against. */
export function requireMargin(r: ProfitResult): Decimal {
  if (r.margin === null) throw outOfRange("price", message("shop.noRevenue", {}));
  return r.margin;
}
