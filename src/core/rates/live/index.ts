/**
 * The LIVE book: gifts, coins, diamonds and creator programmes. TikTok publishes no
 * coin→diamond→USD peg, so every link of the chain is an entry with a labelled, sourced default,
 * and the conflicts are kept (rates.md §2.3, §7). One file per family:
 * - gifts.ts — giftCoins (category = gift name, basis count): the coin price of a gift, dated;
 * - coins.ts — coinPack (category "<channel>:<coins>", basis amount in the market currency) and
 *   appStoreShare (category = channel): share of the viewer's payment kept by the app store;
 * - diamonds.ts — coinsPerDiamond, usdPerDiamond, agencyShare;
 * - withdrawals.ts — withdrawalFee, withdrawalMinimum, withdrawalDailyMax;
 * - creatorRewards.ts — crpRpm, crpMinFollowers, crpMinViews30d, crpMinVideoSeconds, crpMinAge,
 *   crpFirstEarningViews, and the markets where the program is open.
 * Market "*" unless a figure is market-specific.
 */
import type { RateEntry } from "../types";
import { COIN_RATES } from "./coins";
import { CREATOR_REWARDS_RATES } from "./creatorRewards";
import { DIAMOND_RATES } from "./diamonds";
import { GIFT_RATES } from "./gifts";
import { WITHDRAWAL_RATES } from "./withdrawals";

export const LIVE_RATES: readonly RateEntry[] = [
  ...GIFT_RATES,
  ...COIN_RATES,
  ...DIAMOND_RATES,
  ...WITHDRAWAL_RATES,
  ...CREATOR_REWARDS_RATES,
];

export { GIFT_ALIASES, type GiftName } from "./gifts";
export { CRP_MARKETS, CRP_MARKETS_SOURCE, type CrpMarket, crpOpenIn } from "./creatorRewards";
