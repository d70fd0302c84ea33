/**
 * LIVE and creator-programme entries added by issue #22, kept apart from live.ts (which is being
 * split into named entries by family): TikTok Series prices and payout rule (official TikTok
 * Support page, grade A) and the Creator Rewards Program payout minimum (third-party, grade C).
 * Kinds: seriesPriceMin / seriesPriceMax (USD), seriesPayoutMinimum (USD), seriesPayoutDay (day of
 * the month), crpPayoutMinimum (USD).
 */
import { RESEARCH_READ } from "./research";
import type { RateEntry } from "./types";

/** TikTok Support, "Payments on Series" (the Icelandic edition is the one stored; same rules). */
const SERIES = "https://support.tiktok.com/is/business-and-creator/tiktok-series/payments-on-series";
const CRP_MINIMUM = "https://napolify.com/blogs/news/creator-rewards-minimum";
const CREATIVITY_BETA =
  "https://support.tiktok.com/en/business-and-creator/tiktok-creativity-program-beta/creativity-program";

const live = { book: "live", market: "*", category: "*", base: "none", read: RESEARCH_READ } as const;

const SERIES_NOTE =
  "A Series is priced from a drop-down between $0.99 and $189.99 (or the local equivalent) and its price cannot change once published; payouts count the Series bought. Earnings of the previous month are announced on the 1st; once they reach $50 (or the local equivalent) they are paid automatically on the 15th of the month, after PayPal, tax form and identity checks. The page is undated: known from the day it was read.";

export const LIVE_ADDITIONS: readonly RateEntry[] = [
  {
    ...live,
    kind: "seriesPriceMin",
    value: "0.99",
    basis: "amount",
    effective: RESEARCH_READ,
    dated: "knownSince",
    source: SERIES,
    grade: "A",
    label: "TikTok Series: lowest price (USD)",
    note: SERIES_NOTE,
  },
  {
    ...live,
    kind: "seriesPriceMax",
    value: "189.99",
    basis: "amount",
    effective: RESEARCH_READ,
    dated: "knownSince",
    source: SERIES,
    grade: "A",
    label: "TikTok Series: highest price (USD)",
    note: SERIES_NOTE,
  },
  {
    ...live,
    kind: "seriesPayoutMinimum",
    value: "50",
    basis: "amount",
    effective: RESEARCH_READ,
    dated: "knownSince",
    source: SERIES,
    grade: "A",
    label: "TikTok Series: payout minimum (USD)",
    note: SERIES_NOTE,
  },
  {
    ...live,
    kind: "seriesPayoutDay",
    value: "15",
    basis: "count",
    effective: RESEARCH_READ,
    dated: "knownSince",
    source: SERIES,
    grade: "A",
    label: "TikTok Series: payout day of the month",
    note: SERIES_NOTE,
  },
  {
    ...live,
    kind: "crpPayoutMinimum",
    value: "50",
    basis: "amount",
    effective: RESEARCH_READ,
    dated: "knownSince",
    source: CRP_MINIMUM,
    grade: "C",
    label: "Creator Rewards: payout minimum (USD)",
    note: `Rewards are paid monthly on the 15th once they reach $50 (or the local equivalent), otherwise they roll over (third-party guide). TikTok's own Creator Rewards help page states no figure in the stored copy; the Creativity Program Beta page (${CREATIVITY_BETA}) has a "How to collect a rewards payment" section whose text was not captured.`,
  },
];
