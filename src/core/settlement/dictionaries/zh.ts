/**
 * Exports in Seller Center's Chinese UI, which cross-border sellers get whatever the market
 * (docs/research/settlement-languages.md §1.3, §5): the MY Income file, sheet `订单详情` (file ids
 * 56394092729, 69382686853, 69437729553), the MX per-SKU statement (file ids 68521920746,
 * 68303960483: `结算单ID`, `付款ID`, `订单 ID/调整单 ID` with or without spaces), the JP statement
 * detail (§1.3 E) and the unsettled (待结算) export's fee names (file id 69434508712).
 */
import glossary from "../../../i18n/zh/glossary";
import { type HeaderDictionary, glossaryColumns } from "./dictionary";

export const ZH_DICTIONARY: HeaderDictionary = {
  language: "zh",
  columns: {
    ...glossaryColumns(glossary),
    id: ["订单ID/调整单ID", "订单 ID/调整单 ID"],
    type: ["交易类型"],
    created: ["订单创建时间", "订单创建日期"],
    settled: ["订单结算时间", "结算日期", "结算日期（付款开始日期）"],
    currency: ["货币"],
    statementId: ["结算单 ID", "结算单ID"],
    estimatedSettleTime: ["预计结算时间"],
    skuId: ["SKU ID"],
    quantity: ["数量"],
    relatedOrderId: ["相关订单 ID"],
  },
  sheets: ["订单详情"],
  types: { 订单: "order", 物流赔付: "compensation", "TikTok 广告的 GMV 付款": "adsPayment" },
  breakdowns: [
    {
      total: ["商家运费"],
      parts: ["实际运费", "平台包邮运费", "买家支付运费", "实际退货运费", "客户运费退款", "运费补贴"],
      add: "parts",
    },
    {
      // JP: the commission and its breakdown, as Indonesia's (§1.3 E).
      total: ["TikTok Shop 佣金费", "推荐费"],
      parts: ["优惠前的佣金费", "优惠金额（广告支出）", "其他佣金优惠金额"],
      add: "total",
    },
  ],
};
