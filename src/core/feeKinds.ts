/**
 * The one vocabulary of TikTok Shop order fees: the id each fee has in JSON and formulas, the names
 * people type for it, the rate-book kind that prices it, the settlement columns that carry it and
 * the name shown for it. RATE, RATESOURCE, EXPECTEDFEE, the fee schedule, the reconciler, the
 * reconciliation sheet and the pane all read this table, so an alias means the same fee everywhere.
 * Translations hang their words on the ids (the glossary of each language keys on `FeeId`).
 */
import { CoreError } from "./errors";
import { message } from "./messages";
import type { ShopKind } from "./rates/types";
import type { ColumnKey } from "./settlement/columns";

export interface FeeKind {
  /** The rate-book kind whose entries price this fee. */
  readonly bookKind: ShopKind;
  /** English name shown for the fee where its rate-book entry has no label of its own. */
  readonly label: string;
  /** Names people type besides the id; compared with case, spaces and punctuation ignored. */
  readonly aliases: readonly string[];
  /** The settlement column that carries the fee (a market that names it apart says so in settlement/marketQuirks.ts). */
  readonly column: ColumnKey;
}

/**
 * The fees reconciliation checks, in the order files, sheets and JSON list them. The aliases are
 * the fees' names in TikTok's pages and files (referral fee in the US, payment fee in Indonesia,
 * order processing fee in South-East Asia) and the short words people use.
 */
export const FEE_KINDS = {
  commission: {
    bookKind: "commission",
    label: "Commission",
    aliases: [
      "referral",
      "referral fee",
      "commission fee",
      "platform commission",
      "platform commission fee",
      "TikTok Shop commission fee",
    ],
    column: "commission",
  },
  transaction: {
    bookKind: "transaction",
    label: "Transaction fee",
    aliases: ["transaction fee", "payment", "payment fee"],
    column: "transaction",
  },
  refundAdmin: {
    bookKind: "refundAdmin",
    label: "Refund administration fee",
    aliases: ["refund admin", "refund admin fee", "refund administration", "refund administration fee"],
    column: "refundAdmin",
  },
  orderFee: {
    bookKind: "orderFee",
    label: "Order fee",
    aliases: [
      "order fee",
      "fixed",
      "fixed fee",
      "fixed fee per order",
      "processing",
      "order processing",
      "order processing fee",
      "platform support",
      "platform support fee",
      "seller-shipped order fee",
    ],
    column: "orderProcessingFee",
  },
  growth: {
    bookKind: "growth",
    label: "Commerce growth fee",
    aliases: ["growth fee", "commerce growth", "commerce growth fee", "service", "service fee"],
    column: "growth",
  },
  dynamicCommission: {
    bookKind: "dynamicCommission",
    label: "Dynamic commission",
    aliases: ["dynamic", "dynamic commission"],
    column: "dynamicCommission",
  },
} as const satisfies Record<string, FeeKind>;

export type FeeId = keyof typeof FEE_KINDS;
export const FEE_IDS = Object.keys(FEE_KINDS) as FeeId[];

/** Whether a key (a breakdown line's, a column's) is one of the fee ids. */
export function isFeeId(key: string): key is FeeId {
  return Object.prototype.hasOwnProperty.call(FEE_KINDS, key);
}

/** What a typed fee name is compared by: letters and digits of any script, lower case. */
export function feeNameKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

const BY_NAME = new Map<string, FeeId>();
for (const id of FEE_IDS) {
  for (const name of [id, ...FEE_KINDS[id].aliases]) BY_NAME.set(feeNameKey(name), id);
}

/** The fee a typed name means ("Referral fee", "payment_fee", "processing"…), or null. */
export function findFee(text: string): FeeId | null {
  return BY_NAME.get(feeNameKey(text)) ?? null;
}

/** The fee a typed name means, or #N/A naming the fees. */
export function readFee(text: string): FeeId {
  const id = findFee(text);
  if (id === null) {
    throw new CoreError("notAvailable", "fee", message("fee.unknown", { given: text, fees: FEE_IDS.join(", ") }), [
      ...FEE_IDS,
    ]);
  }
  return id;
}

/** The fee a rate-book kind prices, or null for a kind that is no order fee (withheld taxes, FBT…). */
export function feeOfBookKind(kind: string): FeeId | null {
  return FEE_IDS.find((id) => FEE_KINDS[id].bookKind === kind) ?? null;
}

/** Every name each fee answers to (its id and aliases), for tests and help text. */
export function feeNames(fee: FeeId): readonly string[] {
  return [fee, ...FEE_KINDS[fee].aliases];
}
