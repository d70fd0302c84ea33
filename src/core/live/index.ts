/** LIVE gifts, coins, diamonds and creator payouts. */
export { giftCoins, giftNames, canonicalGift, type GiftPrice } from "./gifts";
export { coinCost, coinValue, readChannel, CHANNELS, type Channel, type CoinCost, type CoinValue } from "./coins";
export {
  diamondsFromCoins,
  diamondPayout,
  diamondsForPayout,
  giftsForPayout,
  liveWaterfall,
  liveProjection,
  readChain,
  type ChainInput,
  type Payout,
  type Waterfall,
} from "./payout";
export { creatorRewards, creatorRewardsEligibility, type RewardsEstimate } from "./creatorRewards";
export { parameter } from "./defaults";
