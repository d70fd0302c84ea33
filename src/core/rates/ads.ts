/**
 * Advertising: billing models, benchmark rates, minimum budgets, learning-phase rules, premium
 * formats and creator sponsorship heuristics. All USD (an Ads Manager account currency), market
 * "*". Kinds:
 * - cpm, cpc, cpv, ctr (category = industry, "*" = all): value = typical, low/high = the range;
 * - minBudget (category campaignDaily, campaignLifetime, adgroupDaily, adgroupLifetimePerDay, gmvMaxDaily);
 * - dynamicBudgetDayMax (× the daily budget on one day) and dynamicBudgetWeekDays (× it per calendar
 *   week): the Dynamic Daily Budget rules;
 * - learningBudgetMultiple (category shallow, install, deep: × CPA) and learningBudgetFallback (USD);
 * - premiumCpm (category = format): a reserved format priced per 1,000 impressions;
 *   premiumFlat (category = format): a flat price for the format's standard run (premiumDays);
 * - sponsorshipPer1kFollowers, sponsorshipEngagementPivot (and its Min/Max multipliers), sponsorshipBand,
 *   sponsorshipContent (category = content type).
 */
import { RESEARCH_READ } from "./research";
import type { RateEntry } from "./types";

const S175 = "https://ads.tiktok.com/help/article/bidding-methods?lang=en";
const S180 = "https://ads.tiktok.com/help/article/budget?lang=en";
const S181 = "https://ads.tiktok.com/help/article/budget-and-bidding-faq?lang=en";
const S182 = "https://ads.tiktok.com/help/article?aid=744163857974606118";
const S185 = "https://calculatecreator.com/data/earnings/tiktok-advertising-rates-benchmarks";
const S186 = "https://adscalculator.xyz/blog/tiktok-ads-cost-calculator-2025";
const S187 = "https://www.stackmatix.com/blog/tiktok-cpm-benchmarks-2026";
const S188 = "https://marketersindex.com/?p=7004";
const S192 = "https://tiktraining.de/s/en/TikTok+Ads+Cost/18866";
const S193 = "https://tiktraining.de/s/en/TikTok+Ads+Charges/23246";
const S200 = "https://www.stackmatix.com/blog/tiktok-branded-hashtag-challenge-guide";
const IMPULZE = "https://price-estimator.impulze.ai/how-it-works";
const DDB = "https://ads.tiktok.com/help/article/about-dynamic-daily-budget";
const DDB_SETUP = "https://ads.tiktok.com/help/article/how-to-set-up-a-daily-budget-in-tiktok-ads-manager";
const GMV_MAX_MIN =
  "https://ads.tiktok.com/help/article/how-to-turn-on-max-delivery-optimization-for-a-product-in-your-product-gmv?lang=sv-SE";
const SHOP_ADS_GUIDE = "https://seller-th.tiktok.com/university/essay?knowledge_id=6837806182074114&lang=en";

const ads = { book: "ads", market: "*", category: "*", base: "none", read: RESEARCH_READ } as const;
const BENCH_NOTE =
  "Third-party benchmark (TikTok publishes no averages); your auction price will differ — pass your own rate.";

/** CPM by industry: [industry, typical, low, high, source, effective]. Ranges take their middle as typical. */
const CPM_BY_INDUSTRY: [string, string, string, string, string, string][] = [
  ["*", "8.00", "6.50", "10.00", S185, "2026-01-01"],
  ["Finance", "13.50", "13.50", "13.50", S185, "2026-01-01"],
  ["Insurance", "14.00", "14.00", "14.00", S185, "2026-01-01"],
  ["Legal", "12.00", "12.00", "12.00", S185, "2026-01-01"],
  ["Gaming", "5.00", "5.00", "5.00", S185, "2026-01-01"],
  ["Lifestyle", "5.50", "5.50", "5.50", S185, "2026-01-01"],
  ["Entertainment", "5.50", "3.00", "8.00", S187, "2026-01-01"],
  ["E-commerce", "9.00", "6.00", "12.00", S187, "2026-01-01"],
  ["B2B/SaaS", "8.50", "5.00", "12.00", S187, "2026-01-01"],
  ["Apps", "7.50", "5.00", "10.00", S187, "2026-01-01"],
  ["CPG", "6.50", "4.00", "9.00", S187, "2026-01-01"],
  ["Health", "7.50", "5.00", "10.00", S187, "2026-01-01"],
];

export const AD_RATES: readonly RateEntry[] = [
  ...CPM_BY_INDUSTRY.map(([category, value, low, high, source, effective]): RateEntry => ({
    ...ads,
    kind: "cpm",
    category,
    value,
    low,
    high,
    basis: "amount" as const,
    effective,
    dated: "knownSince",
    source,
    grade: "C" as const,
    label: category === "*" ? "CPM (all industries)" : `CPM (${category})`,
    note: `${category === "*" ? "Median $8.00 in 2025–26, up from $6.50 in early 2025; range $6.50–$10.00." : low === high ? "Single 2025–26 figure." : "2026 range; the value is its middle."} ${BENCH_NOTE}`,
    alternatives:
      category === "*"
        ? [
            {
              value: "6.21",
              source: S186,
              grade: "C" as const,
              note: "June 2025 average ≈ $6.21 (Jan 2025 ≈ $4.20), range $3.20–$10.00.",
            },
            { value: "30", source: S192, grade: "D" as const, note: "$10–$50 CPM (low-authority page)." },
          ]
        : undefined,
  })),
  {
    ...ads,
    kind: "cpc",
    category: "*",
    value: "0.80",
    low: "0.30",
    high: "2.50",
    basis: "amount",
    effective: "2026-01-01",
    dated: "knownSince",
    source: S185,
    grade: "C",
    label: "CPC (all industries)",
    note: `Average $0.80, range $0.30–$2.50 (2025–26). ${BENCH_NOTE}`,
    alternatives: [{ value: "0.90", source: S188, grade: "C", note: "WordStream analysis: $0.30–$1.50." }],
  },
  {
    ...ads,
    kind: "ctr",
    category: "*",
    value: "0.009",
    low: "0.009",
    high: "0.0201",
    basis: "rate",
    effective: "2026-01-01",
    dated: "knownSince",
    source: S185,
    grade: "C",
    label: "Click-through rate (in-feed)",
    note: "In-feed CTR 0.9 % (2025–26); link CTR ≈ 2.01 % in one 2025 analysis (adscalculator.xyz).",
  },

  // Minimum budgets (official).
  // Objects, not tuples: the bundle drops their `note` with the entries' (scripts/strip-rate-alternatives.js).
  ...(
    [
      { category: "campaignDaily", value: "50", note: "Campaign daily budget must exceed $50." },
      { category: "campaignLifetime", value: "50", note: "Campaign lifetime budget must exceed $50." },
      { category: "adgroupDaily", value: "20", note: "Ad group daily budget must exceed $20." },
      {
        category: "adgroupLifetimePerDay",
        value: "20",
        note: "Ad group lifetime budget must be at least $20 × the number of scheduled days.",
      },
    ] as const
  ).map(({ category, value, note }): RateEntry => ({
    ...ads,
    kind: "minBudget",
    category,
    value,
    basis: "amount" as const,
    effective: "2024-05-01",
    dated: "knownSince",
    source: S180,
    grade: "A" as const,
    label: `Minimum budget (${category})`,
    note: `${note} Also in the Budget and Bidding FAQ (May/July 2024, ${S181}). A budget type cannot switch between daily and lifetime once live.`,
  })),

  // GMV Max: the only Shop ads campaign type from July 2025 (official), with a $10 daily minimum.
  {
    ...ads,
    kind: "minBudget",
    category: "gmvMaxDaily",
    value: "10",
    basis: "amount",
    effective: RESEARCH_READ,
    dated: "knownSince",
    source: GMV_MAX_MIN,
    grade: "A",
    label: "Minimum budget (gmvMaxDaily)",
    note: `GMV Max daily budget: at least $10 (Ads Help, Product GMV Max Max delivery: "Den lägsta dagliga budgeten är 10 USD"). From July 2025 GMV Max is the default and only campaign type for TikTok Shop ads with the Sales objective; Live, Product and Video Shopping Ads can no longer be created, edited or duplicated (${SHOP_ADS_GUIDE}). The page is undated.`,
  },

  // Dynamic Daily Budget (official): up to 25 % more on a good day, at most 7 × the budget a week.
  {
    ...ads,
    kind: "dynamicBudgetDayMax",
    value: "1.25",
    basis: "count",
    effective: "2024-03-01",
    dated: "knownSince",
    source: DDB,
    grade: "A",
    label: "Dynamic Daily Budget: most spent on one day (× daily budget)",
    note: `Up to 25 % more than the daily budget on days with better opportunities (a $50 budget may spend $62.50 one day, as low as $37.50 another); "we won't spend more than 125% of your highest daily budget for that day" (${DDB_SETUP}). Page last updated March 2024; not widely available (ask your account representative); not for Reach & Frequency.`,
  },
  {
    ...ads,
    kind: "dynamicBudgetWeekDays",
    value: "7",
    basis: "count",
    effective: "2024-03-01",
    dated: "knownSince",
    source: DDB,
    grade: "A",
    label: "Dynamic Daily Budget: most spent per calendar week (× daily budget)",
    note: `The week (Sunday to Saturday) never spends more than 7 × the daily budget: $50 a day is at most $350 a week. A mid-week change re-plans the rest of the week ($100 a day Sunday–Tuesday, then $200: $800 over the remaining four days), and a change during the day is prorated ($100 at 9 am: $62.50 for the remaining 15 hours) (${DDB_SETUP}).`,
  },

  // Learning-phase recommendations (official, not enforced).
  ...(
    [
      {
        category: "shallow",
        multiple: "50",
        fallback: "100",
        note: "Non-conversion and shallow conversion goals: 50 × current CPA, or $100 with no CPA yet.",
      },
      { category: "install", multiple: "20", fallback: "200", note: "App installs: 20 × CPA, or $200." },
      { category: "deep", multiple: "10", fallback: "200", note: "Deep conversions: 10 × CPA, or $200." },
    ] as const
  ).flatMap(({ category, multiple, fallback, note }): RateEntry[] => [
    {
      ...ads,
      kind: "learningBudgetMultiple",
      category,
      value: multiple,
      basis: "count" as const,
      effective: RESEARCH_READ,
      dated: "knownSince",
      source: S182,
      grade: "A" as const,
      label: `Recommended daily budget (${category}): × CPA`,
      note: `${note} Keep post-learning budget changes within 50 % and wait 2 days between edits. The help page is undated.`,
    },
    {
      ...ads,
      kind: "learningBudgetFallback",
      category,
      value: fallback,
      basis: "amount" as const,
      effective: RESEARCH_READ,
      dated: "knownSince",
      source: S182,
      grade: "A" as const,
      label: `Recommended daily budget (${category}) without a CPA`,
      note,
    },
  ]),

  // Premium and reserved formats.
  {
    ...ads,
    kind: "premiumCpm",
    category: "TopView",
    value: "20",
    low: "15",
    high: "25",
    basis: "amount",
    effective: "2026-01-01",
    dated: "knownSince",
    source: S185,
    grade: "C",
    label: "TopView CPM (reserved)",
    note: "TopView is bought reserved at a CPM of about $15–$25 (third-party, 2025–26); per-day prices are quoted by TikTok sales.",
    alternatives: [{ value: "125", source: S193, grade: "D", note: "$50–$200 CPM (low-authority page)." }],
  },
  {
    ...ads,
    kind: "premiumFlat",
    category: "HashtagChallenge",
    value: "150000",
    low: "150000",
    high: "500000",
    basis: "amount",
    effective: "2026-01-01",
    dated: "knownSince",
    source: S200,
    grade: "C",
    label: "Branded Hashtag Challenge (6 days)",
    note: "From about $150,000 for 6 days; Challenge Plus $200k+, with shopping $300k+; $200k–$500k all-in with creators. Widely repeated, no official price.",
  },
  {
    ...ads,
    kind: "premiumDays",
    category: "HashtagChallenge",
    value: "6",
    basis: "count",
    effective: "2026-01-01",
    dated: "knownSince",
    source: S200,
    grade: "C",
    label: "Branded Hashtag Challenge: standard run (days)",
    note: "The Discover banner typically runs 3–4 of the 6 days.",
  },
  {
    ...ads,
    kind: "premiumFlat",
    category: "BrandedEffect",
    value: "100000",
    low: "10000",
    high: "100000",
    basis: "amount",
    effective: RESEARCH_READ,
    dated: "knownSince",
    source: S193,
    grade: "D",
    label: "Branded Effect (range)",
    note: "Unofficial: one low-authority site gives $10,000, $80,000 and $100,000 on different pages; TikTok publishes no price (its help pages give specs only). The top of the $10,000–$100,000 range is used so a budget is not understated. Pass your quote.",
  },

  // Creator sponsorship heuristics (Impulze's published formula).
  {
    ...ads,
    kind: "sponsorshipPer1kFollowers",
    value: "10",
    basis: "amount",
    effective: RESEARCH_READ,
    dated: "knownSince",
    source: IMPULZE,
    grade: "C",
    label: "Sponsorship base rate per 1,000 followers (TikTok)",
    note: "Base = followers / 1,000 × $10 (Instagram $14, YouTube $35).",
  },
  {
    ...ads,
    kind: "sponsorshipEngagementPivot",
    value: "0.025",
    basis: "rate",
    effective: RESEARCH_READ,
    dated: "knownSince",
    source: IMPULZE,
    grade: "C",
    label: "Engagement rate that counts as average (multiplier 1×)",
    note: "Multiplier = engagement rate / 2.5 %, held between 0.6× and 2.2×.",
  },
  ...(
    [
      ["sponsorshipEngagementMin", "0.6", "lowest"],
      ["sponsorshipEngagementMax", "2.2", "highest"],
    ] as const
  ).map(([kind, value, which]): RateEntry => ({
    ...ads,
    kind,
    value,
    basis: "count" as const,
    effective: RESEARCH_READ,
    dated: "knownSince",
    source: IMPULZE,
    grade: "C" as const,
    label: `Engagement multiplier, ${which}`,
  })),
  {
    ...ads,
    kind: "sponsorshipBand",
    value: "0.15",
    basis: "rate",
    effective: RESEARCH_READ,
    dated: "knownSince",
    source: IMPULZE,
    grade: "C",
    label: "Sponsorship range (± around the middle)",
    note: "The estimate is a range: middle ± 15 %.",
  },
  ...(
    [
      ["Video", "1.0"],
      ["Long-form", "1.3"],
      ["Spark Ad", "1.55"],
      ["Campaign", "2.4"],
    ] as const
  ).map(([category, value]): RateEntry => ({
    ...ads,
    kind: "sponsorshipContent",
    category,
    value,
    basis: "count" as const,
    effective: RESEARCH_READ,
    dated: "knownSince",
    source: IMPULZE,
    grade: "C" as const,
    label: `Content multiplier (${category})`,
  })),
];

/** The shapes of TikTok's ad formats (not prices): durations and delivery rules, with sources. */
export interface AdFormat {
  readonly id: string;
  readonly name: string;
  readonly duration: string;
  readonly delivery: string;
  readonly pricing: string;
  readonly source: string;
  readonly note?: string;
}

export const AD_FORMATS: readonly AdFormat[] = [
  {
    id: "InFeed",
    name: "In-Feed ad",
    duration: "5–60 s (9–15 s works best)",
    delivery: "In the For You feed, autoplay with sound; self-serve in Ads Manager",
    pricing: "Auction: CPM, oCPM, CPC or CPV",
    source: "https://www.open-source.mcsaatchiabel.co.za/digital-platforms/tiktok",
    note: "The seed article's 5–30 s is not supported by any source; sources give 5–60 s.",
  },
  {
    id: "TopView",
    name: "TopView",
    duration: "5–60 s (10–15 s suggested)",
    delivery:
      "First ad when the app opens: full screen for 3 s, then the first In-Feed video; up to 5 impressions per user per day",
    pricing: "Reserved, about $15–$25 CPM (third-party)",
    source: "https://www.slideshare.net/CliveChua/tik-tok-ad-format-239096444",
  },
  {
    id: "BrandTakeover",
    name: "Brand Takeover",
    duration: "3–5 s image, GIF or video",
    delivery:
      "Full screen on app open, not skippable; one advertiser per category per day; one takeover per user per day",
    pricing: "Reserved; no public price",
    source: "https://teamksa.com/the-ins-and-outs-of-tiktok-advertising/",
  },
  {
    id: "HashtagChallenge",
    name: "Branded Hashtag Challenge",
    duration: "6 days (Discover banner 3–4 days)",
    delivery: "Branded hashtag, landing page, sound and Discover banner",
    pricing: "From about $150,000 for 6 days (third-party)",
    source: S200,
  },
  {
    id: "BrandedEffect",
    name: "Branded Effect",
    duration: "Campaign period",
    delivery: "Custom stickers, filters and effects creators use in their videos",
    pricing: "$10,000–$100,000 (one low-authority site, three figures; no official price)",
    source: S193,
  },
];

export const BILLING_SOURCE = S175;
