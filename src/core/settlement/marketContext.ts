/**
 * The market context: what is known of a file once its header and its market are — the market,
 * its currency, its quirks (marketQuirks.ts) and where the file keeps each modelled fee. Built once,
 * when the market becomes known; the row reader, the pricing, the line and the reconciliation sheet
 * all ask it, so none of them tests a market code or waits for a market that may still be unknown.
 */
import { type CoreError, invalidValue } from "../errors";
import { type Currency, currency as currencyOf } from "../money";
import type { Market } from "../rates/markets";
import type { MarketCode } from "../rates/types";
import type { ColumnKey } from "./columns";
import { SETTLEMENT_FEES, type SettlementFee } from "./expectedFee";
import { type Header, feeBlockColumns } from "./layouts";
import { feeColumnKey, quirksOf } from "./marketQuirks";
import { marketOf, marketsForCurrency } from "./rateBook";

/** A modelled fee's column in the file. */
export interface FeeColumn {
  readonly fee: SettlementFee;
  readonly key: ColumnKey;
  /** 0-based column of the rows. */
  readonly index: number;
  /** The header as written in the file. */
  readonly name: string;
}

export interface MarketContext {
  readonly market: Market;
  readonly currency: Currency;
  /** Ambiguous dates (06/01/2026) are read month first. */
  readonly monthFirstDates: boolean;
  readonly header: Header;
  /** The modelled fees the file has a column for, in SETTLEMENT_FEES order. */
  readonly feeColumns: readonly FeeColumn[];
  /** The columns whose sum `Total fees` should equal (layouts.ts `feeBlockColumns`). */
  readonly feeBlock: readonly number[];
  /** The columns of that block no modelled fee reads: kept, with their totals. */
  readonly otherFeeColumns: readonly number[];
}

/** The context of a file with this header in this market (code or alias; #N/A for an unknown one). */
export function marketContext(header: Header, market: string): MarketContext {
  const m = marketOf(market);
  const feeColumns: FeeColumn[] = [];
  for (const fee of SETTLEMENT_FEES) {
    const key = feeColumnKey(fee, m.code);
    const index = header.index[key];
    if (index !== undefined) feeColumns.push({ fee, key, index, name: header.columns[index].name });
  }
  const feeBlock = feeBlockColumns(header);
  const modelled = new Set(feeColumns.map((c) => c.index));
  return {
    market: m,
    currency: currencyOf(m.currency),
    monthFirstDates: quirksOf(m.code).monthFirstDates === true,
    header,
    feeColumns,
    feeBlock,
    otherFeeColumns: feeBlock.filter((i) => !modelled.has(i)),
  };
}

/** The market a file's currency (an ISO code) names, or the error that asks for the market. */
export function marketOfCurrency(code: string): MarketCode {
  const candidates = marketsForCurrency(code);
  if (candidates.length === 0) {
    throw invalidValue(
      "market",
      `The file's currency ${code} is not one of a TikTok Shop market this add-in knows: give the market.`,
    );
  }
  if (candidates.length > 1) {
    throw invalidValue(
      "market",
      `The file is in ${code}, used by ${candidates.map((m) => m.code).join(", ")}: name the market (e.g. --market ${candidates[0].code}).`,
    );
  }
  return candidates[0].code;
}

/** No row named a currency and the caller named no market. */
export function noCurrencyError(): CoreError {
  return invalidValue("market", "The file names no currency: give the market (e.g. --market US).");
}
