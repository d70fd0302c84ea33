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
  /**
   * Fee columns only this market's files have: a header with every key of one set is this market's
   * when neither the caller nor a currency says (US unsettled xlsx, which has no Currency column).
   */
  readonly markedBy?: readonly (readonly ColumnKey[])[];
  /**
   * The UTC offsets Seller Center writes in this market's file names (`income_…(UTC+7).xlsx`,
   * `Onhold-unsettled-orders-…(UTC-7).xlsx`, research settlement.md §1a–1b): the offsets of the
   * market's time zones. An offset several markets share narrows the market without naming it.
   */
  readonly utcOffsets?: readonly number[];
}

/** Each market's quirks; a market not listed has none. */
export const MARKET_QUIRKS: Readonly<Partial<Record<MarketCode, MarketQuirks>>> = {
  // `Sales tax on referral fees` sits beside `Referral fee` in US files only (research §2 US, §3.6).
  US: {
    monthFirstDates: true,
    markedBy: [["commission", "referralSalesTax"]],
    utcOffsets: [-4, -5, -6, -7, -8, -9, -10],
  },
  UK: { feeColumns: { orderFee: "sellerShippedFee" }, utcOffsets: [0, 1] },
  // SST is Malaysia's sales and service tax (research §2 MY, §1.3 J).
  MY: { feeColumns: { orderFee: "platformSupportFee" }, markedBy: [["sst"]], utcOffsets: [8] },
  // VAT and PIT withheld by TikTok Shop (Decree 117/2025/ND-CP; settlement-languages.md §1.1 H).
  VN: { markedBy: [["vatWithheld", "pitWithheld"]], utcOffsets: [7] },
  ID: { utcOffsets: [7, 8, 9] },
  TH: { utcOffsets: [7] },
  PH: { utcOffsets: [8] },
  SG: { utcOffsets: [8] },
  JP: { utcOffsets: [9] },
  MX: { utcOffsets: [-5, -6, -7, -8] },
  BR: { utcOffsets: [-2, -3, -4, -5] },
};

const NONE: MarketQuirks = {};

export function quirksOf(market: MarketCode): MarketQuirks {
  return MARKET_QUIRKS[market] ?? NONE;
}

/** The file column that carries a fee in a market's files: the market's own name, else the fee vocabulary's. */
export function feeColumnKey(fee: SettlementFee, market: MarketCode): ColumnKey {
  return quirksOf(market).feeColumns?.[fee] ?? FEE_KINDS[fee].column;
}
