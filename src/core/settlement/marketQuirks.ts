/**
 * What sets one market's settlement files apart from the others', as data: the reconciler and the
 * reconciliation sheet read it through the market context (marketContext.ts), never by testing a
 * market code. A new quirk is a field here and an entry in the table, not an `if` in the reconciler.
 */
import { FEE_KINDS } from "../feeKinds";
import type { MarketCode } from "../rates/types";
import type { ColumnKey } from "./columns";
import type { SettlementFee } from "./expectedFee";

export interface MarketQuirks {
  /** Fees whose column the market's files name apart from the others'. */
  readonly feeColumns?: Readonly<Partial<Record<SettlementFee, ColumnKey>>>;
  /** An ambiguous 06/01/2026 is 1 June (month first) rather than 6 January (UK, VN files). */
  readonly monthFirstDates?: boolean;
}

/** Each market's quirks; a market not listed has none. */
export const MARKET_QUIRKS: Readonly<Partial<Record<MarketCode, MarketQuirks>>> = {
  US: { monthFirstDates: true },
  UK: { feeColumns: { orderFee: "sellerShippedFee" } },
  MY: { feeColumns: { orderFee: "platformSupportFee" } },
};

const NONE: MarketQuirks = {};

export function quirksOf(market: MarketCode): MarketQuirks {
  return MARKET_QUIRKS[market] ?? NONE;
}

/** The file column that carries a fee in a market's files: the market's own name, else the fee vocabulary's. */
export function feeColumnKey(fee: SettlementFee, market: MarketCode): ColumnKey {
  return quirksOf(market).feeColumns?.[fee] ?? FEE_KINDS[fee].column;
}
