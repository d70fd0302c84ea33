/**
 * A language's glossary (`src/i18n/<language>/glossary.ts`, default export): TikTok's own words in
 * that language, as Seller Center shows them — what the UI and the settlement reader's header
 * dictionaries (src/core/settlement/dictionaries) both use.
 *
 * Each list starts with the term the seller's statement uses today; older or other-layout spellings
 * follow. A term is written exactly as TikTok writes it (case, spaces and brackets are forgiven by
 * the reader, nothing else). Note: only words seen in TikTok's pages or files belong here — a
 * translation of our own is for `sheets.ts` or `pane.ts`.
 */
import type { FeeId } from "../core/feeKinds";
import type { ColumnKey } from "../core/settlement/columns";

export interface Glossary {
  /**
   * Each fee of FEE_KINDS: TikTok's name(s) for it, the first being the UI's name for the fee
   * (src/i18n/feeNames.ts). An empty list: no TikTok word for it known in this language, so the
   * sheets catalog's translation is used.
   */
  readonly fees: Readonly<Record<FeeId, readonly string[]>>;
  /** The statement columns the UI names (totals, bases, per-market fee columns), by column key. */
  readonly columns: Readonly<Partial<Record<ColumnKey, readonly string[]>>>;
}

/**
 * The glossary of a language in which none of TikTok's own words have been found yet (each such
 * `glossary.ts` says what was searched): every list empty, so the fee names come from that
 * language's sheets catalog (src/i18n/feeNames.ts).
 */
export const NO_TERMS_FOUND: Glossary = {
  fees: { commission: [], transaction: [], refundAdmin: [], orderFee: [], growth: [], dynamicCommission: [] },
  columns: {},
};
