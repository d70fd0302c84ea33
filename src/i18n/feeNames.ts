/**
 * The one rule for a fee's name in a language, used by the pane (feeLabel) and the template sheets
 * (the sheets catalog's `fees`) alike, so both call a fee the same:
 *   1. the glossary's first term — TikTok's own word, as the seller's statement writes it;
 *   2. else the language's sheets catalog translation (`src/i18n/<language>/sheets.ts` `fees`,
 *      which carries a fee only where the glossary has no term for it);
 *   3. else English, the fee's label in FEE_KINDS.
 * English is the source: its names are FEE_KINDS' labels. The English glossary lists what several
 * markets' statements call each fee (SEA's "TikTok Shop commission fee", the US's "Referral fee")
 * for the settlement reader; no single one of them is the English UI's word.
 */
import { FEE_IDS, FEE_KINDS, type FeeId, isFeeId } from "../core/feeKinds";
import { type Message, message } from "../core/messages";
import type { Glossary } from "./glossary";

/** A name for every fee. */
export type FeeNames = { readonly [K in FeeId]: string };

/** The fees a translation names itself: only those its glossary has no term for. */
export type FeeTranslations = Readonly<Partial<Record<FeeId, string>>>;

/** English's fee names: FEE_KINDS' labels. */
export const ENGLISH_FEE_NAMES: FeeNames = Object.fromEntries(
  FEE_IDS.map((fee) => [fee, FEE_KINDS[fee].label]),
) as FeeNames;

/** A fee's name: the glossary's first term, else the translation's, else English (see above). */
export function feeName(
  fee: FeeId,
  glossary: Pick<Glossary, "fees"> | undefined,
  translated: FeeTranslations | undefined,
): string {
  return glossary?.fees[fee]?.[0] ?? translated?.[fee] ?? FEE_KINDS[fee].label;
}

/** Every fee's name by the same rule. */
export function feeNames(
  glossary: Pick<Glossary, "fees"> | undefined,
  translated: FeeTranslations | undefined,
): FeeNames {
  return Object.fromEntries(FEE_IDS.map((fee) => [fee, feeName(fee, glossary, translated)])) as FeeNames;
}

/**
 * A fee breakdown line's name (SHOPFEES, the pane's calculator) by its key: the fee's name
 * (`nameOf`), or "VAT on" it for a `<fee>Vat` line (`say` renders the fee.vatOn message);
 * undefined for a line that is no fee of FEE_KINDS (its caller has its own words, or the book's).
 */
export function feeLineName(
  key: string,
  nameOf: (fee: FeeId) => string | undefined,
  say: (m: Message) => string,
): string | undefined {
  if (isFeeId(key)) return nameOf(key);
  const of = key.endsWith("Vat") ? key.slice(0, -"Vat".length) : null;
  const name = of !== null && isFeeId(of) ? nameOf(of) : undefined;
  return name === undefined ? undefined : say(message("fee.vatOn", { fee: name }));
}
