/**
 * What the reconciler says of the category a charge was priced by, where the file names none: as
 * data, so each reader hears it in their language (the reconciliation sheet's note, the CLI's
 * table), and in English as the line's `category` text (JSON, CSV, the tests). Category names are
 * the rate book's keys and stay as they are in every language; the words around them are messages.
 */
import type { Message } from "../messages";
import { message } from "./messages";

/** One candidate rate: a category of the book (null: the market's default rate) and its VAT. */
export interface CategoryFit {
  readonly category: string | null;
  readonly vat: boolean;
}

export type CategoryLabel =
  /** The charge fits these candidates' rates. */
  | { readonly kind: "fits"; readonly fits: readonly CategoryFit[] }
  /** None fits; the difference is against the market's published default rate. */
  | { readonly kind: "noneFitsAtDefault" }
  /** Nothing was charged where the default rate charges something. */
  | { readonly kind: "nothingChargedAtDefault" }
  /** None fits and the default is not public: the difference is against the nearest category. */
  | { readonly kind: "noneFitsNearest"; readonly nearest: CategoryFit }
  /** Nothing was charged and no rate of the book is 0 % (a waiver the book cannot see). */
  | { readonly kind: "nothingCharged" };

function fitName(fit: CategoryFit, say: (m: Message) => string): string {
  const name = fit.category ?? say(message("settlement.categoryDefault", {}));
  return fit.vat ? say(message("settlement.categoryWithVat", { category: name })) : name;
}

/** The label in words: `say` renders each message (`(m) => m.text` for English). */
export function categoryText(label: CategoryLabel, say: (m: Message) => string): string {
  switch (label.kind) {
    case "fits":
      return label.fits.map((f) => fitName(f, say)).join(" / ");
    case "noneFitsAtDefault":
      return say(message("settlement.categoryNoneFitsAtDefault", {}));
    case "nothingChargedAtDefault":
      return say(message("settlement.categoryNothingChargedAtDefault", {}));
    case "noneFitsNearest":
      return say(message("settlement.categoryNoneFitsNearest", { nearest: fitName(label.nearest, say) }));
    case "nothingCharged":
      return say(message("settlement.categoryNothingCharged", {}));
  }
}

/** The English text (the line's `category`). */
export const englishCategory = (label: CategoryLabel): string => categoryText(label, (m) => m.text);

/** Whether the label says the charge fits no category's rate (a note says "commission: …", not "fits …"). */
export const fitsNone = (label: CategoryLabel): boolean => label.kind !== "fits";
