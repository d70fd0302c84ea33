/**
 * Japanese (日本語): function help (functions-<locale>.json) and the manifest's words, read at build
 * time only (docs/i18n.md, "Function help"). A machine-made draft, not reviewed by a native speaker.
 * Function names, parameter names and the values a user types (codes, "web", seller-profile words)
 * stay English: formulas must work in every Excel.
 */
import type { FunctionsSection } from "../functionsSection";

/** Parameter help that several functions share (by parameter name; _ID: a variant first used by ID). */
const P = {
  market: "市場コード (US、UK、ID など。既定は US)。",
  market_RATE: "市場コード (US、UK、ID など。ショップ手数料の既定は US)。",
  market_COINCOST: "コイン価格表の市場: US (既定) または UK。",
  as_of: "使用する料金の日付 (既定: 最新の料金)。",
  as_of_GIFTCOINS: "使用する価格の日付 (既定: 最新)。",
  fee: '手数料またはパラメーター: 名前または別名で指定する手数料 (commission または referral、transaction または payment、orderFee または processing、growth、refundAdmin、dynamicCommission)、または "usdPerDiamond"、"cpm" などのパラメーター。',
  category: "商品カテゴリ、または料金表の代わりに使う販売手数料率 (0.06 など)。",
  category_RATE:
    "手数料に区分がある場合のカテゴリ、ギフト、業種、またはフォーマット。数値を指定すると販売手数料を置き換えます。",
  unit_cost: "あなたにとっての 1 個のコスト (商品、梱包)。",
  quantity: "注文明細の個数 (既定は 1)。",
  shipping: "購入者が注文の送料として支払った額 (既定は 0)。",
  seller_discount: "明細に対する出品者負担の割引額 (既定は 0)。",
  platform_discount: "明細に対する TikTok 負担の割引額 (既定は 0)。",
  affiliate_rate: "購入者が商品に支払った額に対するクリエイターの報酬率 (例: 0.1。既定は 0)。",
  seller_shipping: "注文の発送にあなたが支払う額 (既定は 0)。",
  return_rate: "返品される注文の割合 (例: 0.05。既定は 0)。",
  ad_cost: "注文あたりの広告費 (既定は 0)。",
  commission_rate:
    "category でカテゴリ グループを指定したときのあなたの販売手数料率 (他の手数料はグループに従います)。例: 0.05。",
  seller_profile:
    '"business"、"mall"、"cross-border"、"above threshold"、"no tax id"、"pre-order"、"fee tax 6.25%" などの語 (既定: 個人の出品者)。',
  price: "市場の通貨での 1 個あたりの定価。",
  target_margin: "売上に対する利益の割合 (例: 25% なら 0.25)。",
  coins: "コインの枚数。",
  channel: "視聴者がコインを買う場所: web (既定)、ios、android。",
  estimate: "low、typical (既定)、high。",
  followers: "フォロワー数。",
  usd_per_diamond: "ダイヤモンド 1 個あたりの米ドル (既定は 0.005)。",
  agency_share: "クリエイターの収益のうち事務所が受け取る割合 (例: 0.2。既定は 0)。",
  withdrawal_fee: "出金 1 回あたりの手数料 (米ドル)。例: PayPal の手数料 (既定は 0: TikTok は請求しません)。",
  target_usd: "クリエイターが受け取りたい現金 (米ドル)。",
  gift: 'ギフト名 (例: "Lion"、"Rose"。=TIKTOK.GIFTS() で一覧表示)。',
  count: "ギフトの個数 (0 以上。既定は 1)。",
  coins_per_diamond: "ダイヤモンド 1 個あたりのコイン (既定は 1。多くの計算ツールは 2 を使用)。",
  industry: 'ベンチマークの業種 (例: "E-commerce"。既定: すべての業種)。',
  level: "campaign、adgroup または gmvmax（GMV Max は日予算のみ）。",
  daily_budget: "設定した動的日予算（USD）：週を通じた1日あたりの平均。",
  period: "day（既定：1日の上限）または week（暦週の上限）。",
  budget: "予算 (米ドル)。",
  days: "通算予算の場合の予定日数 (1 日の最低額を求める場合は省略)。",
  model:
    "課金モデル (CPM、oCPM、CPC、CPV) またはプレミアム フォーマット (TopView、BrandTakeover、HashtagChallenge、BrandedEffect)。",
  rate: "あなたの価格: 1,000 インプレッションあたり、クリックあたり、視聴あたり、または 1 日あたり (既定: 出典のベンチマーク)。",
  aov: "平均注文額 (米ドル)。",
  margin: "広告費を差し引く前の売上に対する利益率 (例: 0.3)。",
};

const section: FunctionsSection = {
  manifest: {
    DisplayName: "TikTok Economics",
    Description:
      "TikTok Shop の手数料、LIVE ギフトの収益、広告費を Excel の数式 (TIKTOK.*) で計算。日付と出典付きの料金表と、すぐに使えるシナリオ シートを備えています。",
    "GetStarted.Title": "TikTok Economics の準備ができました",
    "GetStarted.Description":
      "セルに =TIKTOK.SHOPFEE(20) と入力するか、[ホーム] タブで TikTok Economics を開いてシナリオ シートを使用します。",
    "CommandsGroup.Label": "TikTok Economics",
    "TaskpaneButton.Label": "TikTok Economics",
    "TaskpaneButton.Tooltip":
      "TikTok Shop、LIVE、広告のシナリオ シートを挿入し、各 TIKTOK.* 関数の背後にある料金を調べます。",
  },
  functions: {
    CATEGORIES: {
      description: "市場の商品カテゴリと、その日付に有効な販売手数料率およびその出典。",
      parameters: {
        market: P.market,
        as_of: P.as_of,
      },
    },
    MARKETS: {
      description: "料金表が対象とする市場と、その通貨および最新の料金での既定の販売手数料。",
      parameters: {},
    },
    RATE: {
      description:
        "料金表にある任意の手数料またはパラメーターの料金。例: 市場とカテゴリの販売手数料、ダイヤモンド 1 個の米ドル換算額。",
      parameters: {
        fee: P.fee,
        market: P.market_RATE,
        category: P.category_RATE,
        as_of: P.as_of,
      },
    },
    RATEBOOK: {
      description: "アドインが計算に使う料金表のバージョン: 料金の最新の適用開始日と、内容のハッシュ。",
      parameters: {},
    },
    RATESOURCE: {
      description: "料金表にある任意の手数料またはパラメーターの公開出典 (URL)。",
      parameters: {
        fee: P.fee,
        market: P.market_RATE,
        category: P.category_RATE,
        as_of: P.as_of,
      },
    },
    BILLABLEWEIGHT: {
      description:
        "米国 FBT の請求対象重量 (ポンド): 1 個の重量と容積重量 (縦 × 横 × 高さ (インチ) ÷ 166) の大きい方。",
      parameters: {
        weight_lb: "1 個の重量 (ポンド)。",
        length_in: "梱包した 1 個の長さ (インチ)。",
        width_in: "梱包した 1 個の幅 (インチ)。",
        height_in: "梱包した 1 個の高さ (インチ)。",
      },
    },
    BREAKEVENPRICE: {
      description: "TikTok Shop の手数料とあなたのコストを差し引いても注文明細が赤字にならない最低単価。",
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
        "1 品目の商品に対する Fulfilled by TikTok (FBT) のフルフィルメント手数料。箱と重量が該当する英国のサイズ区分によります (公開されているのは英国の料金表のみ)。",
      parameters: {
        market: "市場コード: UK (米国の重量別料金表は非公開です。関数がその旨を返します)。",
        weight_kg: "1 個の重量 (kg)。",
        length_cm: "梱包した 1 個の長さ (cm)。",
        width_cm: "梱包した 1 個の幅 (cm)。",
        height_cm: "梱包した 1 個の高さ (cm)。",
        units: "注文明細の個数 (既定は 1)。",
        as_of: P.as_of,
      },
    },
    MAXAFFILIATE: {
      description:
        "指定の価格で目標利益率を確保できるアフィリエイト (クリエイター) 報酬率の上限 (TikTok が認める上限は 80%)。",
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
      description:
        "注文明細が返金されたときに TikTok が請求する返金事務手数料 (米国: 販売手数料の 20%、SKU あたり最大 5 米ドル。請求がない場合は 0)。",
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
      description: "1 件の注文明細の販売手数料 (紹介料) のみ。市場が VAT を上乗せする場合は VAT を含みます。",
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
      description:
        "1 件の注文明細にかかる TikTok Shop の全手数料: 販売手数料に、その日付に有効な決済手数料、サービス手数料、注文ごとの固定手数料を加えたもの。",
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
      description:
        "1 件の注文明細にかかる TikTok Shop の手数料を表で返します: 内訳、料率、基準額、金額、出典。最終行が合計です。",
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
      description:
        "1 件の注文明細の利益率: 見込み利益を売上 (出品者割引後の商品代金と購入者が支払った送料の合計) で割ったもの。",
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
        "1 件の注文明細について TikTok があなたに精算する額: 売上 (出品者割引後の商品代金と購入者が支払った送料の合計) から TikTok Shop の手数料、アフィリエイト報酬、TikTok が源泉徴収する税を差し引いたもの。",
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
      description: "TikTok Shop の全手数料とあなたのコストを差し引いて目標利益率を達成する最低単価。",
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
      description:
        "TikTok Shop の手数料、アフィリエイト報酬、商品原価、送料、広告費、返品を差し引いた 1 件の注文明細の見込み利益。",
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
      description:
        "視聴者がコインに支払う金額 (購入チャネル別): Web ではコイン単価、アプリでは最も安いパックの組み合わせ。",
      parameters: {
        coins: P.coins,
        channel: P.channel,
        method: "packs (最も安いパックの組み合わせ。アプリでの既定) または perCoin (Web での既定)。",
        market: P.market_COINCOST,
      },
    },
    COINVALUE: {
      description:
        "購入チャネルでのコイン 1 枚の視聴者にとっての価格: そのチャネルのパックのうち最も安いコイン単価 (1 セント未満)。",
      parameters: {
        channel: P.channel,
        market: P.market_COINCOST,
      },
    },
    CREATORREWARDS: {
      description: "Creator Rewards Program の推定支払額: 対象視聴回数 / 1,000 × RPM。",
      parameters: {
        qualified_views: "対象視聴回数 (「おすすめ」での 5 秒以上の視聴)。",
        rpm: "対象視聴 1,000 回あたりの米ドル (既定: 出典の範囲)。",
        estimate: P.estimate,
      },
    },
    CREATORREWARDSELIGIBLE: {
      description: "アカウントが Creator Rewards Program の条件を満たすかどうか、満たさない場合は何が足りないか。",
      parameters: {
        followers: P.followers,
        views_30d: "過去 30 日間の動画の視聴回数。",
        video_seconds: "動画の長さ (秒)。",
        age: "クリエイターの年齢。",
        market: "クリエイターの市場 (既定は US)。",
      },
    },
    DIAMONDPAYOUT: {
      description: "クリエイターがダイヤモンドで受け取る米ドル。事務所の取り分と出金手数料を差し引いた額。",
      parameters: {
        diamonds: "ダイヤモンドの数。",
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    DIAMONDSFORPAYOUT: {
      description: "クリエイターが目標の現金を受け取るのに必要なダイヤモンド数。",
      parameters: {
        target_usd: P.target_usd,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
        withdrawal_fee: P.withdrawal_fee,
      },
    },
    GIFTCOINS: {
      description: "LIVE ギフトで視聴者が支払うコイン (その日付のカタログ価格) に個数を掛けたもの。",
      parameters: {
        gift: P.gift,
        count: P.count,
        as_of: P.as_of_GIFTCOINS,
      },
    },
    GIFTDIAMONDS: {
      description: "クリエイターが LIVE ギフトで受け取るダイヤモンド。",
      parameters: {
        gift: P.gift,
        count: P.count,
        coins_per_diamond: P.coins_per_diamond,
      },
    },
    GIFTS: {
      description: "LIVE ギフトのカタログ: ギフト、コイン、価格の適用開始日とその出典。",
      parameters: {
        as_of: P.as_of_GIFTCOINS,
      },
    },
    GIFTSFORPAYOUT: {
      description: "クリエイターが目標の現金を受け取るのに必要な、ある LIVE ギフトの個数。",
      parameters: {
        gift: P.gift,
        target_usd: P.target_usd,
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
      },
    },
    LIVEMONTHLY: {
      description: "配信ごとのギフトと月あたりの配信回数から求めるクリエイターの月間 LIVE 収益。",
      parameters: {
        gift: P.gift,
        gifts_per_stream: "LIVE 配信 1 回あたりに受け取るそのギフトの数。",
        streams_per_month: "月あたりの LIVE 配信回数。",
        coins_per_diamond: P.coins_per_diamond,
        usd_per_diamond: P.usd_per_diamond,
        agency_share: P.agency_share,
      },
    },
    LIVEWATERFALL: {
      description:
        "視聴者がコインに払ったお金の行き先: アプリ ストア、TikTok、事務所、出金手数料、クリエイターの手取り。表で返します。",
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
      description: "CPM、CPC、CTR の日付付きベンチマーク。出典がある場合は業種別。",
      parameters: {
        metric: "CPM、CPC、CTR のいずれか。",
        industry: P.industry,
        estimate: P.estimate,
      },
    },
    ADBUDGETCHECK: {
      description: "予算を TikTok の最低額と照合し、最低額を下回るものを示します。",
      parameters: {
        level: P.level,
        budget: P.budget,
        days: P.days,
      },
    },
    ADCOST: {
      description:
        "TikTok 広告の費用: 課金モデルと量 (インプレッション、クリック、視聴)、またはプレミアム フォーマットと日数。",
      parameters: {
        model: P.model,
        volume: "インプレッション (CPM、oCPM)、クリック (CPC)、視聴 (CPV)、または日数 (プレミアム フォーマット)。",
        rate: P.rate,
        industry: P.industry,
      },
    },
    ADFORMATS: {
      description: "TikTok の広告フォーマット: 期間、配信、価格設定、公開されている価格帯とその出典。",
      parameters: {},
    },
    ADFUNNEL: {
      description:
        "予算で得られるファネル: インプレッション、クリック、コンバージョン、売上、ROAS、コンバージョン単価、利益。表で返します。",
      parameters: {
        budget: P.budget,
        cpm: "1,000 インプレッションあたりの費用 (米ドル)。",
        ctr: "クリック率 (例: 0.009)。",
        cvr: "クリックのコンバージョン率 (例: 0.02)。",
        aov: P.aov,
        margin: "広告費を差し引く前の売上に対する利益率 (例: 0.4。利益の計算用)。",
      },
    },
    ADMINBUDGET: {
      description:
        "キャンペーンまたは広告グループに対する TikTok の最低予算: 1 日の最低額、または日数を指定した場合はそのスケジュールの通算予算の最低額。",
      parameters: {
        level: P.level,
        days: P.days,
      },
    },
    ADDYNAMICBUDGET: {
      description:
        "動的日予算が使える上限：1日では日予算の125 %、暦週（日曜〜土曜）では日予算の7倍（TikTok 広告ヘルプ）。",
      parameters: {
        daily_budget: P.daily_budget,
        period: P.period,
      },
    },
    ADVOLUME: {
      description: "課金モデルで予算によって得られる量: インプレッション、クリック、または視聴。",
      parameters: {
        model: P.model,
        budget: P.budget,
        rate: P.rate,
        industry: P.industry,
      },
    },
    BREAKEVENROAS: {
      description: "広告費を回収できる ROAS: 1 / 利益率。",
      parameters: {
        margin: P.margin,
      },
    },
    LEARNINGBUDGET: {
      description: "広告グループの学習期間中に TikTok が推奨する 1 日の予算: CPA の倍数、CPA がない場合は固定額。",
      parameters: {
        conversion: "最適化の目標: shallow (既定)、install、deep。",
        cpa: "現在のアクション単価 (米ドル)。",
      },
    },
    MAXCPA: {
      description: "目標利益率を保てる顧客獲得単価の上限: AOV × (利益率 − 目標利益率)。",
      parameters: {
        aov: P.aov,
        margin: P.margin,
        target_margin: "広告費を差し引いた後に残したい利益率 (例: 0.15)。",
      },
    },
    REACH: {
      description: "リーチした人数: インプレッションを平均フリークエンシーで割ったもの。",
      parameters: {
        impressions: "インプレッション数。",
        frequency: "1 人が広告を見る平均回数 (例: 2.5)。",
      },
    },
    ROAS: {
      description: "広告費用対効果: 売上を広告費で割ったもの。",
      parameters: {
        revenue: "広告に帰属する売上。",
        spend: "広告費。",
      },
    },
    SPONSORSHIP: {
      description:
        "フォロワー数、エンゲージメント率、コンテンツの種類から見積もるクリエイター スポンサーシップの価格。",
      parameters: {
        followers: P.followers,
        engagement_rate: "エンゲージメント率 (例: 0.05。既定は平均の 2.5%)。",
        content_type: "Video (既定)、Long-form、Spark Ad、Campaign。",
        estimate: P.estimate,
      },
    },
    SPONSORSHIPCPM: {
      description: "スポンサーシップの実質 CPM (1,000 回視聴あたりの価格)。有料のインフィード広告との比較用。",
      parameters: {
        price: "スポンサーシップの価格 (米ドル)。",
        views: "スポンサー動画の視聴回数。",
      },
    },
    EXPECTEDFEE: {
      description:
        "注文日に有効な公開ルールに従い、その行自体の金額から求めた、精算行にあるべき手数料。符号はファイルと同じです (請求された手数料は負の値)。",
      parameters: {
        fee: '手数料の列: commission (referral)、transaction (payment)、refundAdmin、orderFee (processing)、growth (service)、dynamicCommission のいずれか (RATE と同じ読み方)。列に手数料への VAT が含まれる場合は "incl. VAT" を付けます。',
        market: "精算ファイルの市場コード (US、UK、ID、MY など)。",
        order_date: "注文の作成日: 有効な料金の選択に使います。",
        customer_payment: "顧客の支払額の列。符号はファイルのまま。ファイルにこの列がない場合は省略します。",
        platform_discount: "プラットフォーム割引の列。符号はファイルのまま。ファイルにこの列がない場合は省略します。",
        sales_tax: "売上税の支払額の列 (米国)。符号はファイルのまま。ファイルにこの列がない場合は省略します。",
        subtotal_after:
          "出品者割引後の小計の列 (東南アジアの Income ファイル)。符号はファイルのまま。ファイルにこの列がない場合は省略します。",
        customer_refund: "顧客への返金の列。符号はファイルのまま。ファイルにこの列がない場合は省略します。",
        platform_discount_refund:
          "プラットフォーム割引の返金の列。符号はファイルのまま。ファイルにこの列がない場合は省略します。",
        sales_tax_refund: "売上税の返金の列 (米国)。符号はファイルのまま。ファイルにこの列がない場合は省略します。",
        refund_subtotal_after:
          "出品者割引後の返金小計の列。符号はファイルのまま。ファイルにこの列がない場合は省略します。",
        quantity: "数量の列。商品ごとの手数料と上限に使います。",
        category: "ファイルまたは注文エクスポートに記載がある場合の商品カテゴリ (既定: 市場の料率)。",
      },
    },
  },
};

export default section;
