/**
 * The summary of a reconciled file, kept as running totals so a file of any length needs only
 * bounded memory: counts by status, actual/expected/difference per fee, take rate per month, the
 * largest differences, the settlement identity and fee-total checks, and (with an order export)
 * the settled IDs for the join.
 */
import { type Decimal, ZERO } from "../decimal";
import type { Message } from "../messages";
import { message } from "./messages";
import { SETTLEMENT_FEES, type SettlementFee } from "./expectedFee";
import { type OrderIndex, isDelivered } from "./orders";
import type { AffiliateRefunds, FeeTotals, JoinResult, MonthTakeRate, ReconcileSummary, ReconciledLine } from "./types";

/** Longest list of IDs a summary keeps (counts go on past it). */
export const MAX_LIST = 1000;
/** Distinct skip reasons kept; the rest are counted together. */
const MAX_REASONS = 50;
/** The group of the skip reasons past MAX_REASONS (a report says it in its own words). */
export const OTHER_REASONS = "other reasons";

const addTo = (a: Decimal, b: Decimal | null): Decimal => (b === null || b.isZero() ? a : a.isZero() ? b : a.plus(b));

type Counts = Pick<
  ReconcileSummary,
  "rows" | "orders" | "checked" | "matched" | "mismatched" | "notModelled" | "skipped"
>;

export class SummaryTally {
  readonly counts: { -readonly [K in keyof Counts]: number } = {
    rows: 0,
    orders: 0,
    checked: 0,
    matched: 0,
    mismatched: 0,
    notModelled: 0,
    skipped: 0,
  };
  private readonly skippedReasons: Record<string, number> = {};
  /** Each reason's first message, so a report can say it in its reader's language. */
  private readonly skippedSaid: Record<string, Message> = {};
  private readonly feeTotals: Partial<Record<SettlementFee, FeeTotals>> = {};
  private readonly months = new Map<string, { revenue: Decimal; fees: Decimal; platformFees: Decimal }>();
  private readonly largest: { size: Decimal; line: ReconciledLine }[] = [];
  private readonly identity = { checked: 0, broken: 0, brokenIds: [] as string[] };
  private readonly unexplained = { rows: 0, total: ZERO, ids: [] as string[] };
  private lostDigitIds = 0;
  private readonly settledIds: Set<string> | null;
  /** Every order ID of the file (a refund may come before or after its order). */
  private readonly orderIds = new Set<string>();
  private readonly refunds: { id: string; relatedOrderId: string | null }[] = [];

  constructor(
    private readonly largestN: number,
    trackSettledIds: boolean,
    private readonly isOrderType: (type: string) => boolean,
  ) {
    this.settledIds = trackSettledIds ? new Set<string>() : null;
  }

  /** One row's checks: settlement = revenue + fees + adjustments, and total fees = its columns. */
  row(id: string, identityDifference: Decimal | null, unexplained: Decimal | null, tolerance: Decimal): void {
    if (identityDifference !== null) {
      this.identity.checked++;
      if (identityDifference.abs().greaterThan(tolerance)) {
        this.identity.broken++;
        if (this.identity.brokenIds.length < MAX_LIST) this.identity.brokenIds.push(id);
      }
    }
    if (unexplained !== null && unexplained.abs().greaterThan(tolerance)) {
      this.unexplained.rows++;
      this.unexplained.total = this.unexplained.total.plus(unexplained);
      if (this.unexplained.ids.length < MAX_LIST) this.unexplained.ids.push(id);
    }
  }

  /** One reconciled line (order or adjustment). */
  line(line: ReconciledLine): void {
    const c = this.counts;
    if (line.idLostDigits) this.lostDigitIds++;
    if (this.settledIds && !line.idLostDigits && this.isOrderType(line.type)) this.settledIds.add(line.id);
    if (!line.idLostDigits && this.isOrderType(line.type)) this.orderIds.add(line.id);
    // An affiliate commission refund is an adjustment naming the order whose commission it returns.
    if (line.status === "skipped" && /affiliate|afiliasi/i.test(`${line.type} ${line.reason ?? ""}`)) {
      this.refunds.push({ id: line.id, relatedOrderId: line.relatedOrderId });
    }
    if (line.status === "skipped") {
      c.skipped++;
      const key = (line.reason ?? "skipped").replace(/"[^"]*"/g, '"…"').slice(0, 120);
      const r = this.skippedReasons;
      const slot = key in r || Object.keys(r).length < MAX_REASONS ? key : OTHER_REASONS;
      r[slot] = (r[slot] ?? 0) + 1;
      if (slot === key && line.said && !(slot in this.skippedSaid)) this.skippedSaid[slot] = line.said;
      return;
    }
    if (line.status === "not modelled") c.notModelled++;
    else {
      c.checked++;
      if (line.status === "match") c.matched++;
      else c.mismatched++;
    }
    let platformFees = ZERO;
    let size = ZERO;
    for (const fee of SETTLEMENT_FEES) {
      const f = line.fees[fee];
      if (!f) continue;
      const t = (this.feeTotals[fee] ??= { actual: ZERO, expected: ZERO, difference: ZERO, checked: 0, mismatched: 0 });
      t.actual = addTo(t.actual, f.actual);
      platformFees = addTo(platformFees, f.actual);
      if (f.expected !== null && f.difference !== null) {
        t.expected = addTo(t.expected, f.expected);
        t.difference = addTo(t.difference, f.difference);
        t.checked++;
        if (f.status === "mismatch") t.mismatched++;
        if (f.difference.abs().greaterThan(size)) size = f.difference.abs();
      }
    }
    const month = (line.created ?? line.settled)?.slice(0, 7);
    if (month) {
      const m = this.months.get(month) ?? { revenue: ZERO, fees: ZERO, platformFees: ZERO };
      m.revenue = addTo(m.revenue, line.revenue);
      m.fees = addTo(m.fees, line.totalFees);
      m.platformFees = addTo(m.platformFees, platformFees);
      this.months.set(month, m);
    }
    const largest = this.largest;
    if (
      line.status === "mismatch" &&
      (largest.length < this.largestN || size.greaterThan(largest[largest.length - 1].size))
    ) {
      largest.push({ size, line });
      largest.sort((a, b) => b.size.comparedTo(a.size));
      if (largest.length > this.largestN) largest.pop();
    }
  }

  /** Affiliate commission refunds and whether the order they refund is in the file. */
  affiliateRefunds(): AffiliateRefunds {
    let matched = 0;
    const unmatched: AffiliateRefunds["unmatched"][number][] = [];
    let unmatchedCount = 0;
    for (const r of this.refunds) {
      if (r.relatedOrderId !== null && this.orderIds.has(r.relatedOrderId)) matched++;
      else {
        unmatchedCount++;
        if (unmatched.length < MAX_LIST) unmatched.push(r);
      }
    }
    return { count: this.refunds.length, matched, unmatched, unmatchedCount };
  }

  /** Delivered orders never settled, and settled IDs with no order (null without an order export). */
  join(orders: OrderIndex | null | undefined): JoinResult | null {
    if (!orders || !this.settledIds) return null;
    const settled = this.settledIds;
    const unsettled: JoinResult["unsettled"][number][] = [];
    let unsettledCount = 0;
    for (const [id, rec] of orders.orders) {
      if (!settled.has(id) && isDelivered(rec)) {
        unsettledCount++;
        if (unsettled.length < MAX_LIST) unsettled.push({ id, status: rec.status, created: rec.created });
      }
    }
    const noOrder: string[] = [];
    let noOrderCount = 0;
    for (const id of settled) {
      if (!orders.orders.has(id)) {
        noOrderCount++;
        if (noOrder.length < MAX_LIST) noOrder.push(id);
      }
    }
    return { ordersRead: orders.orders.size, unsettled, unsettledCount, noOrder, noOrderCount };
  }

  /** The summary fields that come from the running totals. */
  totals(): Pick<
    ReconcileSummary,
    | keyof Counts
    | "skippedReasons"
    | "skippedMessages"
    | "fees"
    | "takeRate"
    | "largestDifferences"
    | "identity"
    | "unexplainedFees"
    | "lostDigitIds"
  > {
    return {
      ...this.counts,
      skippedReasons: this.skippedReasons,
      skippedMessages: this.skippedSaid,
      fees: this.feeTotals,
      takeRate: this.takeRate(),
      largestDifferences: this.largest.map((l) => l.line),
      identity: this.identity,
      unexplainedFees: this.unexplained,
      lostDigitIds: this.lostDigitIds,
    };
  }

  private takeRate(): MonthTakeRate[] {
    return [...this.months.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([month, m]) => ({
        month,
        revenue: m.revenue,
        fees: m.fees,
        rate: m.revenue.isZero() ? null : m.fees.abs().dividedBy(m.revenue),
        platformFees: m.platformFees,
        platformRate: m.revenue.isZero() ? null : m.platformFees.abs().dividedBy(m.revenue),
      }));
  }
}

/**
 * What the file was read as, to say (the pane, the sheet's subtitle, the CLI): the layout's title,
 * or — read through the user's column mapping — that mapping, not the layout its keys borrow (an
 * invented US file is not "Income export (SEA)").
 */
export function layoutTitleOf(s: Pick<ReconcileSummary, "layoutTitle" | "mapped">): Message {
  return s.mapped
    ? message("settlement.mappedLayoutTitle", {})
    : message("settlement.layoutTitle", { title: s.layoutTitle });
}
