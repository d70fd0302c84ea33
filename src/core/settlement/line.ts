/**
 * Closing a line: the rows of one order or adjustment ID become its reconciled line — skipped (an
 * adjustment, an unreadable amount, another currency) or priced fee by fee, with the order's
 * status, the reason when it is not checked, and the file's own totals summed over its rows.
 */
import type { Message } from "../messages";
import type { Decimal } from "../decimal";
import { transactionKind } from "./dictionaries";
import { message } from "./messages";
import type { MarketContext } from "./marketContext";
import type { OrderIndex } from "./orders";
import { type PricedOrder, type Pricing, addAmounts, priceOrder } from "./price";
import { canonicalCategory } from "./rateBook";
import type { RowData } from "./rowReader";
import type { LineStatus, ReconciledLine } from "./types";

/**
 * Types that are orders or refunds (checked) in any language the header dictionaries know
 * (`Order`, `Pesanan`, `Đơn hàng`, `คำสั่งซื้อ`, `订单`…); anything else (adjustments,
 * compensations, reserves…) is skipped.
 */
export const isOrderType = (type: string): boolean => {
  const kind = transactionKind(type);
  return kind === "order" || kind === "refund";
};

const UNPRICED: PricedOrder = { fees: {}, category: null, categoryLabel: null, impliedRate: null };

/** The line of one ID's rows (at least one, in file order). */
export function closeLine(p: Pricing, rows: readonly RowData[], orders: OrderIndex | null | undefined): ReconciledLine {
  const first = rows[0];
  const skipped = skipReason(p.market, rows);
  const created = rows.find((r) => r.created !== null)?.created ?? null;
  const settled = rows.find((r) => r.settled !== null)?.settled ?? null;
  const priced = skipped === null ? priceOrder(p, rows, created, joinedCategory(p.market, first, orders)) : UNPRICED;
  const { status, said } = skipped === null ? statusOf(priced) : { status: "skipped" as const, said: skipped };
  let identityDifference: Decimal | null = null;
  let unexplainedFees: Decimal | null = null;
  let settlement: Decimal | null = null;
  let revenue: Decimal | null = null;
  let totalFees: Decimal | null = null;
  for (const r of rows) {
    identityDifference = addAmounts(identityDifference, r.identityDifference);
    unexplainedFees = addAmounts(unexplainedFees, r.unexplained);
    settlement = addAmounts(settlement, r.settlement);
    revenue = addAmounts(revenue, r.revenue);
    totalFees = addAmounts(totalFees, r.totalFees);
  }
  return {
    id: first.id,
    idLostDigits: first.lostDigits,
    type: first.type,
    created,
    settled,
    firstRow: first.sheetRow,
    lastRow: rows[rows.length - 1].sheetRow,
    rows: rows.length,
    status,
    reason: said === null ? null : typeof said === "string" ? said : said.text,
    said: said === null || typeof said === "string" ? null : said,
    fees: priced.fees,
    category: priced.category,
    categoryLabel: priced.categoryLabel,
    impliedRate: priced.impliedRate,
    settlement,
    revenue,
    totalFees,
    identityDifference,
    unexplainedFees,
    relatedOrderId: rows.find((r) => r.relatedOrderId !== null)?.relatedOrderId ?? null,
  };
}

/** Why a line is not checked against the rate book, or null when it is. */
function skipReason(ctx: MarketContext, rows: readonly RowData[]): Message | string | null {
  const unreadable = rows.find((r) => r.reason !== null);
  if (unreadable) return unreadable.reason;
  const first = rows[0];
  if (!isOrderType(first.type) && first.type !== "") {
    const why = rows.find((r) => r.adjustmentReason !== "")?.adjustmentReason;
    return message("settlement.skipAdjustment", { type: first.type, why: why ?? "" });
  }
  if (first.currency !== "" && first.currency !== ctx.currency.code) {
    return message("settlement.skipCurrency", {
      currency: first.currency,
      market: ctx.market.code,
      expected: ctx.currency.code,
    });
  }
  return null;
}

/** The category the order export gives the order, as the book spells it (null: none, or unknown). */
function joinedCategory(ctx: MarketContext, first: RowData, orders: OrderIndex | null | undefined): string | null {
  const joined = orders && !first.lostDigits ? orders.orders.get(first.id) : undefined;
  return joined && joined.category ? canonicalCategory(ctx.market.code, joined.category) : null;
}

/** A priced line's status: any mismatch, else any match, else not modelled (and why). */
function statusOf(priced: PricedOrder): { status: LineStatus; said: Message | string | null } {
  let match = false;
  let firstReason: Message | string | null = null;
  for (const f of Object.values(priced.fees)) {
    if (!f) continue;
    if (f.status === "mismatch") return { status: "mismatch", said: null };
    if (f.status === "match") match = true;
    else if (f.reason && firstReason === null) firstReason = f.said ?? f.reason;
  }
  if (match) return { status: "match", said: null };
  return { status: "not modelled", said: firstReason ?? message("settlement.noModelledFee", {}) };
}
