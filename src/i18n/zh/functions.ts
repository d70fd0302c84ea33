/**
 * Simplified Chinese (简体中文): function help (functions-<locale>.json) and the manifest's words, read at build
 * time only (docs/i18n.md, "Function help"). A machine-made draft, not reviewed by a native speaker.
 * Function names, parameter names and the values a user types (codes, "web", seller-profile words)
 * stay English: formulas must work in every Excel.
 */
import type { FunctionsSection } from "../functionsSection";

/** Parameter help that several functions share (by parameter name; _ID: a variant first used by ID). */
const P = {
  market: "市场代码，如 US、UK、ID（默认 US）。",
  market_RATE: "市场代码，如 US、UK、ID（店铺费用默认 US）。",
  market_COINCOST: "金币价格表的市场：US（默认）或 UK。",
  as_of: "所用费率的日期（默认：最新费率）。",
  as_of_GIFTCOINS: "所用价格的日期（默认：最新）。",
  fee: '费用或参数：按名称或别名指定的费用（commission 或 referral、transaction 或 payment、orderFee 或 processing、growth、refundAdmin、dynamicCommission），或参数，如 "usdPerDiamond"、"cpm"。',
  category: "商品类目，或用来代替费率手册的佣金率，如 0.06。",
  category_RATE: "类目、礼物、行业或广告形式（如该费用有此区分）；数字将代替佣金。",
  unit_cost: "您每件的成本（货品、包装）。",
  quantity: "订单行上的件数（默认 1）。",
  shipping: "买家为该订单支付的运费（默认 0）。",
  seller_discount: "该行上卖家出资的折扣金额（默认 0）。",
  platform_discount: "该行上 TikTok 出资的折扣金额（默认 0）。",
  affiliate_rate: "达人按买家支付的商品金额计的佣金率，例如 0.1（默认 0）。",
  seller_shipping: "您为寄送该订单支付的运费（默认 0）。",
  return_rate: "退货订单的比例，例如 0.05（默认 0）。",
  ad_cost: "每单的广告支出（默认 0）。",
  commission_rate: "当 category 指定类目组时您的佣金率（其他费用按该组计），例如 0.05。",
  seller_profile:
    '词语，如 "business"、"mall"、"cross-border"、"above threshold"、"no tax id"、"pre-order"、"fee tax 6.25%"（默认：个人卖家）。',
  price: "以市场币种计的单件标价。",
  target_margin: "利润占收入的比例，例如 0.25 表示 25%。",
  coins: "金币数。",
  channel: "观众购买金币的渠道：web（默认）、ios 或 android。",
  estimate: "low、typical（默认）或 high。",
  followers: "粉丝数。",
  usd_per_diamond: "每颗钻石的美元价值（默认 0.005）。",
  agency_share: "公会（机构）从达人收益中抽取的比例，例如 0.2（默认 0）。",
  withdrawal_fee: "每次提现的手续费（美元），例如 PayPal 的（默认 0：TikTok 不收取）。",
  target_usd: "达人希望拿到的现金（美元）。",
  gift: '礼物名称，例如 "Lion" 或 "Rose"（=TIKTOK.GIFTS() 可列出全部）。',
  count: "礼物数量，0 或以上（默认 1）。",
  coins_per_diamond: "每颗钻石对应的金币数（默认 1；很多计算器用 2）。",
  industry: '基准所属行业，例如 "E-commerce"（默认：所有行业）。',
  level: "campaign、adgroup 或 gmvmax（GMV Max 仅限日预算）。",
  daily_budget: "设置的动态日预算（美元）：一周内每天的平均值。",
  period: "day（默认：单日上限）或 week（一个自然周的上限）。",
  budget: "预算（美元）。",
  days: "排期天数，用于总预算（求每日最低值时省略）。",
  model: "计费模式（CPM、oCPM、CPC、CPV）或高级广告形式（TopView、BrandTakeover、HashtagChallenge、BrandedEffect）。",
  rate: "您的价格：每 1,000 次展示、每次点击、每次播放或每天（默认：来源给出的基准值）。",
  aov: "平均订单价值（美元）。",
  margin: "扣除广告成本前的收入利润率，例如 0.3。",
};

const section: FunctionsSection = {
  manifest: {
    DisplayName: "TikTok Economics",
    Description:
      "以 Excel 公式 (TIKTOK.*) 计算 TikTok Shop 费用、LIVE 礼物收益和广告成本，附带注明日期和来源的费率手册以及现成的场景工作表。",
    "GetStarted.Title": "TikTok Economics 已就绪",
    "GetStarted.Description":
      "在单元格中键入 =TIKTOK.SHOPFEE(20)，或在“开始”选项卡上打开 TikTok Economics 使用场景工作表。",
    "CommandsGroup.Label": "TikTok Economics",
    "TaskpaneButton.Label": "TikTok Economics",
    "TaskpaneButton.Tooltip": "插入 TikTok Shop、LIVE 和广告场景工作表，并查看每个 TIKTOK.* 函数背后的费率。",
  },
  functions: {
    CATEGORIES: {
      description: "某个市场的商品类目，以及该日期生效的佣金率及其来源。",
      parameters: {
        market: P.market,
        as_of: P.as_of,
      },
    },
    MARKETS: {
      description: "费率手册覆盖的市场，以及币种和按最新费率的默认佣金。",
      parameters: {},
    },
    RATE: {
      description: "费率手册中任一费用或参数背后的费率，例如某市场和类目的佣金，或一颗钻石的美元价值。",
      parameters: {
        fee: P.fee,
        market: P.market_RATE,
        category: P.category_RATE,
        as_of: P.as_of,
      },
    },
    RATEBOOK: {
      description: "加载项计算所用的费率手册版本：其费率的最新生效日期和内容的哈希值。",
      parameters: {},
    },
    RATESOURCE: {
      description: "费率手册中任一费用或参数的公开来源 (URL)。",
      parameters: {
        fee: P.fee,
        market: P.market_RATE,
        category: P.category_RATE,
        as_of: P.as_of,
      },
    },
    BILLABLEWEIGHT: {
      description: "美国 FBT 计费重量（磅）：单件重量与体积重量中的较大者，体积重量为 长 × 宽 × 高（英寸）÷ 166。",
      parameters: {
        weight_lb: "单件重量（磅）。",
        length_in: "包装后单件的长度（英寸）。",
        width_in: "包装后单件的宽度（英寸）。",
        height_in: "包装后单件的高度（英寸）。",
      },
    },
    BREAKEVENPRICE: {
      description: "扣除 TikTok Shop 费用和您的成本后，订单行不亏损的最低单价。",
      parameters: {
        unit_cost: P.unit_cost,
        market: P.market,
        category: P.category,
        quantity: P.quantity,
        shipping: P.shipping,
        seller_discount: P.seller_discount,
        platform_discount: P.platform_discount,
        affiliate_rate: P.affiliate_rate,
        seller_shipping: P.seller_shipping,
        return_rate: P.return_rate,
        ad_cost: P.ad_cost,
        as_of: P.as_of,
        commission_rate: P.commission_rate,
        seller_profile: P.seller_profile,
      },
    },
    FBTFEE: {
      description:
        "Fulfilled by TikTok (FBT) 对一种商品若干件的履约费，按其包装箱和重量所属的英国尺寸等级计算（只有英国的费率表是公开的）。",
      parameters: {
        market: "市场代码：UK（美国按重量的费率表未公开；函数会说明）。",
        weight_kg: "单件重量（kg）。",
        length_cm: "包装后单件的长度（cm）。",
        width_cm: "包装后单件的宽度（cm）。",
        height_cm: "包装后单件的高度（cm）。",
        units: "订单行上的件数（默认 1）。",
        as_of: P.as_of,
      },
    },
    MAXAFFILIATE: {
      description: "在给定价格下仍能达到目标利润率的最高联盟（达人）佣金率（TikTok 最多允许 80%）。",
      parameters: {
        price: P.price,
        unit_cost: P.unit_cost,
        target_margin: P.target_margin,
        market: P.market,
        category: P.category,
        quantity: P.quantity,
        shipping: P.shipping,
        seller_discount: P.seller_discount,
        platform_discount: P.platform_discount,
        seller_shipping: P.seller_shipping,
        return_rate: P.return_rate,
        ad_cost: P.ad_cost,
        as_of: P.as_of,
        commission_rate: P.commission_rate,
        seller_profile: P.seller_profile,
      },
    },
    REFUNDFEE: {
      description: "订单行退款时 TikTok 收取的退款管理费（美国：佣金的 20%，每个 SKU 最多 5 美元；不收取的地方为零）。",
      parameters: {
        price: P.price,
        market: P.market,
        category: P.category,
        quantity: P.quantity,
        shipping: P.shipping,
        seller_discount: P.seller_discount,
        platform_discount: P.platform_discount,
        as_of: P.as_of,
        commission_rate: P.commission_rate,
        seller_profile: P.seller_profile,
      },
    },
    SHOPCOMMISSION: {
      description: "一个订单行上单独的佣金（推荐费），在市场加收增值税的地方另加增值税。",
      parameters: {
        price: P.price,
        market: P.market,
        category: P.category,
        quantity: P.quantity,
        shipping: P.shipping,
        seller_discount: P.seller_discount,
        platform_discount: P.platform_discount,
        as_of: P.as_of,
        commission_rate: P.commission_rate,
        seller_profile: P.seller_profile,
      },
    },
    SHOPFEE: {
      description: "一个订单行上的全部 TikTok Shop 费用：佣金加上该日期生效的交易手续费、服务费和每单固定费用。",
      parameters: {
        price: P.price,
        market: P.market,
        category: P.category,
        quantity: P.quantity,
        shipping: P.shipping,
        seller_discount: P.seller_discount,
        platform_discount: P.platform_discount,
        as_of: P.as_of,
        commission_rate: P.commission_rate,
        seller_profile: P.seller_profile,
      },
    },
    SHOPFEES: {
      description: "以表格列出一个订单行上的 TikTok Shop 费用：组成部分、费率、计费基数、金额和来源，最后一行为合计。",
      parameters: {
        price: P.price,
        market: P.market,
        category: P.category,
        quantity: P.quantity,
        shipping: P.shipping,
        seller_discount: P.seller_discount,
        platform_discount: P.platform_discount,
        as_of: P.as_of,
        commission_rate: P.commission_rate,
        seller_profile: P.seller_profile,
      },
    },
    SHOPMARGIN: {
      description: "一个订单行的利润率：预期利润除以收入（扣除卖家折扣后的商品金额加买家支付的运费）。",
      parameters: {
        price: P.price,
        unit_cost: P.unit_cost,
        market: P.market,
        category: P.category,
        quantity: P.quantity,
        shipping: P.shipping,
        seller_discount: P.seller_discount,
        platform_discount: P.platform_discount,
        affiliate_rate: P.affiliate_rate,
        seller_shipping: P.seller_shipping,
        return_rate: P.return_rate,
        ad_cost: P.ad_cost,
        as_of: P.as_of,
        commission_rate: P.commission_rate,
        seller_profile: P.seller_profile,
      },
    },
    SHOPNET: {
      description:
        "TikTok 就一个订单行结算给您的金额：收入（扣除卖家折扣后的商品金额加买家支付的运费）减去 TikTok Shop 费用、联盟佣金以及 TikTok 代扣的税款。",
      parameters: {
        price: P.price,
        market: P.market,
        category: P.category,
        quantity: P.quantity,
        shipping: P.shipping,
        seller_discount: P.seller_discount,
        platform_discount: P.platform_discount,
        affiliate_rate: P.affiliate_rate,
        as_of: P.as_of,
        commission_rate: P.commission_rate,
        seller_profile: P.seller_profile,
      },
    },
    SHOPPRICE: {
      description: "扣除全部 TikTok Shop 费用和您的成本后达到目标利润率的最低单价。",
      parameters: {
        unit_cost: P.unit_cost,
        target_margin: P.target_margin,
        market: P.market,
        category: P.category,
        quantity: P.quantity,
        shipping: P.shipping,
        seller_discount: P.seller_discount,
        platform_discount: P.platform_discount,
        affiliate_rate: P.affiliate_rate,
        seller_shipping: P.seller_shipping,
        return_rate: P.return_rate,
        ad_cost: P.ad_cost,
        as_of: P.as_of,
        commission_rate: P.commission_rate,
        seller_profile: P.seller_profile,
      },
    },
    SHOPPROFIT: {
      description: "一个订单行在扣除 TikTok Shop 费用、联盟佣金、商品成本、运费、广告和退货后的预期利润。",
      parameters: {
        price: P.price,
        unit_cost: P.unit_cost,
        market: P.market,
        category: P.category,
        quantity: P.quantity,
        shipping: P.shipping,
        seller_discount: P.seller_discount,
        platform_discount: P.platform_discount,
        affiliate_rate: P.affiliate_rate,
        seller_shipping: P.seller_shipping,
        return_rate: P.return_rate,
        ad_cost: P.ad_cost,
        as_of: P.as_of,
        commission_rate: P.commission_rate,
        seller_profile: P.seller_profile,
      },
    },
    COINCOST: {
      description: "观众购买金币的花费，按购买渠道：网页端按每枚金币计，应用内按最便宜的套餐组合计。",
      parameters: {
        coins: P.coins,
        channel: P.channel,
        method: "packs（最便宜的套餐组合；应用内默认）或 perCoin（网页端默认）。",
        market: P.market_COINCOST,
      },
    },
    COINVALUE: {
      description: "在某一购买渠道上一枚金币对观众的价格：该渠道各套餐中最优的每枚金币价格（不到一美分）。",
      parameters: {
        channel: P.channel,
        market: P.market_COINCOST,
      },
    },
    CREATORREWARDS: {
      description: "Creator Rewards Program 的预计收益：合格播放量 / 1,000 × RPM。",
      parameters: {
        qualified_views: "合格播放量（“推荐”页中至少 5 秒的播放）。",
        rpm: "每 1,000 次合格播放的美元收益（默认：来源给出的区间）。",
        estimate: P.estimate,
      },
    },
    CREATORREWARDSELIGIBLE: {
      description: "账号是否符合 Creator Rewards Program 的条件，若不符合，还缺什么。",
      parameters: {
        followers: P.followers,
        views_30d: "过去 30 天的视频播放量。",
        video_seconds: "视频时长（秒）。",
        age: "达人的年龄。",
        market: "达人所在的市场（默认 US）。",
      },
    },
    DIAMONDPAYOUT: {
      description: "达人用钻石换得的美元，已扣除公会（机构）分成和提现手续费。",
      parameters: {
        diamonds: "钻石数。",
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    DIAMONDSFORPAYOUT: {
      description: "达人要拿到目标现金收益所需的钻石数。",
      parameters: {
        target_usd: P.target_usd,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    GIFTCOINS: {
      description: "一个 LIVE 礼物让观众花费的金币（该日期的目录价格），乘以数量。",
      parameters: {
        gift: P.gift,
        count: P.count,
        as_of: P.as_of_GIFTCOINS,
      },
    },
    GIFTDIAMONDS: {
      description: "达人因 LIVE 礼物获得的钻石。",
      parameters: {
        gift: P.gift,
        count: P.count,
        coins_per_diamond: P.coins_per_diamond,
      },
    },
    GIFTS: {
      description: "LIVE 礼物目录：礼物、金币、价格生效日期及其来源。",
      parameters: {
        as_of: P.as_of_GIFTCOINS,
      },
    },
    GIFTSFORPAYOUT: {
      description: "达人要拿到目标现金收益需要多少个某种 LIVE 礼物。",
      parameters: {
        gift: P.gift,
        target_usd: P.target_usd,
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
      },
    },
    LIVEMONTHLY: {
      description: "根据每场直播的礼物和每月直播场次计算的达人每月 LIVE 收益。",
      parameters: {
        gift: P.gift,
        gifts_per_stream: "每场 LIVE 直播收到的该种礼物数。",
        streams_per_month: "每月 LIVE 直播场次。",
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
      },
    },
    LIVEWATERFALL: {
      description: "观众购买金币的钱流向何处：应用商店、TikTok、公会（机构）、提现手续费和达人到手的现金，以表格显示。",
      parameters: {
        coins: P.coins,
        channel: P.channel,
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    ADBENCHMARK: {
      description: "注明日期的 CPM、CPC 或 CTR 基准值，来源提供时按行业区分。",
      parameters: {
        metric: "CPM、CPC 或 CTR。",
        industry: P.industry,
        estimate: P.estimate,
      },
    },
    ADBUDGETCHECK: {
      description: "将预算与 TikTok 的最低要求比较，并指出哪些低于最低值。",
      parameters: {
        level: P.level,
        budget: P.budget,
        days: P.days,
      },
    },
    ADCOST: {
      description: "TikTok 广告的费用：计费模式和数量（展示、点击、播放），或高级广告形式和天数。",
      parameters: {
        model: P.model,
        volume: "展示次数 (CPM, oCPM)、点击次数 (CPC)、播放次数 (CPV) 或天数（高级广告形式）。",
        rate: P.rate,
        industry: P.industry,
      },
    },
    ADFORMATS: {
      description: "TikTok 的广告形式：时长、投放方式、定价以及公开的价格区间及其来源。",
      parameters: {},
    },
    ADFUNNEL: {
      description: "一笔预算能买到的漏斗：展示、点击、转化、收入、ROAS、每次转化成本和利润，以表格显示。",
      parameters: {
        budget: P.budget,
        cpm: "每 1,000 次展示的成本（美元）。",
        ctr: "点击率，例如 0.009。",
        cvr: "点击的转化率，例如 0.02。",
        aov: P.aov,
        margin: "扣除广告成本前的收入利润率，例如 0.4（用于计算利润）。",
      },
    },
    ADMINBUDGET: {
      description: "TikTok 对广告系列或广告组的最低预算：每日最低值，或给出天数时该排期的总预算最低值。",
      parameters: {
        level: P.level,
        days: P.days,
      },
    },
    ADDYNAMICBUDGET: {
      description:
        "动态日预算的花费上限：单日为日预算的 125 %，一个自然周（周日至周六）为日预算的 7 倍（TikTok 广告帮助中心）。",
      parameters: {
        daily_budget: P.daily_budget,
        period: P.period,
      },
    },
    ADVOLUME: {
      description: "在某一计费模式下一笔预算能买到的数量：展示、点击或播放。",
      parameters: {
        model: P.model,
        budget: P.budget,
        rate: P.rate,
        industry: P.industry,
      },
    },
    BREAKEVENROAS: {
      description: "广告收支平衡时的 ROAS：1 / 利润率。",
      parameters: {
        margin: P.margin,
      },
    },
    LEARNINGBUDGET: {
      description: "广告组处于学习期时 TikTok 建议的每日预算：CPA 的若干倍，没有 CPA 时为固定金额。",
      parameters: {
        conversion: "优化目标：shallow（默认）、install 或 deep。",
        cpa: "您当前的单次行动成本（美元）。",
      },
    },
    MAXCPA: {
      description: "仍能保持目标利润率的最高单次获客成本：AOV × (利润率 − 目标利润率)。",
      parameters: {
        aov: P.aov,
        margin: P.margin,
        target_margin: "扣除广告成本后要保留的利润率，例如 0.15。",
      },
    },
    REACH: {
      description: "覆盖人数：展示次数除以平均频次。",
      parameters: {
        impressions: "展示次数。",
        frequency: "每人平均看到广告的次数，例如 2.5。",
      },
    },
    ROAS: {
      description: "广告支出回报率：收入除以支出。",
      parameters: {
        revenue: "归因于广告的收入。",
        spend: "广告支出。",
      },
    },
    SPONSORSHIP: {
      description: "根据粉丝数、互动率和内容类型估算的达人赞助价格。",
      parameters: {
        followers: P.followers,
        engagement_rate: "互动率，例如 0.05（默认 2.5%，即平均值）。",
        content_type: "Video（默认）、Long-form、Spark Ad 或 Campaign。",
        estimate: P.estimate,
      },
    },
    SPONSORSHIPCPM: {
      description: "赞助的实际 CPM（每 1,000 次播放的价格），用于与付费信息流 (In-Feed) 广告比较。",
      parameters: {
        price: "赞助价格（美元）。",
        views: "赞助视频获得的播放量。",
      },
    },
    EXPECTEDFEE: {
      description:
        "按订单日期生效的公开规则，根据结算行自身的金额，该行应有的费用；正负号与文件一致（收取的费用为负数）。",
      parameters: {
        fee: '费用列：commission (referral)、transaction (payment)、refundAdmin、orderFee (processing)、growth (service) 或 dynamicCommission，与 RATE 的读法相同；若该列包含费用之上的增值税，请加上 "incl. VAT"。',
        market: "结算文件的市场代码，如 US、UK、ID、MY。",
        order_date: "订单的创建日期：据此选择生效的费率。",
        customer_payment: "买家付款列。正负号与文件一致；文件没有该列时留空。",
        platform_discount: "平台折扣列。正负号与文件一致；文件没有该列时留空。",
        sales_tax: "销售税付款列（美国）。正负号与文件一致；文件没有该列时留空。",
        subtotal_after: "扣除卖家折扣后的小计列（东南亚 Income 文件）。正负号与文件一致；文件没有该列时留空。",
        customer_refund: "买家退款列。正负号与文件一致；文件没有该列时留空。",
        platform_discount_refund: "平台折扣退款列。正负号与文件一致；文件没有该列时留空。",
        sales_tax_refund: "销售税退款列（美国）。正负号与文件一致；文件没有该列时留空。",
        refund_subtotal_after: "扣除卖家折扣后的退款小计列。正负号与文件一致；文件没有该列时留空。",
        quantity: "数量列，用于按件收费和上限。",
        category: "商品类目，在文件或订单导出中列出时填写（默认：该市场的费率）。",
      },
    },
  },
};

export default section;
