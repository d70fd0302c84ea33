/**
 * What a header dictionary is: for one Seller Center UI language, the names TikTok's exports give
 * each column the reader knows (every layout, both generations where two exist), the sheets they
 * sit on, the transaction types rows carry and which fee columns break another one down. One file
 * per language (`<lang>.ts`), registered in `index.ts`; the fee columns' names come from the
 * language's glossary (src/i18n/<lang>/glossary.ts), so the UI and the reader say the same words.
 */
import type { Glossary } from "../../../i18n/glossary";
import type { Language } from "../../../i18n/languages";
import type { ColumnKey } from "../columns";

/** What a row of an export is, whatever the language calls it. */
export type TransactionKind = "order" | "refund" | "adjustment" | "compensation" | "deduction" | "adsPayment";

/**
 * A fee column and the columns that break it down, side by side in the fee block: `Total fees` is
 * the sum of one side only (adding both would count the fee twice). `add` says which side TikTok's
 * total counts when both are present; when only one is, that one is added.
 */
export interface FeeBreakdown {
  readonly total: readonly string[];
  readonly parts: readonly string[];
  readonly add: "total" | "parts";
}

export interface HeaderDictionary {
  readonly language: Language;
  /** Every name of each column key in this language's exports. */
  readonly columns: Readonly<Partial<Record<ColumnKey, readonly string[]>>>;
  /** Sheets that hold the rows reconciliation reads (Income "Order details", unsettled…). */
  readonly sheets: readonly string[];
  /** Transaction-type values (`Loại giao dịch`, `ประเภทธุรกรรม`, `交易类型`…) and what they are. */
  readonly types: Readonly<Record<string, TransactionKind>>;
  readonly breakdowns: readonly FeeBreakdown[];
}

/**
 * The names a glossary gives the columns, by column key: the fees under their settlement column
 * (the per-order fee's generic column is `orderProcessingFee`; a market's own name for it is among
 * the glossary's columns), then the statement columns it names.
 */
export function glossaryColumns(g: Glossary): Partial<Record<ColumnKey, readonly string[]>> {
  return {
    ...g.columns,
    commission: g.fees.commission,
    transaction: g.fees.transaction,
    refundAdmin: g.fees.refundAdmin,
    orderProcessingFee: g.fees.orderFee,
    growth: g.fees.growth,
    dynamicCommission: g.fees.dynamicCommission,
  };
}
