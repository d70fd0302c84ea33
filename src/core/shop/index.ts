/** TikTok Shop seller economics: fees, net proceeds, profit, and the reverse solutions. */
export { shopFees, shopCommission, shopFeeTotal, refundAdminFee, type ShopQuery, type ShopFeeResult } from "./fees";
export {
  shopProfit,
  shopProfitFigure,
  requireMargin,
  type ProfitQuery,
  type ProfitResult,
  AFFILIATE_BASE_SOURCE,
} from "./profit";
export { priceForMargin, breakEvenPrice, maxAffiliateRate, readTargetMargin, MAX_AFFILIATE_RATE } from "./pricing";
export { feeSchedule, ORDER_FEE_KINDS, type FeeSchedule, type FeeRule } from "./schedule";
export { readOrderLine, type OrderLineInput, type OrderLine } from "./order";
export { fbtFee, billableWeightLb, type FbtFee } from "./fulfilment";
