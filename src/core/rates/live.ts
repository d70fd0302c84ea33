/**
 * LIVE gifts, coins, diamonds and creator programmes. TikTok publishes no coin→diamond→USD peg, so
 * every link of the chain is an entry with a labelled, sourced default, and the conflicts are kept
 * (rates.md §2.3, §7). Kinds (market "*" unless a pack table is market-specific):
 * - giftCoins (category = gift name, basis count): coin price of a gift, dated;
 * - coinPack (category = "<channel>:<coins>", basis amount in the market currency): a pack's price;
 * - appStoreShare (category = channel): share of the viewer's payment kept by the app store;
 * - coinsPerDiamond, usdPerDiamond, agencyShare, withdrawalFee, withdrawalMinimum, withdrawalDailyMax;
 * - crpRpm (USD per 1,000 qualified views; low/high range), crpMinFollowers (category "*" or a
 *   market), crpMinViews30d, crpMinVideoSeconds, crpMinAge, crpFirstEarningViews.
 */
import { RESEARCH_READ } from "./research";
import type { RateEntry } from "./types";

const S125 = "https://www.the-sun.com/tech/4910045/how-to-buy-tiktok-recharge-coins/";
const S128 = "https://backtofrontshow.com/how-much-are-tiktok-gifts-worth/";
const S132 = "https://apps.uk/how-much-are-tiktok-gifts-worth/";
const S134 = "https://streampace.io/guides/tiktok-live-monetization";
const S135 = "https://tiktokcalculator.net/guides/tiktok-coins/";
const S138 = "https://portal.yandex.com.tr/yaozet/how_to/tiktok-gifts-guide-id2-QkuupziR";
const S139 = "https://www.thenexthint.com/how-costly-is-a-tiktok-galaxy-all-about-tiktok-gifts/";
const S140 = "https://calculatecreator.com/calculators/coins-gifts-diamonds/gift";
const MONEY_CENTRAL = "https://money-central.com/us/how-much-is-a-money-gun-worth-on-tiktok";
const GUNZONE = "https://thegunzone.com/?p=1203785";
const S141 = "https://www.tips4gifts.com/how-much-are-tiktok-gifts-worth/";
const S142 =
  "https://www.itechpost.com/articles/106915/20210903/tiktok-live-gifts-tiktokers-earn-diamonds-exchange-money.htm";
const S145 = "https://www.the-sun.com/tech/6621283/what-is-the-lion-on-tiktok/";
const S148 =
  "https://www.businessinsider.com/tiktok-live-paying-agencies-coach-creators-grow-gifts-livestream-revenue-2023-9";
const S152 =
  "https://oglink.it/did-you-know-that-tiktok-has-its-own-virtual-economy-what-are-tiktok-gifts-diamonds-and-coins/";
const S154 = "https://support.tiktok.com/en/live-gifts-wallet/wallet";
const S155 = "http://support.tiktok.com/knowledge-base/withdrawal-instructions";
const S156 = "https://twicsy.com/blog/how-to-withdraw-money-from-tiktok";
const S168 = "https://www.trypostbase.com/resources/how-to-get-into-the-creator-rewards-program";
const S169 = "https://www.thespacelab.tv/Content/2025/04-April/TikTok-001.html";
const S170 = "https://hithanh.com/tiktok-creator-rewards-program";
const NAPOLIFY_REQ = "https://napolify.com/blogs/news/creator-rewards-requirements";
const S172 = "https://calculatecreator.com/news/creator-rewards-20x-earnings";
const S174 = "https://napolify.com/blogs/news/tiktok-creator-rewards-work";

const live = { book: "live", market: "*", category: "*", base: "none", read: RESEARCH_READ } as const;

/** Gift → coins, with the first date the price is attested: the source's date, or the day an undated guide was read. */
const GIFTS: [string, string, string, string, "B" | "C" | "D"][] = [
  ["Rose", "1", "2021-09-03", S142, "C"],
  ["TikTok", "1", RESEARCH_READ, S128, "C"],
  ["Ice Cream Cone", "1", RESEARCH_READ, S128, "C"],
  ["TGIF", "1", RESEARCH_READ, S139, "C"],
  ["Weights", "1", RESEARCH_READ, S139, "C"],
  ["Football", "1", RESEARCH_READ, S139, "C"],
  ["GG", "1", RESEARCH_READ, S139, "C"],
  ["Mini Speaker", "1", RESEARCH_READ, S139, "C"],
  ["Tennis", "1", RESEARCH_READ, S139, "C"],
  ["Coffee", "1", RESEARCH_READ, S139, "C"],
  ["Finger Heart", "5", RESEARCH_READ, S139, "C"],
  ["Mic", "5", RESEARCH_READ, S139, "C"],
  ["Panda", "5", RESEARCH_READ, S128, "C"],
  ["Italian Hand", "5", RESEARCH_READ, S128, "C"],
  ["Fire", "5", RESEARCH_READ, S141, "C"],
  ["Hand Wave", "9", RESEARCH_READ, S139, "C"],
  ["Lollipop", "10", RESEARCH_READ, S139, "C"],
  ["Rosa", "10", RESEARCH_READ, S138, "C"],
  ["Love Bang", "25", RESEARCH_READ, S128, "C"],
  ["Sun Cream", "50", RESEARCH_READ, S128, "C"],
  ["Hat and Mustache", "99", RESEARCH_READ, S138, "C"],
  ["Rainbow Puke", "100", RESEARCH_READ, S128, "C"],
  ["Concert", "500", RESEARCH_READ, S128, "C"],
  ["I'm Very Rich", "1000", RESEARCH_READ, S128, "C"],
  ["Galaxy", "1000", RESEARCH_READ, S139, "C"],
  ["Gold Mine", "1000", "2025-12-05", S140, "D"],
  ["Money Gun", "500", RESEARCH_READ, MONEY_CENTRAL, "C"],
  ["Interstellar", "10000", RESEARCH_READ, S128, "C"],
  ["Planet", "15000", RESEARCH_READ, S128, "C"],
  ["Rocket", "20000", RESEARCH_READ, S128, "C"],
  ["Castle Fantasy", "20000", RESEARCH_READ, S128, "C"],
  ["Lion", "29999", RESEARCH_READ, S128, "C"],
];

/** Other names people type for a gift (matched case-insensitively). */
export const GIFT_ALIASES: Record<string, string> = {
  "tiktok universe": "Universe",
  "tik tok universe": "Universe",
  "tiktok logo": "TikTok",
  "ice cream": "Ice Cream Cone",
  "im very rich": "I'm Very Rich",
  "i am very rich": "I'm Very Rich",
  "hat & mustache": "Hat and Mustache",
  castle: "Castle Fantasy",
  heart: "Finger Heart",
};

const UNDATED =
  "The guide is undated: the price is known from the day it was read, and earlier dates use it with an unsure-date flag.";

/** Figures other sources give for a gift. */
function giftAlternatives(gift: string): RateEntry["alternatives"] {
  if (gift === "Galaxy")
    return [
      {
        value: "20000",
        source: "https://tinygrab.com/how-much-is-a-galaxy-on-tiktok-worth/",
        grade: "D",
        note: "One page claims ~20,000 coins; every other source gives 1,000.",
      },
    ];
  if (gift === "Lion")
    return [{ value: "29999", source: S145, grade: "B", note: "About $400 on the app (The Sun, 2022-11-07)." }];
  if (gift === "Rose")
    return [
      { value: "5", source: S140, grade: "D", note: "CalculateCreator says 5 coins in one place and 1 in another." },
    ];
  return undefined;
}

export const LIVE_RATES: readonly RateEntry[] = [
  ...GIFTS.map(([gift, coins, effective, source, grade]): RateEntry => ({
    ...live,
    kind: "giftCoins",
    category: gift,
    value: coins,
    basis: "count" as const,
    effective,
    dated: "knownSince",
    source,
    grade,
    label: `${gift} (coins)`,
    note:
      source === S140
        ? "Single source, graded D: CalculateCreator contradicts itself elsewhere (Rose 1 vs 5 coins, Universe text vs table)."
        : effective === RESEARCH_READ
          ? UNDATED
          : undefined,
    alternatives:
      gift === "Money Gun"
        ? [
            {
              value: "500",
              source: GUNZONE,
              grade: "C" as const,
              note: "'The Money Gun gift costs 500 coins' (undated).",
            },
          ]
        : giftAlternatives(gift),
  })),

  {
    ...live,
    kind: "giftCoins",
    category: "Drama Queen",
    value: "5000",
    basis: "count",
    effective: "2021-09-03",
    dated: "knownSince",
    source: S142,
    grade: "C",
    label: "Drama Queen (coins)",
    note: "5,000 coins (iTechPost 2021: 2,500 diamonds → $12.50; also backtofrontshow.com and growtok.com). One 2025 calculator lists 199; three sources disagree with it.",
    alternatives: [
      { value: "199", source: S140, grade: "D", note: "A 2025 gift table; contradicted by three sources." },
    ],
  },
  {
    ...live,
    kind: "giftCoins",
    category: "Universe",
    value: "44999",
    basis: "count",
    effective: RESEARCH_READ,
    dated: "knownSince",
    source: S138,
    grade: "C",
    label: "TikTok Universe (coins)",
    note: `44,999 coins in the newer guides; older ones give 34,999. No change date is published. ${UNDATED}`,
    alternatives: [
      { value: "34999", source: S128, grade: "C", note: "An older undated guide ('34,999 coins … 500 USD')." },
    ],
  },

  // Coin packs. Web (tiktok.com/coin) is cheapest; app stores add their share.
  {
    ...live,
    kind: "coinPack",
    category: "web:70",
    value: "0.74",
    basis: "amount",
    effective: "2022-03-16",
    dated: "knownSince",
    source: S125,
    grade: "B",
    label: "70 coins on the web (USD)",
    note: "Web recharge from 70 to 17,500 coins or a custom amount, about $0.0106 a coin.",
  },
  ...(
    [
      ["70", "0.99"],
      ["350", "4.99"],
      ["700", "9.99"],
      ["1400", "19.99"],
      ["3500", "49.99"],
      ["7000", "99.99"],
      ["17500", "249.99"],
    ] as const
  ).map(([coins, price]): RateEntry => ({
    ...live,
    kind: "coinPack",
    category: `app:${coins}`,
    value: price,
    basis: "amount" as const,
    effective: RESEARCH_READ,
    dated: "knownSince",
    source: S128,
    grade: "C" as const,
    label: `${coins} coins in the app (USD)`,
    note: `US App Store / Google Play pack, about $0.0143 a coin. The same page lists 5 coins for $0.07; it is left out, since a rounded promotional price would make buying hundreds of tiny packs the "cheapest" way. ${UNDATED}`,
  })),
  ...(
    [
      ["65", "0.89"],
      ["330", "4.49"],
      ["660", "8.99"],
      ["1321", "17.99"],
      ["3303", "44.99"],
      ["6607", "89.99"],
      ["16500", "219.99"],
    ] as const
  ).map(([coins, price]): RateEntry => ({
    ...live,
    market: "UK",
    kind: "coinPack",
    category: `app:${coins}`,
    value: price,
    basis: "amount" as const,
    effective: RESEARCH_READ,
    dated: "knownSince",
    source: S132,
    grade: "C" as const,
    label: `${coins} coins in the app (GBP)`,
    note: `UK app pack. The page also lists 40 coins for £0.49, left out as an outlier (a third cheaper per coin than every other pack). ${UNDATED}`,
  })),
  {
    ...live,
    kind: "appStoreShare",
    category: "web",
    value: "0",
    basis: "rate",
    effective: RESEARCH_READ,
    dated: "knownSince",
    source: S135,
    grade: "C",
    label: "App store share (web)",
    note: "Coins bought on tiktok.com pay no app store commission.",
  },
  ...(["ios", "android"] as const).map((channel): RateEntry => ({
    ...live,
    kind: "appStoreShare",
    category: channel,
    value: "0.30",
    low: "0.15",
    high: "0.30",
    basis: "rate" as const,
    effective: RESEARCH_READ,
    dated: "knownSince",
    source: S135,
    grade: "C" as const,
    label: `App store share (${channel === "ios" ? "iOS" : "Android"})`,
    note: "App stores keep 15–30 % of in-app purchases; 30 % (the standard rate) is the default, and it matches the app packs costing ~35 % more per coin than the web.",
  })),

  // The chain: coins → diamonds → USD → agency → withdrawal.
  {
    ...live,
    kind: "coinsPerDiamond",
    value: "1",
    basis: "count",
    effective: "2023-09-13",
    dated: "knownSince",
    source: S134,
    grade: "C",
    label: "Coins per diamond",
    note: "Disputed — TikTok publishes no ratio. 1:1 (the default): the creator's diamonds equal the coins the viewer spent (Streampace); at $0.005 a diamond that pays about 38–48 % of what the viewer paid, the only model consistent with TikTok's statement that creators keep 50 % after app-store fees (Business Insider, 2023-09-13) and with a Lion (29,999 coins, ~$400) paying 'about half' to the streamer. 2:1: most calculators say 2 coins = 1 diamond, which pays about 19–24 % (1,000 coins → $2.50 instead of $5.00). Pass 2 as coins_per_diamond to see the payout under that model.",
    alternatives: [
      {
        value: "2",
        source: S142,
        grade: "C",
        note: "2 coins = 1 diamond (iTechPost 2021, CalculateCreator); applies the 50 % cut on top of a $0.005 diamond.",
      },
    ],
  },
  {
    ...live,
    kind: "usdPerDiamond",
    value: "0.005",
    basis: "amount",
    effective: "2021-09-03",
    dated: "knownSince",
    source: S142,
    grade: "C",
    label: "USD per diamond",
    note: "200 diamonds = $1, broadly consistent across sources; TikTok publishes no peg.",
    alternatives: [
      { value: "0.05", source: S152, grade: "D", note: "$0.05 a diamond (contradicted by gift-value examples)." },
    ],
  },
  {
    ...live,
    kind: "agencyShare",
    value: "0",
    basis: "rate",
    effective: "2023-09-13",
    dated: "knownSince",
    source: S148,
    grade: "B",
    label: "Agency share of the creator's payout",
    note: "TikTok pays its LIVE partner agencies out of its own share; creators keep their 50 %. Off-platform agency contracts may differ: pass their share.",
  },
  {
    ...live,
    kind: "withdrawalFee",
    value: "0",
    basis: "amount",
    effective: "2019-02-19",
    dated: "knownSince",
    source: S154,
    grade: "A",
    label: "Withdrawal fee (TikTok)",
    note: "TikTok charges none; PayPal or your bank may: pass their fee.",
  },
  {
    ...live,
    kind: "withdrawalMinimum",
    value: "100",
    basis: "amount",
    effective: "2019-02-19",
    dated: "knownSince",
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
    ...live,
    kind: "withdrawalDailyMax",
    value: "1000",
    basis: "amount",
    effective: "2019-02-19",
    dated: "knownSince",
    source: S154,
    grade: "A",
    label: "Withdrawal limit per day (USD)",
    note: "At most $1,000 a calendar day; processed within 15 days.",
  },

  // Creator Rewards Program.
  {
    ...live,
    kind: "crpRpm",
    value: "0.70",
    low: "0.40",
    high: "1.00",
    basis: "amount",
    effective: "2025-01-01",
    dated: "knownSince",
    source: S172,
    grade: "C",
    label: "Creator Rewards RPM (USD per 1,000 qualified views)",
    note: "Typical $0.40–$1.00 (the value is the middle); some niches reach $4–$8 (napolify.com). The old Creator Fund paid $0.02–$0.04. No official figure.",
    alternatives: [{ value: "4", source: S174, grade: "C", note: "Up to $4–$8 in some niches." }],
  },
  {
    ...live,
    kind: "crpMinFollowers",
    value: "10000",
    basis: "count",
    effective: "2024-01-01",
    dated: "knownSince",
    source: S169,
    grade: "C",
    label: "Creator Rewards: minimum followers",
  },
  {
    ...live,
    market: "JP",
    kind: "crpMinFollowers",
    value: "10000",
    basis: "count",
    effective: "2024-01-01",
    dated: "knownSince",
    source: NAPOLIFY_REQ,
    grade: "C",
    label: "Creator Rewards: minimum followers (Japan)",
    note: "10,000 as in the other markets (napolify.com and most guides); one blog (hithanh.com) says 50,000 for Japan and South Korea — unverified, no official page with numbers found.",
    alternatives: [{ value: "50000", source: S170, grade: "C", note: "Japan and South Korea 50,000 (single blog)." }],
  },
  {
    ...live,
    kind: "crpMinViews30d",
    value: "100000",
    basis: "count",
    effective: "2024-01-01",
    dated: "knownSince",
    source: S169,
    grade: "C",
    label: "Creator Rewards: minimum video views in the last 30 days",
  },
  {
    ...live,
    kind: "crpMinVideoSeconds",
    value: "60",
    basis: "count",
    effective: "2024-01-01",
    dated: "knownSince",
    source: S169,
    grade: "C",
    label: "Creator Rewards: minimum video length (seconds)",
    note: "Original videos of at least one minute, posted after joining.",
  },
  {
    ...live,
    kind: "crpMinAge",
    value: "18",
    basis: "count",
    effective: "2024-01-01",
    dated: "knownSince",
    source: S168,
    grade: "C",
    label: "Creator Rewards: minimum age",
    note: "18+ (19 in South Korea); personal account in good standing.",
  },
  {
    ...live,
    market: "KR",
    kind: "crpMinAge",
    value: "19",
    basis: "count",
    effective: "2024-01-01",
    dated: "knownSince",
    source: S168,
    grade: "C",
    label: "Creator Rewards: minimum age (South Korea)",
    note: "19 in South Korea (the age of majority there), 18 elsewhere.",
  },
  {
    ...live,
    market: "KR",
    kind: "crpMinFollowers",
    value: "10000",
    basis: "count",
    effective: "2024-01-01",
    dated: "knownSince",
    source: NAPOLIFY_REQ,
    grade: "C",
    label: "Creator Rewards: minimum followers (South Korea)",
    note: "10,000 as in the other markets (napolify.com and most guides); one blog (hithanh.com) says 50,000 for Japan and South Korea — unverified, no official page with numbers found.",
    alternatives: [{ value: "50000", source: S170, grade: "C", note: "Japan and South Korea 50,000 (single blog)." }],
  },
  {
    ...live,
    kind: "crpFirstEarningViews",
    value: "1000",
    basis: "count",
    effective: "2024-01-01",
    dated: "knownSince",
    source: S169,
    grade: "C",
    label: "Creator Rewards: qualified views before a video earns",
    note: "A qualified view is a unique For You view of at least 5 s, without repeats, paid promotion or fraud.",
  },
];

/** Markets where the Creator Rewards Program is open (S168, S170; South Korea per napolify.com). */
export const CRP_MARKETS = ["US", "UK", "FR", "DE", "JP", "KR", "BR"];
export const CRP_MARKETS_SOURCE = S168;
