/**
 * The seller_profile argument: who the seller is, as short words separated by commas —
 * "business", "mall", "cross-border", "above threshold", "no tax id", "pre-order", "fee tax 6.25%". Each word
 * switches on fees or withholding that only some sellers have; left out, a seller is what most are
 * (an individual, not Mall, not cross-border, below the tax thresholds). Read exactly or refused:
 * an unknown word is #N/A listing the known ones, never ignored.
 */
import { Decimal } from "../core/decimal";
import { parseNumberText } from "../core/numberText";
import { CoreError } from "../core/errors";
import { message } from "../core/messages";
import { readRate } from "../core/money";
import type { SellerProfile } from "../core/shop/schedule";

export const SELLER_PROFILE_WORDS = [
  "individual",
  "business",
  "mall",
  "cross-border",
  "above threshold",
  "no tax id",
  "pre-order",
  "fee tax 6.25%",
];

const normalise = (w: string) =>
  w
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");

export function readSellerProfile(text: string | null): SellerProfile | undefined {
  if (text === null) return undefined;
  let sellerType: SellerProfile["sellerType"];
  let crossBorder = false;
  let mall = false;
  let aboveTaxThreshold = false;
  let noTaxId = false;
  let feeSalesTaxRate: Decimal | null = null;
  const programmes: "preOrder"[] = [];
  for (const raw of text.split(/[,;]/)) {
    const w = normalise(raw);
    if (w === "") continue;
    // The rate is read from the word as typed: normalising would turn "-1%" into "1%".
    const tax = /^\s*fee[\s_-]*(?:sales[\s_-]*)?tax\s*[=:]?\s*(.+?)\s*$/i.exec(raw);
    if (w === "individual" || w === "business") {
      if (sellerType && sellerType !== w) {
        throw new CoreError("invalidValue", "seller_profile", message("sellerProfile.bothTypes", {}));
      }
      sellerType = w;
    } else if (w === "mall") mall = true;
    else if (w === "cross border" || w === "crossborder") crossBorder = true;
    else if (w === "above threshold" || w === "above tax threshold") aboveTaxThreshold = true;
    // MX: a seller who gave TikTok no RFC (Mexican tax ID) has IVA and ISR withheld.
    else if (w === "no tax id" || w === "no taxid" || w === "no rfc") noTaxId = true;
    else if (w === "pre order" || w === "preorder") programmes.push("preOrder");
    else if (tax) {
      if (feeSalesTaxRate !== null) {
        throw new CoreError("invalidValue", "seller_profile", message("sellerProfile.feeTaxTwice", {}));
      }
      const parsed = parseNumberText(tax[1], { percent: true });
      if (!parsed.ok) {
        throw new CoreError(
          "invalidValue",
          "seller_profile",
          message("sellerProfile.feeTaxText", { text: tax[1], ...parsed.cause }),
        );
      }
      feeSalesTaxRate = readRate(parsed.value, "seller_profile fee tax");
    } else {
      throw new CoreError(
        "notAvailable",
        "seller_profile",
        message("sellerProfile.unknownWord", {
          word: raw.trim(),
          words: SELLER_PROFILE_WORDS.map((x) => `"${x}"`).join(", "),
        }),
        SELLER_PROFILE_WORDS,
      );
    }
  }
  return {
    ...(sellerType ? { sellerType } : {}),
    crossBorder,
    mall,
    aboveTaxThreshold,
    ...(noTaxId ? { noTaxId } : {}),
    ...(feeSalesTaxRate ? { feeSalesTaxRate } : {}),
    programmes,
  };
}
