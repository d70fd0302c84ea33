/**
 * 简体中文: the message catalog (src/core/messages.ts) in Simplified Chinese. A machine-made draft,
 * checked by back-translation, not yet reviewed by a native speaker (docs/i18n.md). Argument and
 * function names stay as formulas write them, and so do values to type ("perCoin") and Excel's
 * TRUE/FALSE (Chinese Excel shows them so); full-width punctuation around them.
 */
import { type CompleteCatalog, pick } from "../../core/messages";
import { dateIn, numberIn, orIn, phrasesIn, marketNameIn } from "../format";

const n = numberIn("zh-CN");
const region = marketNameIn("zh-CN");
const d = dateIn("zh-CN");
const or = orIn("或");
const t = phrasesIn(
  {
    "a number": "数字",
    "USD per 1,000 followers": "每 1,000 名粉丝的美元金额",
    "a CPM in USD": "以美元计的 CPM",
    "a budget in USD": "以美元计的预算",
    "a cost per action in USD": "以美元计的单次行动成本",
    "a daily budget in USD": "以美元计的日预算",
    "a discount amount": "折扣金额",
    "a margin such as 0.2": "利润率（如 0.2）",
    "a margin such as 0.25 (25 %)": "利润率（如 0.25，即 25%）",
    "a margin such as 0.3": "利润率（如 0.3）",
    "a margin such as 0.4": "利润率（如 0.4）",
    "a number of days": "天数",
    "a number of followers": "粉丝数",
    "a number of gifts": "礼物数",
    "a number of streams": "直播场数",
    "a number of views": "播放量",
    "a price in USD": "以美元计的价格",
    "a rate such as 0.06 or 6%": "费率（如 0.06 或 6%）",
    "a tolerance in currency units": "以货币单位计的容差",
    "a video length in seconds": "以秒计的视频时长",
    "a weight in kg": "以千克计的重量",
    "a weight in pounds": "以磅计的重量",
    "a whole number of clicks": "整数点击次数",
    "a whole number of coins": "整数金币数",
    "a whole number of days": "整数天数",
    "a whole number of diamonds": "整数钻石数",
    "a whole number of gifts": "整数礼物数",
    "a whole number of impressions": "整数展示次数",
    "a whole number of units": "整数件数",
    "a whole number of views": "整数播放量",
    "ad spend in USD": "以美元计的广告花费",
    "an amount in USD": "以美元计的金额",
    "an amount": "金额",
    "an average frequency such as 2.5": "平均频次（如 2.5）",
    "an average order value": "平均订单金额",
    "revenue in USD": "以美元计的收入",
    "the ad cost per order": "每单广告成本",
    "the cost of one unit": "单件成本",
    "the hours left in the day": "当天剩余小时数",
    "the shipping the buyer paid": "买家支付的运费",
    "the unit price": "单价",
    "your shipping cost": "您的运费成本",
    "a range": "单元格区域",
    market: "市场",
    currency: "货币",
    channel: "渠道",
    gift: "礼物",
    fee: "费用",
    category: "类目",
    industry: "行业",
    "billing model or format": "计费模式或广告形式",
    "benchmark metric": "基准指标",
    "content type": "内容类型",
    "budget level": "预算层级",
    "budget period": "预算周期",
    "conversion depth": "转化深度",
    "the market's default rate": "该市场的默认费率",
    "the newest rates": "最新费率",
    "the rate book's rate for the category": "费率表中该类目的费率",
    "the sourced range": "有来源的范围",
    "an individual seller, not Mall, not cross-border, below the tax thresholds":
      "个人卖家、非 Mall、非跨境、低于税务门槛",
  },
  (thing, market) => `${market} 的${thing}`,
);

/** "广告系列日预算": the budget ADBUDGETCHECK speaks of. */
const zhBudget = (level: string, type: string): string =>
  `${level === "adgroup" ? "广告组" : level === "gmvmax" ? "GMV Max " : "广告系列"}${type === "daily" ? "日预算" : "总预算"}`;
/** Why a text is not a number (numberReason in src/core/messages.ts). */
const whyText = (p: { why: string; a: string; b: string }): string =>
  pick(p.why, {
    percent: `此处不接受百分比——请输入数字本身`,
    exponent: `指数超出范围——请输入不带指数的数字`,
    commaAmbiguous: `逗号既可能是小数点，也可能是千位分隔符——请输入 ${p.a} 或 ${p.b}，或将其作为数字（而非文本）输入`,
    commaDecimal: `逗号既可能是小数点，也可能是千位分隔符——请输入 ${p.a}，或将其作为数字（而非文本）输入`,
    grouping: `千位分隔符必须每三位一组（"1,234,567.89"）——请输入 ${p.a}，或将其作为数字（而非文本）输入`,
    points: `点是小数点——请输入 ${p.a}，或将其作为数字（而非文本）输入`,
    separators: `数字中间的分隔符无法读取——请输入 ${p.a}，或将其作为数字（而非文本）输入`,
    notNumber: `不是数字`,
  });
/** The settlement layouts' titles (Layout.title, English) in this language, wherever a text names them. */
const LAYOUT_TITLES: readonly (readonly [string, string])[] = [
  ['Income export "Order details" (SEA; Chinese-UI cross-border)', "收入导出“订单明细”（SEA；中文界面跨境）"],
  ["Statement order details (US/UK/BR; Chinese-UI MX/JP; per SKU)", "账单订单明细（US/UK/BR；中文界面 MX/JP；按 SKU）"],
  ["Unsettled-orders export (US/VN/TH xlsx, UK CSV)", "未结算订单导出（US/VN/TH xlsx，UK CSV）"],
  ["Order export (OrderSKUList)", "订单导出（OrderSKUList）"],
];
const lay = (text: string): string => LAYOUT_TITLES.reduce((s, [en, own]) => s.split(en).join(own), text);
const zh: CompleteCatalog = {
  "number.empty": (p) => `${p.argument} 为空：请输入${t(p.noun)}。`,
  "number.boolean": (p) => `${p.argument} 是 TRUE/FALSE：请输入${t(p.noun)}。`,
  "number.notFinite": (p) => `${p.argument} 不是有限数字：请输入${t(p.noun)}。`,
  "number.text": (p) => `${p.argument} 是文本（“${p.text}”）：请输入${t(p.noun)}。`,
  "number.textReason": (p) => `${p.argument} 是文本“${p.text}”：${whyText(p)}。`,
  "number.tooLarge": (p) => `${p.argument} 太大：最多允许 ${n(p.max)}。`,
  "number.negative": (p) => `${p.argument} 为负数（${n(p.value)}）：请输入零或更大的数。`,
  "number.zero": (p) => `${p.argument} 为零：请输入大于零的${t(p.noun)}。`,
  "number.notWhole": (p) => `${p.argument} 必须是整数，而不是 ${n(p.value)}。`,
  "rate.outOfRange": (p) => `${p.argument} 为 ${n(p.value)}：请输入 0 到 ${n(p.limit)} 之间的费率（6% 即 0.06）。`,
  "date.notIso": (p) => `“${p.text}”不是 YYYY-MM-DD 格式的日期。`,
  "date.notSerial": (p) => `${p.argument} 不是日期：请输入日期单元格或“2025-01-31”这样的文本。`,
  "date.notDateText": (p) => `${p.argument}“${p.text}”不是日期：请使用日期单元格或“2025-01-31”这样的文本。`,
  "date.wrongType": (p) => `${p.argument} 必须是日期，而不是${p.what === "TRUE/FALSE" ? ` ${p.what}` : t(p.what)}。`,
  "name.unknown": (p) => `未知的${t(p.what)}“${p.given}”。`,
  "name.unknownDidYouMean": (p) => `未知的${t(p.what)}“${p.given}”。您是不是要输入 ${or(p.names)}？`,
  "name.unknownKnown": (p) => `未知的${t(p.what)}“${p.given}”。已知：${p.names}。`,
  "name.unknownKnownMore": (p) => `未知的${t(p.what)}“${p.given}”。已知：${p.names}，另有 ${n(p.more)} 个。`,
  "fee.unknown": (p) => `未知的费用“${p.given}”：请使用 ${p.fees} 之一。`,

  "live.noCoinPrices": (p) =>
    `没有 ${region(p.market)} 有来源的金币价格：费率表中只有 US（网页、iOS、Android）和 UK（iOS、Android）的金币套餐。请改为填写您支付的价格。`,
  "live.noCoinPack": (p) => `“${p.market}”中 ${p.channel} 的金币套餐未知。已知：${p.known}。`,
  "live.tooManyCoinsForPacks": (p) => `按套餐方法计算时 coins 超过 ${n(p.max)}：请使用 "perCoin" 方法。`,
  "live.agencyTakesAll": () => "公会分成为 100 % 时，无论多少钻石都不会给创作者带来任何收入。",
  "live.tooManyDiamonds": (p) =>
    `${n(p.target)} 美元的收益需要超过 ${n(p.max)} 颗钻石，这是本加载项计数的上限：请输入更小的目标（或检查 usd_per_diamond 和 agency_share）。`,
  "live.creatorAboveSpend": (p) =>
    `按这些参数，创作者得到的（${n(p.creator)} 美元）会多于观众扣除应用商店费用后支付的金额（${n(p.afterStore)} 美元）：请检查 usd_per_diamond 和 coins_per_diamond。`,
  "live.beforeGiftCatalog": () => "as_of 早于礼物目录（始于 2021 年）：在此之前没有礼物价格。",

  "ads.marginNotPositive": () => "利润率为零或更低时，任何 ROAS 都无法保本：每笔销售在投放广告前就已亏损。",
  "ads.marginAboveOne": (p) => `${n(p.margin)}% 的利润率不可能：请输入不超过 1 的小数（30% 即 0.3）。`,
  "ads.targetNotBelowMargin": (p) =>
    `目标利润率（${n(p.target)}%）不低于广告前利润率（${n(p.margin)}%）：任何广告花费都无法保持它。`,
  "ads.frequencyBelowOne": () => "平均频次至少为 1（每个触达的人至少看到一次广告）。",
  "ads.noCpvBenchmark": () => "没有可靠的公开 CPV 基准：请将您的单次播放成本作为 rate 传入，例如 0.03。",
  "ads.topViewByCpm": (p) =>
    `TopView 按 CPM 预订（约 ${n(p.cpm)} 美元），而不是按天：请将您的每日报价作为 rate 传入，或使用 ADCOST("CPM", impressions, ${n(p.cpm)})。`,
  "ads.brandTakeoverNoPrice": () => "Brand Takeover 没有公开价格：请将 TikTok 给您的每日报价作为 rate 传入。",
  "ads.gmvMaxDailyOnly": () => "GMV Max 使用日预算（每天至少 10 美元）：请将 days 留空。",
  "ads.flatPricePerRun": (p) => `${p.model} 按整个投放期一口价出售，而不是按量计费：请用 ADCOST 计算其价格。`,

  "shop.marginImpossible": (p) => `${n(p.margin)}% 的 ${p.argument} 不可能：利润率必须低于 100%。`,
  "shop.marginBelowMinusOne": (p) => `${p.argument} 必须介于 −100% 与 100% 之间（0.25 即 25%）。`,
  "shop.noPriceForMargin": (p) =>
    `没有任何价格能达到 ${n(p.margin)}% 的利润率：平台费用、达人佣金和退货占去每增加一单位价格的 ${n(p.share)}% 以上。`,
  "shop.priceAboveMaxCheckCosts": (p) =>
    `达到 ${n(p.margin)}% 利润率的价格超过 ${n(p.max)} ${p.currency}，这是本加载项可计算的最大金额：请检查 unit_cost 和其他成本。`,
  "shop.priceAboveMaxLowerMargin": (p) =>
    `达到 ${n(p.margin)}% 利润率的价格超过 ${n(p.max)} ${p.currency}，这是本加载项可计算的最大金额：请降低 target_margin，或检查 unit_cost 和其他成本。`,
  "shop.noWholeMinorUnitPrice": (p) => `没有以 ${p.currency} 最小单位取整的价格能达到该利润率；请检查输入。`,
  "shop.targetAboveNoRevenue": (p) => `即使没有达人佣金，此订单也没有利润，低于 ${n(p.target)}% 的目标。`,
  "shop.targetAboveBestMargin": (p) =>
    `即使没有达人佣金，此订单的利润率也只有 ${n(p.margin)}%，低于 ${n(p.target)}% 的目标。`,
  "shop.targetAboveRounded": (p) =>
    `即使没有达人佣金，此订单按 ${p.currency} 最小单位取整后，收益仍低于 ${n(p.target)}% 的目标。`,
  "shop.sellerDiscountAboveItems": (p) =>
    `seller_discount（${n(p.discount)}）高于商品金额（${n(p.items)}）：请输入此订单行的折扣。`,
  "shop.platformDiscountAbovePayment": (p) =>
    `platform_discount（${n(p.discount)}）使买家实付金额为负：请输入此订单行的折扣。`,
  "shop.commissionRateTwice": () => "佣金费率只需提供一次：作为 category，或作为带类目名称的 commission_rate。",
  "shop.noSourcedFees": (p) =>
    `暂无 ${region(p.market)}（${p.code}）有来源的 TikTok Shop 费用。${p.note ? `${p.note} ` : ""}请将佣金费率作为 category 参数传入，例如 0.06。`,
  "shop.noRevenue": () => "此订单没有收入（价格和运费均为零），因此没有利润率。",
  "shop.fbtUsNotPublic": () =>
    '美国 FBT 按重量计费的费率表在我们的来源中未公开：费用从每件 3.58 美元起（单件订单），按计费重量收取（见 =TIKTOK.RATESOURCE("fbtFrom","US")）。请填写您自己的费用。',
  "shop.fbtNotSourced": (p) => `${region(p.market)} 没有公开的 FBT 费率表：只有英国的有来源。`,
  "shop.fbtNoTier": (p) =>
    `没有英国 FBT 档位能容纳 ${n(p.longest)} × ${n(p.middle)} × ${n(p.shortest)} 厘米、${n(p.weight)} 千克（最大为 120 × 60 × 60 厘米；30 千克以内最大 61 × 46 × 46 厘米）。`,

  "market.notShop": (p) =>
    `TikTok Shop 未在 ${p.market}（${p.code}）开展销售，因此没有店铺费用或结算：请选择 ${p.markets} 之一。`,
  "market.noShopCategories": (p) => `暂无 ${p.market} 有来源的 TikTok Shop 类目。`,
  "rate.notInBook": (p) => `费率表中没有 ${p.market} 的 ${p.kind}。`,
  "rate.introducedLater": (p) =>
    `${d(p.first)} 之前 ${p.market} 没有 ${p.kind}：该费用从那时起才推出（${p.argument} ${p.asOf}）。`,
  "rate.beforeBook": (p) =>
    `${d(p.first)} 之前 ${p.market} 没有 ${p.kind} 费率：费率表从那天开始（${p.argument} ${p.asOf}）。`,
  "rate.ended": (p) => `${p.asOf} 没有生效的 ${p.market} ${p.kind} 费率（最后一个已于 ${d(p.last)} 结束）。`,
  "rate.unpublished": (p) =>
    `${p.market} 在 ${p.asOf} 的 ${p.fee} 未公开（仅在 Seller Center 中）：请以数字形式传入您的费率。${p.note ? ` ${p.note}` : ""}`,
  "rate.unpublishedCategory": (p) =>
    `${p.market} 的 ${p.category} 在 ${p.asOf} 的 ${p.fee} 未公开（仅在 Seller Center 中）：请以数字形式传入您的费率。${p.note ? ` ${p.note}` : ""}`,

  "settlement.amountNotFinite": (p) => `${p.column} 中是 ${p.value}，不是金额。`,
  "settlement.amountWrongType": (p) => `${p.column} 中是 ${p.what}，不是金额。`,
  "settlement.amountAmbiguousDot": (p) =>
    `${p.column} 中是“${p.text}”：这个点可能是千位分隔符（1.250 = 1,250），也可能是小数点。请用纯数字重新导出文件，或在 Excel 中打开并保存该工作表。`,
  "settlement.amountNotNumber": (p) => `${p.column} 中是“${p.text}”，不是金额。`,
  "settlement.dateInvalid": (p) => `${p.column} 中是无效日期。`,
  "settlement.dateWrongType": (p) => `${p.column} 中是 ${p.what}，不是日期。`,
  "settlement.dateNotDate": (p) => `${p.column} 中是“${p.text}”，不是日期。`,
  "settlement.dateNotCalendar": (p) => `${p.column} 中是“${p.text}”，不是有效的日历日期。`,
  "settlement.dateNumberNotDate": (p) => `${p.column} 中是 ${p.value}，不是日期。`,
  "settlement.notKnownLayout": (p) =>
    `这不是本加载项认识的 TikTok Shop 结算导出文件。已在前 ${n(p.rows)} 行中查找含有 ${lay(p.looked)} 的表头。找到：${p.found}。`,
  "settlement.mappingNotJson": (p) => `列映射不是有效的 JSON：${p.reason}。`,
  "settlement.mappingFormat": (p) =>
    `不是列映射：应有 "format": "${p.format}" 和 "version": ${n(p.version)}，以及 "header" 列表和 "columns" 对象；实际为 ${p.found}。`,
  "settlement.mappingUnknownKey": (p) => `列映射中的 "${p.key}" 不在以下范围内：${p.keys}。请更正或删除。`,
  "settlement.mappingColumnMissing": (p) =>
    `列映射把列 "${p.column}" 指定给 ${p.key}，但该列不在其表头中：请使用文件中写的列名。`,
  "settlement.mappingDuplicate": (p) =>
    `列映射把列 "${p.column}" 同时指定给 ${p.first} 和 ${p.second}：每列只能指定给一个键。`,
  "settlement.mappingBadKind": (p) => `列映射说类型值 "${p.value}" 是 ${p.kind}：请说明它是 ${p.kinds} 中的哪一个。`,
  "settlement.mappingNotConfirmed": () => '列映射尚未确认，因此不会使用：请检查每一列，然后设置 "confirmed": true。',
  "settlement.mappingNeedsKeys": (p) => `列映射把文件读作 ${lay(p.layout)}，但没有为 ${p.keys} 指定列：请补上。`,
  "settlement.mappingHeaderNotFound": (p) =>
    `文件的前 ${n(p.rows)} 行中没有该列映射的表头（${p.cells}…）：此映射属于另一个文件。`,
  "settlement.foundNothing": () => "前几行没有文本",
  "settlement.foundRow": (p) => `第 ${n(p.row)} 行为 ${p.cells}`,
  "settlement.foundRowMore": (p) => `第 ${n(p.row)} 行为 ${p.cells}，另有 ${n(p.more)} 个`,
  "settlement.mixedLanguages": (p) =>
    `第 ${n(p.row)} 行的表头混用了两种 Seller Center 语言：${p.first}（${p.firstCells}）和 ${p.second}（${p.secondCells}）。请从 Seller Center 以一种语言重新导出文件，列名保持 TikTok 的命名。`,
  "settlement.ambiguousLayout": (p) =>
    `第 ${n(p.row)} 行的表头同样符合两种格式（${lay(p.layouts)}），因此不按其中任何一种读取：请按 Seller Center 导出的原样对账，不要添加或重命名列。`,
  "settlement.orderExportGiven": () =>
    "这是订单导出文件（OrderSKUList），不是结算文件：请对账 Income、statement 或 unsettled 导出文件，并把订单导出文件作为订单文件提供。",
  "settlement.noDataRows": (p) => `${lay(p.layout)} 有表头（第 ${n(p.row)} 行），但没有数据行。`,
  "settlement.ordersNotOrderExport": (p) => `订单文件是 ${lay(p.layout)}，不是订单导出文件（OrderSKUList）。`,
  "settlement.currencyUnknown": (p) => `文件的货币 ${p.code} 不属于本加载项认识的任何 TikTok Shop 市场：请指定市场。`,
  "settlement.currencyShared": (p) =>
    `文件使用 ${p.code}，${p.markets} 都使用该货币：请指定市场（例如 --market ${p.example}）。`,
  "settlement.marketsRemain": (p) =>
    `根据文件的货币、名称和费用列，仍有 ${p.markets} 可能：请指定市场（例如 --market ${p.example}）。`,
  "settlement.noMarket": () => "文件没有写明货币：请指定市场（例如 --market US）；文件名和费用列都无法判断。",

  "feeReason.noOrderValueColumn": () => "文件没有用于计算订单金额的“Customer payment”列",
  "feeReason.noItemNetColumn": () => "文件没有“Subtotal after seller discounts”列",
  "feeReason.noCustomerPaymentColumn": () => "文件没有“Customer payment”列",
  "feeReason.noBase": (p) => `按 ${p.base} 计算的费用没有计费基数`,
  "feeReason.noReferralRule": () => "没有可按 20% 计算的佣金规则",
  "feeReason.perItemNoQuantity": (p) => `${p.fee} 按件计算，而文件没有“Quantity”列`,
  "feeReason.cappedPerItemNoQuantity": (p) => `${p.fee} 按件设有上限，而文件没有“Quantity”列`,
  "expectedFee.noOrderValueColumn": () => "文件没有用于计算订单金额的“Customer payment”列。",
  "expectedFee.noItemNetColumn": () => "文件没有“Subtotal after seller discounts”列。",
  "expectedFee.noCustomerPaymentColumn": () => "文件没有“Customer payment”列。",
  "expectedFee.noBase": (p) => `按 ${p.base} 计算的费用没有计费基数。`,
  "expectedFee.noReferralRule": () => "没有可按 20% 计算的佣金规则。",
  "expectedFee.perItemNoQuantity": (p) => `${p.fee} 按件计算，而文件没有“Quantity”列。`,
  "expectedFee.cappedPerItemNoQuantity": (p) => `${p.fee} 按件设有上限，而文件没有“Quantity”列。`,
  "expectedFee.neededNoOrderValueColumn": (p) =>
    `此费用需要 ${p.argument}：文件没有用于计算订单金额的“Customer payment”列。`,
  "expectedFee.neededNoItemNetColumn": (p) => `此费用需要 ${p.argument}：文件没有“Subtotal after seller discounts”列。`,
  "expectedFee.neededNoCustomerPaymentColumn": (p) => `此费用需要 ${p.argument}：文件没有“Customer payment”列。`,
  "expectedFee.neededPerItemNoQuantity": (p) => `此费用需要 ${p.argument}：${p.fee} 按件计算，而文件没有“Quantity”列。`,
  "expectedFee.neededCappedPerItemNoQuantity": (p) =>
    `此费用需要 ${p.argument}：${p.fee} 按件设有上限，而文件没有“Quantity”列。`,
  "expectedFee.categoryNotRate": () => "此处 category 必须是类目名称（费率取自费率表），而不是费率。",

  "sellerProfile.bothTypes": () => 'seller_profile 同时写了 "individual" 和 "business"：请只保留一个。',
  "sellerProfile.feeTaxTwice": () => 'seller_profile 写了两次 "fee tax"：请只保留一个。',
  "sellerProfile.feeTaxText": (p) => `seller_profile 的 fee tax“${p.text}”：${whyText(p)}。`,
  "sellerProfile.unknownWord": (p) => `seller_profile：未知的词“${p.word}”。请使用 ${p.words} 等词，用逗号分隔。`,

  "argument.range": (p) => `${p.argument} 必须是单个值，而不是单元格区域。`,
  "argument.errorOrObject": (p) => `${p.argument} 包含错误或对象：请先修正该单元格。`,
  "argument.booleanForNumber": (p) => `${p.argument} 是 TRUE/FALSE：请输入数字。`,
  "argument.booleanForDate": (p) => `${p.argument} 是 TRUE/FALSE：请输入日期。`,
  "argument.notFinite": (p) => `${p.argument} 不是有限数字。`,
  "argument.notANumber": (p) => `${p.argument} 必须是数字。`,
  "argument.requiredNumber": (p) => `${p.argument} 为必填项：请输入数字。`,
  "argument.requiredText": (p) => `${p.argument} 为必填项，例如 ${p.example}。`,
  "argument.textExpected": (p) => `${p.argument} 必须是文本，例如 ${p.example}。`,
  "argument.categoryZero": (p) =>
    `${p.argument} 为 0（在桌面版 Excel 中空单元格也读作 0）：佣金为 0% 时请输入 "0%"，否则请省略 ${p.argument} 或填写类目名称。`,
  "argument.zeroFromEmptyCell": (p) =>
    `${p.argument} 为 0（在桌面版 Excel 中空单元格也读作 0）：省略 ${p.argument} 即使用${t(p.fallback) === p.fallback ? ` ${n(p.fallback)}` : t(p.fallback)}，或输入文本 "0" 表示真正的 0。`,
  "argument.zeroFromEmptyCellNoDefault": (p) =>
    `${p.argument} 为 0（在桌面版 Excel 中空单元格也读作 0）：省略 ${p.argument} 即使用其默认值，或输入文本 "0" 表示真正的 0。`,
  "argument.categoryType": (p) => `${p.argument} 必须是类目名称或费率（如 0.06）。`,
  "argument.unknownChoice": (p) => `未知的 ${p.argument}“${p.given}”：请使用 ${or(p.choices)}。`,
  "argument.marginRange": (p) => `${p.argument} 必须是 −1 到 1 之间的小数（30% 即 0.3），而不是 ${n(p.given)}。`,
  "result.tooLargeForCell": () => "结果太大，单元格无法容纳。",
  "result.ownRateSource": () => "您自己的费率（在工作表中填写，而非来自费率表）",
  "result.tableForValue": () => "意外错误：应为单个值的位置得到了表格",
  "result.valueForTable": () => "意外错误：应为表格的位置得到了单个值",
  "result.unexpected": (p) => `意外错误：${p.message}`,
  // The Open API's saved responses (src/core/settlement/openApi.ts).
  "openApi.unknownShape": (p) =>
    `不是已保存的 TikTok Shop Open API 账单交易响应：应为来自 GET /finance/202309 / /finance/202501/statements/{statement_id}/statement_transactions 的 {"code": 0, "data": {"transactions": […]}}、其 "data" 对象，或由这些响应组成的数组（每页一个）。实际为 ${p.found}。`,
  "openApi.apiError": (p) =>
    `已保存的响应是 API 错误（代码 ${p.code}${p.text ? `：${p.text}` : ""}），不是账单交易：请重新请求该页，并保存含有 "data" 的响应。`,
  "openApi.statementsList": () =>
    `这是账单列表（GET /finance/…/statements），不是某张账单的交易：请保存每张账单的 statement_transactions 响应并对这些响应对账。`,
  "openApi.perOrder": () =>
    `暂不读取按订单的交易（sku_transactions）：请改为保存该订单所在账单的 statement_transactions 响应。`,
  "openApi.noTransactions": () => `已保存的响应中没有交易：没有可对账的内容。`,
  "openApi.mixedVersions": (p) => `这些响应混合了两种交易格式（${p.first} 和 ${p.second}）：请按版本分别对账。`,
  "openApi.unknownTransaction": (p) =>
    `这些交易没有本加载项可读取的任何版本的字段（202309: "fee_amount"…, 202501: "fee_tax_breakdown"…, unsettled: "est_settlement_amount"）：第一笔交易的字段为 ${p.found}。`,
  "openApi.notJson": (p) => `${p.file} 不是有效的 JSON：${p.reason}。`,
  "ads.budgetOk": (p) =>
    `OK：${zhBudget(p.level, p.type)} ${n(p.budget)} USD 达到最低要求（${p.strict ? "高于" : "至少"} ${n(p.min)} USD）。`,
  "ads.budgetBelow": (p) =>
    `低于最低要求：${zhBudget(p.level, p.type)}必须${p.strict ? "高于" : "至少为"} ${n(p.min)} USD；${n(p.budget)} USD 还差 ${n(p.short)} USD${p.strict ? "（恰好等于最低值也不够）" : ""}。`,
  "live.waterfallLabel": (p) =>
    pick(p.line, {
      step: `步骤`,
      share: `占观众支出的比例`,
      appStore: `应用商店（${p.channel}）`,
      tiktok: `TikTok`,
      agency: `机构`,
      withdrawalFee: `提现手续费`,
      creator: `创作者到手现金`,
      viewerSpend: `观众支出`,
    }),
  "ads.funnelLabel": (p) =>
    pick(p.line, {
      step: `步骤`,
      value: `数值`,
      budget: `预算（USD）`,
      impressions: `展示次数`,
      clicks: `点击次数`,
      conversions: `转化次数`,
      revenue: `收入（USD）`,
      roas: `ROAS`,
      cpa: `单次转化成本（USD）`,
      profit: `扣除广告费后的利润（USD）`,
    }),
  "settlement.noCreatedDate": () => "订单没有创建日期，无法选择当时生效的费率",
  "file.notFound": (p) => `${p.file}：文件不存在。`,
  "file.isFolder": (p) => `${p.file} 是文件夹，不是文件。`,
  "file.empty": (p) => `${p.file} 为空（0 字节）。`,
  "file.notWorkbook": (p) => `${p.file} 不是 Excel 工作簿（没有 xlsx 签名）。`,
  "file.binary": (p) => `${p.file} 是二进制文件，既不是 CSV 文本也不是 xlsx 工作簿。`,
  "file.notCsv": (p) => `无法将 ${p.file} 读取为 CSV：${p.reason}`,
  "file.noWorksheets": (p) => `${p.file} 没有工作表。`,
  "file.damagedWorkbook": (p) => `无法将 ${p.file} 读取为 xlsx 工作簿（已损坏或被截断？）：${p.reason}`,
  "file.unreadable": (p) => `${p.file}：无法读取（${p.code}）。`,
  "file.notReconciled": (p) => `${p.file}：无法对账：${p.reason}`,
  "file.sheetNotFound": (p) => `--sheet“${p.sheet}”不在 ${p.file} 中（工作表：${p.sheets}）。`,
  "settlement.mappedLayoutTitle": () => "您的列映射",
  "settlement.layoutTitle": (p) => lay(p.title),
  "settlement.skipAdjustment": (p) => `${p.type}${p.why ? ` (${p.why})` : ""}：调整项不与费率表核对`,
  "settlement.skipCurrency": (p) => `货币 ${p.currency} 不是 ${p.market} 的货币（${p.expected}）`,
  "settlement.rateNotInBook": (p) => `费率表中没有 ${p.market} 的 ${p.kind}`,
  "settlement.rateBeforeBook": (p) =>
    `${d(p.first)} 之前没有 ${p.market} 的 ${p.kind} 费率：费率表从那天开始（下单日期 ${d(p.date)}）`,
  "settlement.noRuleInForce": (p) => `${d(p.date)} 没有生效的 ${p.kind}`,
  "settlement.nothingChargedWaiver": (p) =>
    `未收取任何费用，且 ${d(p.date)} 费率表中没有 0 % 的 ${p.kind} 费率：新卖家或活动的减免不在费率表中`,
  "settlement.categoryDefault": () => "默认",
  "settlement.categoryWithVat": (p) => `${p.category}（含增值税）`,
  "settlement.categoryNoneFitsAtDefault": () => "均不符合（按默认费率计算预期）",
  "settlement.categoryNothingChargedAtDefault": () => "未收费（按默认费率计算预期）",
  "settlement.categoryNoneFitsNearest": (p) => `均不符合（最接近：${p.nearest}）`,
  "settlement.categoryNothingCharged": () => "未收费",
  "settlement.noModelledFee": () => `文件中没有本加载项能建模的费用列`,
  "live.crpEligible": () => `符合条件`,
  "live.crpNotEligible": (p) => `不符合条件：${p.reasons}`,
  "live.crpReason": (p) =>
    pick(p.why, {
      notOpen: `该计划未在 ${region(p.a)} 开放（已在 ${p.b} 开放）`,
      followers: `需要 ${n(p.a)} 名粉丝（现有 ${n(p.b)}）`,
      views: `30 天内需要 ${n(p.a)} 次观看（现有 ${n(p.b)}）`,
      seconds: `视频时长至少 ${n(p.a)} 秒（此视频 ${n(p.b)} 秒）`,
      age: `创作者须年满 ${n(p.a)} 岁`,
    }),
  "fee.vatOn": (p) => `${p.fee}增值税`,
  "table.byCategory": () => "按类目",
  "table.column": (p) =>
    pick(p.column, {
      gift: "礼物",
      coins: "金币",
      since: "生效日期",
      until: "截止日期",
      source: "来源",
      note: "备注",
      format: "格式",
      duration: "时长",
      delivery: "投放方式",
      pricing: "计价方式",
      low: "低（USD）",
      high: "高（USD）",
      code: "代码",
      market: "市场",
      currency: "货币",
      defaultCommission: "默认佣金",
      category: "类目",
      commission: "佣金",
      component: "项目",
      rate: "费率",
      base: "基数",
      amount: "金额",
      totalShopFees: "TikTok Shop 费用合计",
    }),
};

export default zh;
