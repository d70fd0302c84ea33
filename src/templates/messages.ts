/**
 * Words the templates write into sheets that more than one template shares, or that take values, in
 * one place so a message catalog can take them over. English for now.
 */
export const SHEET_TEXT = {
  /** The input prompt of a market cell: amounts are kept as typed, only their currency changes. */
  marketPrompt:
    "Pick a market. Amounts on this sheet are kept as typed and shown in its currency: enter them in that currency.",
  adPlanner: {
    revenueLabel: "Revenue (unrounded conversions × order value)",
  },
  reconciliation: {
    match: "match",
    /** Every mismatch starts with this word, so one rule colours them and one COUNTIF counts them. */
    mismatch: "mismatch",
    overcharged: "mismatch: overcharged",
    undercharged: "mismatch: undercharged",
    /** The words a difference (charged − rule) carries: below zero TikTok took more than its rule. */
    differenceWords: { positive: " undercharged", negative: " overcharged" },
    differenceHeader: "difference",
  },
} as const;
