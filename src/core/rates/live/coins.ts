/**
 * Coins: what a viewer pays for a pack (kind coinPack, category "<channel>:<coins>", basis amount
 * in the market's currency; market "*" is USD) and the share of that payment the app store keeps
 * (kind appStoreShare, category = channel). The web (tiktok.com/coin) is cheapest; app stores add
 * their share.
 */
import { RESEARCH_READ } from "../research";
import type { RateEntry, RateMarket } from "../types";
import { type LiveOwn, liveEntries, UNDATED } from "./entries";
import { S128 } from "./sources";

const S125 = "https://www.the-sun.com/tech/4910045/how-to-buy-tiktok-recharge-coins/";
const S132 = "https://apps.uk/how-much-are-tiktok-gifts-worth/";
const S135 = "https://tiktokcalculator.net/guides/tiktok-coins/";
/** An undated blog giving the US app packs as 65 / 330 / 1,321 / 6,607 coins (issue #22's alternative scheme). */
const BLOC4YOU = "https://bloc4you.com/?p=8857";

/** One pack of an app price list: coins, and the price in the list's currency. */
interface Pack {
  readonly coins: string;
  readonly price: string;
  /**
   * The same price for another number of coins, from another source (a different pack scheme).
   * Named `alternatives` like the entries' own, so the bundle drops it with them (audit data).
   */
  readonly alternatives?: { readonly coins: string; readonly source: string };
}

/** An app price list, read from one undated guide. */
interface AppPriceList {
  readonly market: RateMarket;
  readonly currency: string;
  readonly source: string;
  readonly note: string;
  readonly packs: readonly Pack[];
}

const US_APP = {
  market: "*",
  currency: "USD",
  source: S128,
  note: `US App Store / Google Play pack, about $0.0143 a coin. The same page lists 5 coins for $0.07; it is left out, since a rounded promotional price would make buying hundreds of tiny packs the "cheapest" way. ${UNDATED}`,
  packs: [
    { coins: "70", price: "0.99", alternatives: { coins: "65", source: BLOC4YOU } },
    { coins: "350", price: "4.99", alternatives: { coins: "330", source: BLOC4YOU } },
    { coins: "700", price: "9.99" },
    { coins: "1400", price: "19.99", alternatives: { coins: "1321", source: BLOC4YOU } },
    { coins: "3500", price: "49.99" },
    { coins: "7000", price: "99.99", alternatives: { coins: "6607", source: BLOC4YOU } },
    { coins: "17500", price: "249.99" },
  ],
} as const satisfies AppPriceList;

const UK_APP = {
  market: "UK",
  currency: "GBP",
  source: S132,
  note: `UK app pack. The page also lists 40 coins for £0.49, left out as an outlier (a third cheaper per coin than every other pack). ${UNDATED}`,
  packs: [
    { coins: "65", price: "0.89" },
    { coins: "330", price: "4.49" },
    { coins: "660", price: "8.99" },
    { coins: "1321", price: "17.99" },
    { coins: "3303", price: "44.99" },
    { coins: "6607", price: "89.99" },
    { coins: "16500", price: "219.99" },
  ],
} as const satisfies AppPriceList;

/** The entries of an app price list. */
function appPacks(list: AppPriceList): LiveOwn[] {
  return list.packs.map((p) => ({
    market: list.market,
    kind: "coinPack",
    category: `app:${p.coins}`,
    value: p.price,
    basis: "amount",
    effective: RESEARCH_READ,
    source: list.source,
    grade: "C",
    label: `${p.coins} coins in the app (${list.currency})`,
    note: list.note,
    ...(p.alternatives && {
      alternatives: [
        {
          value: p.price,
          source: p.alternatives.source,
          grade: "C" as const,
          note: `Another US pack scheme: ${p.alternatives.coins} coins for ${list.currency} ${p.price} (an undated blog; the UK app sells the same pack sizes). Fewer coins for the same price; which scheme an account sees is not published.`,
        },
      ],
    }),
  }));
}

/** The share an app store keeps of an in-app purchase: the same on iOS and Android. */
const appStoreShare = (channel: "ios" | "android", name: string): LiveOwn => ({
  kind: "appStoreShare",
  category: channel,
  value: "0.30",
  low: "0.15",
  high: "0.30",
  basis: "rate",
  effective: RESEARCH_READ,
  source: S135,
  grade: "C",
  label: `App store share (${name})`,
  note: "App stores keep 15–30 % of in-app purchases; 30 % (the standard rate) is the default, and it matches the app packs costing ~35 % more per coin than the web.",
});

export const COIN_RATES: readonly RateEntry[] = liveEntries([
  {
    kind: "coinPack",
    category: "web:70",
    value: "0.74",
    basis: "amount",
    effective: "2022-03-16",
    source: S125,
    grade: "B",
    label: "70 coins on the web (USD)",
    note: "Web recharge from 70 to 17,500 coins or a custom amount, about $0.0106 a coin.",
  },
  ...appPacks(US_APP),
  ...appPacks(UK_APP),
  {
    kind: "appStoreShare",
    category: "web",
    value: "0",
    basis: "rate",
    effective: RESEARCH_READ,
    source: S135,
    grade: "C",
    label: "App store share (web)",
    note: "Coins bought on tiktok.com pay no app store commission.",
  },
  appStoreShare("ios", "iOS"),
  appStoreShare("android", "Android"),
]);
