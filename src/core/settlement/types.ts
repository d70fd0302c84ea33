/**
 * The shapes reconciliation hands to its callers (CLI, task pane, sheet plan): one line per order
 * or adjustment, per-fee checks, and the summary of a file.
 */
import type { Decimal, DecimalInput } from "../decimal";
import type { IsoDate } from "../dates";
import type { Message } from "../messages";
import type { CategoryLabel } from "./categoryLabel";
import type { SettlementFee } from "./expectedFee";
import type { LayoutId } from "./layouts";
import type { ColumnMapping } from "./mapping";
import type { OrderIndex } from "./orders";
import type { Cell } from "./values";

export type FeeStatus = "match" | "mismatch" | "not modelled";
export type LineStatus = FeeStatus | "skipped";

export interface FeeCheck {
  /** Sum of the fee column over the order's rows, signed as in the file; null when blank. */
  readonly actual: Decimal | null;
  /** Null when the fee is not modelled (see reason). */
  readonly expected: Decimal | null;
  /** actual − expected (a blank actual counts as zero); null when not modelled. */
  readonly difference: Decimal | null;
  readonly status: FeeStatus;
  /** The rate applied (fraction) and the base it applied to, when a rate applies. */
  readonly rate: Decimal | null;
  readonly base: Decimal | null;
  readonly reason: string | null;
  /** The reason as a message, to say it in the reader's language (absent: say `reason`). */
  readonly said?: Message | null;
  /** For a fee other than the commission: the category whose rate it fits, when inferred. */
  readonly category?: string;
  /** That category as data, to say in any language (categoryLabel.ts). */
  readonly categoryLabel?: CategoryLabel;
  /**
   * The rule the expected amount came from, so a formula can check the same one: its category
   * (null = the market default) and whether the fee's VAT on top is part of the amount.
   */
  readonly pricedBy?: { readonly category: string | null; readonly withVat: boolean };
}

export interface ReconciledLine {
  /** Order or adjustment ID as text, exactly as in the file. */
  readonly id: string;
  /** The ID arrived as a number ≥ 1e15 and has lost digits: never matched to an order. */
  readonly idLostDigits: boolean;
  readonly type: string;
  readonly created: IsoDate | null;
  readonly settled: IsoDate | null;
  /** Sheet row (1-based) of the order's first row, and how many rows it has. */
  readonly firstRow: number;
  readonly rows: number;
  /** Sheet row of its last row: more than firstRow + rows − 1 when blank rows lie between them. */
  readonly lastRow: number;
  readonly status: LineStatus;
  /** Why the line was skipped or a fee was not modelled. */
  readonly reason: string | null;
  /** The reason as a message, to say it in the reader's language (absent: say `reason`). */
  readonly said?: Message | null;
  readonly fees: Readonly<Partial<Record<SettlementFee, FeeCheck>>>;
  /** Category whose rate the commission fits (implied-rate matching) or was joined from the orders. */
  readonly category: string | null;
  /** The inferred category as data, to say in any language (absent or null: joined, or none). */
  readonly categoryLabel?: CategoryLabel | null;
  /** |commission| ÷ base, where the file has no category. */
  readonly impliedRate: Decimal | null;
  readonly settlement: Decimal | null;
  readonly revenue: Decimal | null;
  readonly totalFees: Decimal | null;
  /** settlement − (revenue + shipping + fees + adjustments), summed over the rows; null if unchecked. */
  readonly identityDifference: Decimal | null;
  /** Total fees − the sum of its fee columns; null when the file has no fee columns to add up. */
  readonly unexplainedFees: Decimal | null;
  /** The order an adjustment belongs to (`Related order ID`), when the file says. */
  readonly relatedOrderId: string | null;
}

export interface FeeTotals {
  actual: Decimal;
  expected: Decimal;
  difference: Decimal;
  checked: number;
  mismatched: number;
}

export interface MonthTakeRate {
  readonly month: string;
  readonly revenue: Decimal;
  /** Sum of the file's total-fees column (all TikTok fees, shipping and affiliates included). */
  readonly fees: Decimal;
  /** fees ÷ revenue, as a positive fraction; null when revenue is zero. */
  readonly rate: Decimal | null;
  /** Sum of the modelled platform fees (commission, transaction, …). */
  readonly platformFees: Decimal;
  readonly platformRate: Decimal | null;
}

export interface ReconcileSummary {
  readonly layout: LayoutId;
  /** The Seller Center language of the file's header. */
  readonly language: string;
  readonly layoutTitle: string;
  /** Read through the user's column mapping: its keys name a layout, but the file is the user's own. */
  readonly mapped: boolean;
  /** 1-based row of the header. */
  readonly headerRow: number;
  readonly market: string;
  readonly currency: string;
  readonly tolerance: Decimal;
  readonly rows: number;
  readonly orders: number;
  readonly checked: number;
  readonly matched: number;
  readonly mismatched: number;
  readonly notModelled: number;
  readonly skipped: number;
  readonly skippedReasons: Readonly<Record<string, number>>;
  /**
   * The message of a reason in skippedReasons (its first line's, where the reason is one): to say
   * it in another language, quoted values shortened to "…" as in its key.
   */
  readonly skippedMessages: Readonly<Record<string, Message>>;
  readonly fees: Readonly<Partial<Record<SettlementFee, FeeTotals>>>;
  /** Fee columns the add-in does not model, with their totals; never dropped silently. */
  readonly notModelledColumns: readonly { name: string; total: Decimal }[];
  /** Every other column of the file that reconciliation did not read. */
  readonly unreadColumns: readonly string[];
  readonly takeRate: readonly MonthTakeRate[];
  /** Mismatched lines, largest absolute difference first. */
  readonly largestDifferences: readonly ReconciledLine[];
  readonly identity: { readonly checked: number; readonly broken: number; readonly brokenIds: readonly string[] };
  readonly unexplainedFees: { readonly rows: number; readonly total: Decimal; readonly ids: readonly string[] };
  /** IDs that arrived as numbers with lost digits. */
  readonly lostDigitIds: number;
  readonly join: JoinResult | null;
  /** Affiliate commission refunds (adjustments) matched to the order they refund, by Related order ID. */
  readonly affiliateRefunds: AffiliateRefunds;
  /** All lines, unless the caller streams them through onLine. */
  readonly lines: readonly ReconciledLine[] | null;
}

export interface AffiliateRefunds {
  readonly count: number;
  /** Whose related order is a settled order of the same file. */
  readonly matched: number;
  /** Refunds whose related order the file does not hold (up to 1,000 listed), with the order named. */
  readonly unmatched: readonly { readonly id: string; readonly relatedOrderId: string | null }[];
  readonly unmatchedCount: number;
}

export interface JoinResult {
  readonly ordersRead: number;
  /** Delivered (or completed) orders with no settlement line. */
  readonly unsettled: readonly { id: string; status: string; created: IsoDate | null }[];
  readonly unsettledCount: number;
  /** Settled order IDs the order export does not have. */
  readonly noOrder: readonly string[];
  readonly noOrderCount: number;
}

export interface ReconcileOptions {
  /** Market code (the user's choice: --market, the pane); overrides the currency column. Required for EUR files. */
  readonly market?: string | null;
  /**
   * The file's name (`Onhold-unsettled-orders-…(UTC-7).xlsx`): where neither the market nor a
   * currency is given, a market code or UTC offset in it narrows the market.
   */
  readonly fileName?: string | null;
  /** Largest difference still counted as a match, per fee, in currency units; default one minor unit. */
  readonly tolerance?: DecimalInput | null;
  /** The order export, indexed (createOrderIndex), to join categories and find unsettled orders. */
  readonly orders?: OrderIndex | null;
  /** Receives each line as soon as its order is complete (streaming); then `lines` is null. */
  readonly onLine?: (line: ReconciledLine) => void;
  /** How many largest differences to keep; default 20. */
  readonly largest?: number;
  /**
   * A confirmed column mapping (mapping.ts): the file's header is the mapping's, read through it
   * instead of the dictionaries. An unconfirmed one is refused before any row is read.
   */
  readonly mapping?: ColumnMapping | null;
}

export interface Reconciler {
  /** One row of the sheet, header and banner rows included. */
  push(row: readonly Cell[]): void;
  finish(): ReconcileSummary;
}
