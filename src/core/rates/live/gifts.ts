/**
 * LIVE gifts (kind giftCoins, market "*", category = the gift's name, basis count): the coins a
 * viewer pays for one gift, known since the source's date or, for an undated guide, the day it
 * was read.
 */
import type { IsoDate } from "../../dates";
import { RESEARCH_READ } from "../research";
import type { AlternativeFigure, Grade, RateEntry } from "../types";
import { type LiveOwn, liveEntries, UNDATED } from "./entries";
import { S128, S140, S142 } from "./sources";

const GUNZONE = "https://thegunzone.com/?p=1203785";
const MONEY_CENTRAL = "https://money-central.com/us/how-much-is-a-money-gun-worth-on-tiktok";
const S138 = "https://portal.yandex.com.tr/yaozet/how_to/tiktok-gifts-guide-id2-QkuupziR";
const S139 = "https://www.thenexthint.com/how-costly-is-a-tiktok-galaxy-all-about-tiktok-gifts/";
const S141 = "https://www.tips4gifts.com/how-much-are-tiktok-gifts-worth/";
const S145 = "https://www.the-sun.com/tech/6621283/what-is-the-lion-on-tiktok/";
const TINYGRAB = "https://tinygrab.com/how-much-is-a-galaxy-on-tiktok-worth/";

/** One gift and its price. */
interface Gift {
  readonly gift: string;
  readonly coins: string;
  /** The source's date, or RESEARCH_READ for an undated guide. */
  readonly knownSince: IsoDate;
  readonly source: string;
  readonly grade: Grade;
  /** Default "<gift> (coins)". */
  readonly label?: string;
  /** Default: none for a dated source, UNDATED for an undated one. */
  readonly note?: string;
  /** Figures other sources give. */
  readonly alternatives?: readonly AlternativeFigure[];
}

const GIFTS = [
  {
    gift: "Rose",
    coins: "1",
    knownSince: "2021-09-03",
    source: S142,
    grade: "C",
    alternatives: [
      { value: "5", source: S140, grade: "D", note: "CalculateCreator says 5 coins in one place and 1 in another." },
    ],
  },
  { gift: "TikTok", coins: "1", knownSince: RESEARCH_READ, source: S128, grade: "C" },
  { gift: "Ice Cream Cone", coins: "1", knownSince: RESEARCH_READ, source: S128, grade: "C" },
  { gift: "TGIF", coins: "1", knownSince: RESEARCH_READ, source: S139, grade: "C" },
  { gift: "Weights", coins: "1", knownSince: RESEARCH_READ, source: S139, grade: "C" },
  { gift: "Football", coins: "1", knownSince: RESEARCH_READ, source: S139, grade: "C" },
  { gift: "GG", coins: "1", knownSince: RESEARCH_READ, source: S139, grade: "C" },
  { gift: "Mini Speaker", coins: "1", knownSince: RESEARCH_READ, source: S139, grade: "C" },
  { gift: "Tennis", coins: "1", knownSince: RESEARCH_READ, source: S139, grade: "C" },
  { gift: "Coffee", coins: "1", knownSince: RESEARCH_READ, source: S139, grade: "C" },
  { gift: "Finger Heart", coins: "5", knownSince: RESEARCH_READ, source: S139, grade: "C" },
  { gift: "Mic", coins: "5", knownSince: RESEARCH_READ, source: S139, grade: "C" },
  { gift: "Panda", coins: "5", knownSince: RESEARCH_READ, source: S128, grade: "C" },
  { gift: "Italian Hand", coins: "5", knownSince: RESEARCH_READ, source: S128, grade: "C" },
  { gift: "Fire", coins: "5", knownSince: RESEARCH_READ, source: S141, grade: "C" },
  { gift: "Hand Wave", coins: "9", knownSince: RESEARCH_READ, source: S139, grade: "C" },
  { gift: "Lollipop", coins: "10", knownSince: RESEARCH_READ, source: S139, grade: "C" },
  { gift: "Rosa", coins: "10", knownSince: RESEARCH_READ, source: S138, grade: "C" },
  { gift: "Love Bang", coins: "25", knownSince: RESEARCH_READ, source: S128, grade: "C" },
  { gift: "Sun Cream", coins: "50", knownSince: RESEARCH_READ, source: S128, grade: "C" },
  { gift: "Hat and Mustache", coins: "99", knownSince: RESEARCH_READ, source: S138, grade: "C" },
  { gift: "Rainbow Puke", coins: "100", knownSince: RESEARCH_READ, source: S128, grade: "C" },
  { gift: "Concert", coins: "500", knownSince: RESEARCH_READ, source: S128, grade: "C" },
  { gift: "I'm Very Rich", coins: "1000", knownSince: RESEARCH_READ, source: S128, grade: "C" },
  {
    gift: "Galaxy",
    coins: "1000",
    knownSince: RESEARCH_READ,
    source: S139,
    grade: "C",
    alternatives: [
      {
        value: "20000",
        source: TINYGRAB,
        grade: "D",
        note: "One page claims ~20,000 coins; every other source gives 1,000.",
      },
    ],
  },
  {
    gift: "Gold Mine",
    coins: "1000",
    knownSince: "2025-12-05",
    source: S140,
    grade: "D",
    note: "Single source, graded D: CalculateCreator contradicts itself elsewhere (Rose 1 vs 5 coins, Universe text vs table).",
  },
  {
    gift: "Money Gun",
    coins: "500",
    knownSince: RESEARCH_READ,
    source: MONEY_CENTRAL,
    grade: "C",
    alternatives: [
      { value: "500", source: GUNZONE, grade: "C", note: "'The Money Gun gift costs 500 coins' (undated)." },
    ],
  },
  { gift: "Interstellar", coins: "10000", knownSince: RESEARCH_READ, source: S128, grade: "C" },
  { gift: "Planet", coins: "15000", knownSince: RESEARCH_READ, source: S128, grade: "C" },
  { gift: "Rocket", coins: "20000", knownSince: RESEARCH_READ, source: S128, grade: "C" },
  { gift: "Castle Fantasy", coins: "20000", knownSince: RESEARCH_READ, source: S128, grade: "C" },
  {
    gift: "Lion",
    coins: "29999",
    knownSince: RESEARCH_READ,
    source: S128,
    grade: "C",
    alternatives: [{ value: "29999", source: S145, grade: "B", note: "About $400 on the app (The Sun, 2022-11-07)." }],
  },
  {
    gift: "Drama Queen",
    coins: "5000",
    knownSince: "2021-09-03",
    source: S142,
    grade: "C",
    note: "5,000 coins (iTechPost 2021: 2,500 diamonds → $12.50; also backtofrontshow.com and growtok.com). One 2025 calculator lists 199; three sources disagree with it.",
    alternatives: [
      { value: "199", source: S140, grade: "D", note: "A 2025 gift table; contradicted by three sources." },
    ],
  },
  {
    gift: "Universe",
    coins: "44999",
    knownSince: RESEARCH_READ,
    source: S138,
    grade: "C",
    label: "TikTok Universe (coins)",
    note: `44,999 coins in the newer guides; older ones give 34,999. No change date is published. ${UNDATED}`,
    alternatives: [
      { value: "34999", source: S128, grade: "C", note: "An older undated guide ('34,999 coins … 500 USD')." },
    ],
  },
] as const satisfies readonly Gift[];

export const GIFT_RATES: readonly RateEntry[] = liveEntries(
  GIFTS.map((g: Gift): LiveOwn => ({
    kind: "giftCoins",
    category: g.gift,
    value: g.coins,
    basis: "count",
    effective: g.knownSince,
    source: g.source,
    grade: g.grade,
    label: g.label ?? `${g.gift} (coins)`,
    note: g.note ?? (g.knownSince === RESEARCH_READ ? UNDATED : undefined),
    alternatives: g.alternatives,
  })),
);

/** A gift of the catalog. */
export type GiftName = (typeof GIFTS)[number]["gift"];

/** Other names people type for a gift (matched case-insensitively); each names a gift of the catalog. */
export const GIFT_ALIASES: Readonly<Record<string, GiftName>> = {
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
