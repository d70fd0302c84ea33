/**
 * Message parameters that choose the wording instead of being printed (a budget's level, a
 * waterfall line, why a text is not a number…), and a value of each that is a real choice: the
 * catalog tests read these keys with them, and do not look for the chooser's own text.
 */
import type { MessageKey, MessageParams } from "../../src/core/messages";

export const CHOOSERS: Partial<Record<MessageKey, readonly string[]>> = {
  "ads.budgetOk": ["level", "type", "strict"],
  "ads.budgetBelow": ["level", "type", "strict"],
  "live.waterfallLabel": ["line"],
  "ads.funnelLabel": ["line"],
  "number.textReason": ["why"],
  "sellerProfile.feeTaxText": ["why"],
  "settlement.layoutTitle": ["title"],
  "live.crpReason": ["why"],
  "table.column": ["column"],
};

/** A chooser's value for the tests (a sentinel is no line of the table). */
export const CHOSEN: Partial<Record<MessageKey, MessageParams>> = {
  "live.waterfallLabel": { line: "appStore" },
  "ads.funnelLabel": { line: "cpa" },
  "number.textReason": { why: "commaAmbiguous" },
  "sellerProfile.feeTaxText": { why: "commaAmbiguous" },
  "settlement.layoutTitle": { title: "Order export (OrderSKUList)" },
  "live.crpReason": { why: "followers" },
  "table.column": { column: "defaultCommission" },
};
