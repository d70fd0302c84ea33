/**
 * Reading one row of a settlement export into what reconciliation uses of it: its ID, dates,
 * amounts, modelled fee charges and the two per-row checks (settlement = revenue + shipping + fees
 * + adjustments; total fees = the sum of its columns).
 *
 * The header's mapping of columns to keys (`Header.index`: a file's header name → `ColumnKey`, by
 * columns.ts) is applied here, once per file, in `rowColumns`: every field the reconciler reads
 * becomes a column position, and nothing after it looks a key or a market up. A header dictionary
 * for another language, or a new layout, changes what that mapping holds — never the reading,
 * pricing or closing of a line.
 */
import { type Decimal, ZERO } from "../decimal";
import type { IsoDate } from "../dates";
import { isCoreError, saidOf } from "../errors";
import type { Message } from "../messages";
import type { ColumnKey } from "./columns";
import type { FeeAmounts } from "./expectedFee";
import type { Header } from "./layouts";
import type { MarketContext } from "./marketContext";
import { type Cell, readAmount, readDate, readId, readText } from "./values";

/** One row of the file, read. */
export interface RowData {
  readonly sheetRow: number;
  readonly id: string;
  readonly lostDigits: boolean;
  readonly type: string;
  readonly created: IsoDate | null;
  readonly settled: IsoDate | null;
  readonly currency: string;
  readonly amounts: FeeAmounts;
  /** The charge in each modelled fee column, aligned with `MarketContext.feeColumns`; null when blank or unreadable. */
  readonly fees: readonly (Decimal | null)[];
  /** The amount in each fee column not modelled, aligned with `MarketContext.otherFeeColumns`. */
  readonly otherFees: readonly (Decimal | null)[];
  readonly settlement: Decimal | null;
  readonly revenue: Decimal | null;
  readonly totalFees: Decimal | null;
  readonly identityDifference: Decimal | null;
  readonly unexplained: Decimal | null;
  readonly relatedOrderId: string | null;
  readonly adjustmentReason: string;
  /** Why the row cannot be checked (the first unreadable amount or created date), or null. */
  /** Why the row cannot be checked: a message where the reader has one (to say it in any language). */
  readonly reason: Message | string | null;
}

/** A column an amount is read from, with the name its errors give. */
interface AmountColumn {
  readonly index: number;
  readonly name: string;
}

/** A column of the fee block: the modelled fee it holds (a slot of `fees`), or a slot of `otherFees`. */
interface BlockColumn extends AmountColumn {
  readonly fee: number;
  readonly other: number;
}

/** Where each field the reconciler reads sits in the file (undefined: the file has no such column). */
export interface RowColumns {
  readonly id: number | undefined;
  readonly type: number | undefined;
  readonly created: number | undefined;
  readonly settled: number | undefined;
  readonly currency: number | undefined;
  readonly adjustmentReason: number | undefined;
  /** Every `Related order ID` column (UK files have two). */
  readonly relatedOrderIds: readonly number[];
  readonly settlement: AmountColumn | undefined;
  readonly revenue: AmountColumn | undefined;
  readonly shipping: AmountColumn | undefined;
  readonly totalFees: AmountColumn | undefined;
  readonly adjustment: AmountColumn | undefined;
  readonly amounts: Readonly<Record<keyof FeeAmounts, AmountColumn | undefined>>;
  readonly fees: readonly AmountColumn[];
  readonly feeBlock: readonly BlockColumn[];
}

/** The header's column keys as the positions of the fields a row is read into. */
export function rowColumns(ctx: MarketContext): RowColumns {
  const h = ctx.header;
  const amount = (key: ColumnKey | null): AmountColumn | undefined => {
    const index = key === null ? undefined : h.index[key];
    return index === undefined ? undefined : { index, name: h.columns[index].name };
  };
  return {
    id: h.index.id,
    type: h.index.type,
    created: h.index.created ?? h.index.transactionCreated,
    settled: h.index.settled,
    currency: h.index.currency,
    adjustmentReason: h.index.adjustmentReason,
    relatedOrderIds: h.columns.filter((c) => c.key === "relatedOrderId").map((c) => c.index),
    settlement: amount(h.layout.settlementColumn),
    revenue: amount(h.index.revenue !== undefined ? "revenue" : "netSales"),
    shipping: amount("shippingTotal"),
    totalFees: amount("totalFees"),
    adjustment: amount("adjustment"),
    amounts: {
      customerPayment: amount("customerPayment"),
      customerRefund: amount("customerRefund"),
      platformDiscount: amount("platformDiscount"),
      platformDiscountRefund: amount("platformDiscountRefund"),
      salesTax: amount("salesTax"),
      salesTaxRefund: amount("salesTaxRefund"),
      subtotalAfter: amount("subtotalAfter"),
      refundSubtotalAfter: amount("refundSubtotalAfter"),
      quantity: amount("quantity"),
    },
    fees: ctx.feeColumns.map(({ index, name }) => ({ index, name })),
    feeBlock: ctx.feeBlock.map((index) => ({
      index,
      name: h.columns[index].name,
      fee: ctx.feeColumns.findIndex((c) => c.index === index),
      other: ctx.otherFeeColumns.indexOf(index),
    })),
  };
}

/**
 * The currency a row names, before the market is known: its Currency cell, or the code before an
 * amount of its settlement column (`GBP 8.00`); "" when it names none.
 */
export function currencyNamedBy(row: readonly Cell[], header: Header): string {
  const at = header.index.currency;
  const code = readText(at === undefined ? null : row[at]).toUpperCase();
  if (code !== "") return code;
  const key = header.layout.settlementColumn;
  const i = key === null ? undefined : header.index[key];
  const sample = readText(i === undefined ? null : row[i]);
  return /^([A-Z]{3})\s/.exec(sample)?.[1] ?? "";
}

/** a − b, skipping the arithmetic for an empty or zero b. */
const sub = (a: Decimal, b: Decimal | null | undefined): Decimal =>
  b === null || b === undefined || b.isZero() ? a : a.minus(b);

/**
 * Reads the rows of one file. Its only state is a bounded cache of dates already read and the
 * reason of the row being read, so the same cells always read the same.
 */
export class RowReader {
  private readonly cols: RowColumns;
  private readonly monthFirst: boolean;
  private readonly otherCount: number;
  private readonly dates = new Map<string, IsoDate | null>();
  /** The first reason the current row cannot be checked. */
  private reason: Message | string | null = null;

  constructor(ctx: MarketContext) {
    this.cols = rowColumns(ctx);
    this.monthFirst = ctx.monthFirstDates;
    this.otherCount = ctx.otherFeeColumns.length;
  }

  /** The row read, or null for a row with no ID (blank and summary rows). */
  read(row: readonly Cell[], sheetRow: number): RowData | null {
    const c = this.cols;
    const id = readId(c.id === undefined ? undefined : row[c.id]);
    if (!id) return null;
    this.reason = null;
    let created: IsoDate | null = null;
    try {
      created = this.date(at(row, c.created), "order created date");
    } catch (e) {
      this.fail(e);
    }
    let settled: IsoDate | null;
    try {
      settled = this.date(at(row, c.settled), "settled date");
    } catch {
      settled = null; // the settled date is shown, never used for a rate
    }
    const fees: (Decimal | null)[] = [];
    for (const col of c.fees) fees.push(this.amount(row, col) ?? null);
    const settlement = this.amount(row, c.settlement);
    const revenue = this.amount(row, c.revenue);
    const shipping = this.amount(row, c.shipping);
    const totalFees = this.amount(row, c.totalFees);
    const adjustment = this.amount(row, c.adjustment);
    let identityDifference: Decimal | null = null;
    if (settlement !== undefined && settlement !== null && revenue !== undefined && totalFees !== undefined) {
      identityDifference = sub(sub(sub(sub(settlement, revenue), shipping), totalFees), adjustment);
    }
    const otherFees = new Array<Decimal | null>(this.otherCount).fill(null);
    const unexplained =
      c.feeBlock.length > 0 && totalFees !== undefined ? this.unexplained(row, totalFees, fees, otherFees) : null;
    const amounts = this.feeAmounts(row);
    return {
      sheetRow,
      id: id.id,
      lostDigits: id.lostDigits,
      type: readText(at(row, c.type)),
      created,
      settled,
      currency: readText(at(row, c.currency)).toUpperCase(),
      amounts,
      fees,
      otherFees,
      settlement: settlement ?? null,
      revenue: revenue ?? null,
      totalFees: totalFees ?? null,
      identityDifference,
      unexplained,
      relatedOrderId: this.relatedOrder(row),
      adjustmentReason: readText(at(row, c.adjustmentReason)),
      reason: this.reason,
    };
  }

  /** The amounts the expected fees are priced on. */
  private feeAmounts(row: readonly Cell[]): FeeAmounts {
    const a = this.cols.amounts;
    return {
      customerPayment: this.amount(row, a.customerPayment),
      customerRefund: this.amount(row, a.customerRefund),
      platformDiscount: this.amount(row, a.platformDiscount),
      platformDiscountRefund: this.amount(row, a.platformDiscountRefund),
      salesTax: this.amount(row, a.salesTax),
      salesTaxRefund: this.amount(row, a.salesTaxRefund),
      subtotalAfter: this.amount(row, a.subtotalAfter),
      refundSubtotalAfter: this.amount(row, a.refundSubtotalAfter),
      quantity: this.amount(row, a.quantity),
    };
  }

  /**
   * Total fees − the sum of the fee block (each modelled fee as read above, the others read once
   * here into `otherFees`).
   */
  private unexplained(
    row: readonly Cell[],
    totalFees: Decimal | null,
    fees: readonly (Decimal | null)[],
    otherFees: (Decimal | null)[],
  ): Decimal {
    let parts = ZERO;
    for (const col of this.cols.feeBlock) {
      let v: Decimal | null;
      if (col.fee >= 0) v = fees[col.fee];
      else {
        v = this.amount(row, col) ?? null;
        otherFees[col.other] = v;
      }
      if (v !== null && !v.isZero()) parts = parts.plus(v);
    }
    return sub(totalFees ?? ZERO, parts);
  }

  /** An amount; undefined when the file has no such column, null when blank or unreadable. */
  private amount(row: readonly Cell[], col: AmountColumn | undefined): Decimal | null | undefined {
    if (col === undefined) return undefined;
    try {
      return readAmount(row[col.index], col.name);
    } catch (e) {
      this.fail(e);
      return null;
    }
  }

  private fail(e: unknown): void {
    if (!isCoreError(e)) throw e;
    this.reason ??= saidOf(e);
  }

  /** A date, the texts of a file read once each (bounded). */
  private date(value: Cell, column: string): IsoDate | null {
    if (typeof value !== "string") return readDate(value, column, this.monthFirst);
    const hit = this.dates.get(value);
    if (hit !== undefined) return hit;
    const d = readDate(value, column, this.monthFirst);
    if (this.dates.size > 50_000) this.dates.clear();
    this.dates.set(value, d);
    return d;
  }

  /** The first `Related order ID` that holds an ID (UK files have two such columns). */
  private relatedOrder(row: readonly Cell[]): string | null {
    for (const i of this.cols.relatedOrderIds) {
      const id = readId(row[i]);
      if (id && !id.lostDigits) return id.id;
    }
    return null;
  }
}

const at = (row: readonly Cell[], i: number | undefined): Cell => (i === undefined ? undefined : row[i]);
