/** Taking the money out: TikTok's withdrawal fee, minimum and daily limit (USD). */
import type { RateEntry } from "../types";
import { liveEntries } from "./entries";

const S154 = "https://support.tiktok.com/en/live-gifts-wallet/wallet";
const S155 = "http://support.tiktok.com/knowledge-base/withdrawal-instructions";
const S156 = "https://twicsy.com/blog/how-to-withdraw-money-from-tiktok";

export const WITHDRAWAL_RATES: readonly RateEntry[] = liveEntries([
  {
    kind: "withdrawalFee",
    value: "0",
    basis: "amount",
    effective: "2019-02-19",
    source: S154,
    grade: "A",
    label: "Withdrawal fee (TikTok)",
    note: "TikTok charges none; PayPal or your bank may: pass their fee.",
  },
  {
    kind: "withdrawalMinimum",
    value: "100",
    basis: "amount",
    effective: "2019-02-19",
    source: S155,
    grade: "C",
    label: "Minimum withdrawal (USD)",
    note: "US$100 on TikTok's 2019 instructions, which the current wallet page (support.tiktok.com) no longer supports: it says only 'certain thresholds'. Graded C as superseded; the current minimum is not published.",
    alternatives: [
      {
        value: "50",
        source: S156,
        grade: "C",
        note: "Several 2025 guides and calculators give $50 (10,000 diamonds).",
      },
    ],
  },
  {
    kind: "withdrawalDailyMax",
    value: "1000",
    basis: "amount",
    effective: "2019-02-19",
    source: S154,
    grade: "A",
    label: "Withdrawal limit per day (USD)",
    note: "At most $1,000 a calendar day; processed within 15 days.",
  },
]);
