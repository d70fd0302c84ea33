/**
 * Simplified Chinese (简体中文): TikTok Shop's words in Seller Center's Chinese UI, the one
 * cross-border sellers use whatever the market (MY Income, MX and JP statements, the US
 * profit-and-loss file; docs/research/settlement-languages.md §1.3 and §5, settlement.md §1d).
 */
import type { Glossary } from "../glossary";

const glossary: Glossary = {
  fees: {
    // Income files; the US-style statement and profit-and-loss file call it 推荐费 (referral fee; settlement.md §1d).
    commission: ["TikTok Shop 佣金费", "推荐费"],
    // Settled, then the unsettled (待结算) export's estimate.
    transaction: ["交易手续费", "预计交易手续费"],
    refundAdmin: [],
    orderFee: ["订单处理手续费"],
    growth: ["电商增长服务费"],
    dynamicCommission: ["动态佣金"],
  },
  columns: {
    settlement: ["结算总金额"],
    revenue: ["总收入"],
    netSales: ["净商品销售额"],
    totalFees: ["总费用"],
    adjustment: ["调整金额"],
    subtotalAfter: ["享受商家折扣后小计"],
    refundSubtotalAfter: ["享受商家折扣后的退款小计"],
    customerPayment: ["客户付款"],
    customerRefund: ["客户退款"],
    platformDiscount: ["平台折扣"],
    platformDiscountRefund: ["平台折扣退款"],
    platformSupportFee: ["平台支持费"],
    sst: ["SST"],
  },
};

export default glossary;
