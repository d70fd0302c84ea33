/**
 * The market context: what is known of a file once its header and its market are — the market,
 * its currency, its quirks (marketQuirks.ts) and where the file keeps each modelled fee. Built once,
 * when the market becomes known; the row reader, the pricing, the line and the reconciliation sheet
 * all ask it, so none of them tests a market code or waits for a market that may still be unknown.
 */
import { invalidValue } from "../errors";
import { message } from "./messages";
import { type Currency, currency as currencyOf } from "../money";
import { type Market, SHOP_MARKETS } from "../rates/markets";
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

/** The markets a file's name points to: a market or currency code written in it, else its UTC offset. */
export function marketsNamedByFileName(fileName: string | null | undefined): MarketCode[] {
  if (!fileName) return [];
  const base = fileName.replace(/^.*[\\/]/, "");
  const named = new Set<MarketCode>();
  for (const token of base.match(/[A-Za-z]+/g) ?? []) {
    if (token !== token.toUpperCase()) continue;
    for (const m of SHOP_MARKETS) if (m.code === token || m.currency === token) named.add(m.code);
  }
  if (named.size > 0) return [...named];
  const offset = /\(UTC\s*([+-]\d{1,2})(?::?00)?\)/i.exec(base);
  if (!offset) return [];
  const hours = Number(offset[1]);
  return SHOP_MARKETS.filter((m) => quirksOf(m.code).utcOffsets?.includes(hours)).map((m) => m.code);
}

/** The markets whose own fee columns the header has (marketQuirks.ts `markedBy`). */
export function marketsMarkedByColumns(header: Header): MarketCode[] {
  return SHOP_MARKETS.filter((m) =>
    (quirksOf(m.code).markedBy ?? []).some((set) => set.every((k) => header.index[k] !== undefined)),
  ).map((m) => m.code);
}

/**
 * The market of a file the caller named none for, from, in order: the currency its rows name, its
 * file name, the fee columns only one market has. Each narrows what the ones before left (one that
 * contradicts them is passed over); the first to leave one market decides. Raises the error that
 * asks for the market when none says, or several remain (EUR).
 */
export function marketOfFile(header: Header, currencyCode: string, fileName?: string | null): MarketCode {
  const code = currencyCode.trim().toUpperCase();
  const byCurrency = code === "" ? [] : marketsForCurrency(code).map((m) => m.code);
  if (code !== "" && byCurrency.length === 0) {
    throw invalidValue("market", message("settlement.currencyUnknown", { code }));
  }
  let left: MarketCode[] | null = null;
  for (const said of [byCurrency, marketsNamedByFileName(fileName), marketsMarkedByColumns(header)]) {
    if (said.length === 0) continue;
    const both: MarketCode[] = left === null ? said : left.filter((m) => said.includes(m));
    if (both.length > 0) left = both;
    if (left !== null && left.length === 1) return left[0];
  }
  if (left === null) throw invalidValue("market", message("settlement.noMarket", {}));
  if (left.length === byCurrency.length) {
    throw invalidValue(
      "market",
      message("settlement.currencyShared", { code, markets: left.join(", "), example: left[0] }),
    );
  }
  throw invalidValue("market", message("settlement.marketsRemain", { markets: left.join(", "), example: left[0] }));
}
