/**
 * 日本語: the message catalog (src/core/messages.ts) in Japanese. A machine-made draft, checked by
 * back-translation, not yet reviewed by a native speaker (docs/i18n.md). Argument and function
 * names stay as formulas write them, and so do values to type ("perCoin") and Excel's TRUE/FALSE
 * (Japanese Excel shows them so); full-width punctuation around them.
 */
import { type CompleteCatalog, pick } from "../../core/messages";
import { dateIn, numberIn, orIn, phrasesIn, marketNameIn } from "../format";

const n = numberIn("ja-JP");
const region = marketNameIn("ja-JP");
const d = dateIn("ja-JP");
const or = orIn("または");
const t = phrasesIn(
  {
    "a number": "数値",
    "USD per 1,000 followers": "フォロワー 1,000 人あたりの USD",
    "a CPM in USD": "USD 建ての CPM",
    "a budget in USD": "USD 建ての予算",
    "a cost per action in USD": "USD 建てのアクション単価",
    "a daily budget in USD": "USD 建ての日予算",
    "a discount amount": "割引額",
    "a margin such as 0.2": "0.2 のような利益率",
    "a margin such as 0.25 (25 %)": "0.25（25%）のような利益率",
    "a margin such as 0.3": "0.3 のような利益率",
    "a margin such as 0.4": "0.4 のような利益率",
    "a number of days": "日数",
    "a number of followers": "フォロワー数",
    "a number of gifts": "ギフト数",
    "a number of streams": "配信回数",
    "a number of views": "視聴回数",
    "a price in USD": "USD 建ての価格",
    "a rate such as 0.06 or 6%": "0.06 や 6% のような料率",
    "a tolerance in currency units": "通貨単位の許容誤差",
    "a video length in seconds": "秒単位の動画の長さ",
    "a weight in kg": "kg 単位の重量",
    "a weight in pounds": "ポンド単位の重量",
    "a whole number of clicks": "整数のクリック数",
    "a whole number of coins": "整数のコイン数",
    "a whole number of days": "整数の日数",
    "a whole number of diamonds": "整数のダイヤモンド数",
    "a whole number of gifts": "整数のギフト数",
    "a whole number of impressions": "整数のインプレッション数",
    "a whole number of units": "整数の個数",
    "a whole number of views": "整数の視聴回数",
    "ad spend in USD": "USD 建ての広告費",
    "an amount in USD": "USD 建ての金額",
    "an amount": "金額",
    "an average frequency such as 2.5": "2.5 のような平均フリークエンシー",
    "an average order value": "平均注文額",
    "revenue in USD": "USD 建ての売上",
    "the ad cost per order": "注文あたりの広告費",
    "the cost of one unit": "1 個あたりの原価",
    "the hours left in the day": "その日の残り時間",
    "the shipping the buyer paid": "購入者が支払った送料",
    "the unit price": "単価",
    "your shipping cost": "出荷コスト",
    "a range": "セル範囲",
    market: "マーケット",
    currency: "通貨",
    channel: "チャネル",
    gift: "ギフト",
    fee: "手数料",
    category: "カテゴリ",
    industry: "業種",
    "billing model or format": "課金モデルまたは広告フォーマット",
    "benchmark metric": "ベンチマーク指標",
    "content type": "コンテンツの種類",
    "budget level": "予算レベル",
    "budget period": "予算期間",
    "conversion depth": "コンバージョンの深さ",
    "the market's default rate": "マーケットの既定の料率",
    "the newest rates": "最新の料率",
    "the rate book's rate for the category": "料金表のそのカテゴリの料率",
    "the sourced range": "出典のある範囲",
    "an individual seller, not Mall, not cross-border, below the tax thresholds":
      "個人セラー、Mall ではない、越境ではない、課税基準額未満",
  },
  (thing, market) => `${market} の${thing}`,
);

/** "キャンペーンの日予算": the budget ADBUDGETCHECK speaks of. */
const jaBudget = (level: string, type: string): string =>
  `${level === "adgroup" ? "広告グループ" : level === "gmvmax" ? "GMV Max " : "キャンペーン"}の${type === "daily" ? "日予算" : "通算予算"}`;
/** Why a text is not a number (numberReason in src/core/messages.ts). */
const whyText = (p: { why: string; a: string; b: string }): string =>
  pick(p.why, {
    percent: `ここではパーセントは使えません——数値そのものを入力してください`,
    exponent: `指数が範囲外です——指数なしで数値を入力してください`,
    commaAmbiguous: `カンマは小数点とも桁区切りとも読めます——${p.a} または ${p.b} と入力するか、値を（文字列ではなく）数値として入力してください`,
    commaDecimal: `カンマは小数点とも桁区切りとも読めます——${p.a} と入力するか、値を（文字列ではなく）数値として入力してください`,
    grouping: `桁区切りは3桁ごとです（"1,234,567.89"）——${p.a} と入力するか、値を（文字列ではなく）数値として入力してください`,
    points: `ピリオドは小数点です——${p.a} と入力するか、値を（文字列ではなく）数値として入力してください`,
    separators: `数値の中の区切り文字は読み取れません——${p.a} と入力するか、値を（文字列ではなく）数値として入力してください`,
    notNumber: `数値ではありません`,
  });
/** The settlement layouts' titles (Layout.title, English) in this language, wherever a text names them. */
const LAYOUT_TITLES: readonly (readonly [string, string])[] = [
  [
    'Income export "Order details" (SEA; Chinese-UI cross-border)',
    "収入エクスポート「Order details」（SEA、中国語 UI の越境）",
  ],
  [
    "Statement order details (US/UK/BR; Chinese-UI MX/JP; per SKU)",
    "明細書の注文明細（US/UK/BR、中国語 UI の MX/JP、SKU ごと）",
  ],
  ["Unsettled-orders export (US/VN/TH xlsx, UK CSV)", "未精算注文のエクスポート（US/VN/TH xlsx、UK CSV）"],
  ["Order export (OrderSKUList)", "注文エクスポート（OrderSKUList）"],
];
const lay = (text: string): string => LAYOUT_TITLES.reduce((s, [en, own]) => s.split(en).join(own), text);
const ja: CompleteCatalog = {
  "number.empty": (p) => `${p.argument} が空です。${t(p.noun)}を入力してください。`,
  "number.boolean": (p) => `${p.argument} が TRUE/FALSE です。${t(p.noun)}を入力してください。`,
  "number.notFinite": (p) => `${p.argument} が有限の数値ではありません。${t(p.noun)}を入力してください。`,
  "number.text": (p) => `${p.argument} が文字列（「${p.text}」）です。${t(p.noun)}を入力してください。`,
  "number.textReason": (p) => `${p.argument} が文字列「${p.text}」です：${whyText(p)}。`,
  "number.tooLarge": (p) => `${p.argument} が大きすぎます。${n(p.max)} までしか使えません。`,
  "number.negative": (p) => `${p.argument} が負の値（${n(p.value)}）です。0 以上を入力してください。`,
  "number.zero": (p) => `${p.argument} が 0 です。0 より大きい${t(p.noun)}を入力してください。`,
  "number.notWhole": (p) => `${p.argument} は整数である必要があります（${n(p.value)} ではなく）。`,
  "rate.outOfRange": (p) =>
    `${p.argument} が ${n(p.value)} です。0 から ${n(p.limit)} までの料率を入力してください（6% は 0.06）。`,
  "date.notIso": (p) => `「${p.text}」は YYYY-MM-DD 形式の日付ではありません。`,
  "date.notSerial": (p) =>
    `${p.argument} が日付ではありません。日付のセルか「2025-01-31」のような文字列を入力してください。`,
  "date.notDateText": (p) =>
    `${p.argument}「${p.text}」は日付ではありません。日付のセルか「2025-01-31」のような文字列を使ってください。`,
  "date.wrongType": (p) =>
    `${p.argument} は日付である必要があります（${p.what === "TRUE/FALSE" ? p.what : t(p.what)}ではなく）。`,
  "name.unknown": (p) => `不明な${t(p.what)}「${p.given}」です。`,
  "name.unknownDidYouMean": (p) => `不明な${t(p.what)}「${p.given}」です。${or(p.names)} のことですか？`,
  "name.unknownKnown": (p) => `不明な${t(p.what)}「${p.given}」です。使えるもの：${p.names}。`,
  "name.unknownKnownMore": (p) => `不明な${t(p.what)}「${p.given}」です。使えるもの：${p.names} ほか ${n(p.more)} 件。`,
  "fee.unknown": (p) => `不明な手数料「${p.given}」です。${p.fees} のいずれかを使ってください。`,

  "live.noCoinPrices": (p) =>
    `${region(p.market)} の出典のあるコイン価格はありません。料金表にあるのは US（Web、iOS、Android）と UK（iOS、Android）のパックだけです。代わりに実際に支払う価格を指定してください。`,
  "live.noCoinPack": (p) => `「${p.market}」の ${p.channel} のコインパックが不明です。使えるもの：${p.known}。`,
  "live.tooManyCoinsForPacks": (p) =>
    `パック方式では coins が ${n(p.max)} を超えています。"perCoin" 方式を使ってください。`,
  "live.agencyTakesAll": () =>
    "エージェンシーの取り分が 100 % では、ダイヤモンドがいくつあってもクリエイターには何も支払われません。",
  "live.tooManyDiamonds": (p) =>
    `${n(p.target)} USD の支払いには ${n(p.max)} 個を超えるダイヤモンドが必要で、これはアドインが数えられる上限です。目標を小さくしてください（または usd_per_diamond と agency_share を確認してください）。`,
  "live.creatorAboveSpend": (p) =>
    `このパラメーターでは、クリエイターの受取額（${n(p.creator)} USD）が、視聴者がアプリストア手数料を差し引いた後に支払った額（${n(p.afterStore)} USD）を上回ります。usd_per_diamond と coins_per_diamond を確認してください。`,
  "live.beforeGiftCatalog": () => "as_of がギフトカタログ（2021 年開始）より前です。それ以前のギフト価格はありません。",

  "ads.marginNotPositive": () =>
    "利益率が 0 以下では、どの ROAS でも損益分岐に達しません。広告の前からすべての販売が赤字です。",
  "ads.marginAboveOne": (p) => `利益率 ${n(p.margin)}% はありえません。1 までの小数を入力してください（30% は 0.3）。`,
  "ads.targetNotBelowMargin": (p) =>
    `目標利益率（${n(p.target)}%）が広告前の利益率（${n(p.margin)}%）を下回っていません。どの広告費でも維持できません。`,
  "ads.frequencyBelowOne": () =>
    "平均フリークエンシーは 1 以上です（リーチした人は全員、広告を少なくとも 1 回見ます）。",
  "ads.noCpvBenchmark": () =>
    "信頼できる公開の CPV ベンチマークはありません。視聴単価を rate として指定してください（例：0.03）。",
  "ads.topViewByCpm": (p) =>
    `TopView は日単位ではなく CPM（約 $${n(p.cpm)}）で予約されます。日ごとの見積額を rate として指定するか、ADCOST("CPM", impressions, ${n(p.cpm)}) を使ってください。`,
  "ads.brandTakeoverNoPrice": () =>
    "Brand Takeover には公開価格がありません。TikTok からの日ごとの見積額を rate として指定してください。",
  "ads.gmvMaxDailyOnly": () => "GMV Max は日予算（1 日 $10 以上）を使います。days は空のままにしてください。",
  "ads.flatPricePerRun": (p) =>
    `${p.model} は量ではなく掲載期間全体の固定料金で販売されます。価格には ADCOST を使ってください。`,

  "shop.marginImpossible": (p) =>
    `${p.argument} の ${n(p.margin)}% はありえません。利益率は 100% 未満である必要があります。`,
  "shop.marginBelowMinusOne": (p) => `${p.argument} は −100% から 100% の間である必要があります（0.25 は 25%）。`,
  "shop.noPriceForMargin": (p) =>
    `利益率 ${n(p.margin)}% に届く価格はありません。手数料、アフィリエイト手数料、返品で、価格を 1 単位上げるごとに ${n(p.share)}% 超が差し引かれます。`,
  "shop.priceAboveMaxCheckCosts": (p) =>
    `利益率 ${n(p.margin)}% に届く価格は ${n(p.max)} ${p.currency} を超え、アドインが計算できる最大額を上回ります。unit_cost とその他のコストを確認してください。`,
  "shop.priceAboveMaxLowerMargin": (p) =>
    `利益率 ${n(p.margin)}% に届く価格は ${n(p.max)} ${p.currency} を超え、アドインが計算できる最大額を上回ります。target_margin を下げるか、unit_cost とその他のコストを確認してください。`,
  "shop.noWholeMinorUnitPrice": (p) =>
    `${p.currency} の補助単位で端数のない価格では、その利益率に届きません。入力を確認してください。`,
  "shop.targetAboveNoRevenue": (p) =>
    `アフィリエイト手数料がなくても、この注文には利益がなく、目標の ${n(p.target)}% を下回ります。`,
  "shop.targetAboveBestMargin": (p) =>
    `アフィリエイト手数料がなくても、この注文の利益率は ${n(p.margin)}% で、目標の ${n(p.target)}% を下回ります。`,
  "shop.targetAboveRounded": (p) =>
    `アフィリエイト手数料がなくても、この注文は ${p.currency} の補助単位に丸めると目標の ${n(p.target)}% を下回ります。`,
  "shop.sellerDiscountAboveItems": (p) =>
    `seller_discount（${n(p.discount)}）が商品代金（${n(p.items)}）を上回っています。この注文明細の割引額を入力してください。`,
  "shop.platformDiscountAbovePayment": (p) =>
    `platform_discount（${n(p.discount)}）で購入者の支払額がマイナスになります。この注文明細の割引額を入力してください。`,
  "shop.commissionRateTwice": () =>
    "販売手数料率は 1 回だけ指定してください。category として指定するか、カテゴリ名と一緒に commission_rate として指定します。",
  "shop.noSourcedFees": (p) =>
    `${region(p.market)}（${p.code}）の出典のある TikTok Shop 手数料はまだありません。${p.note ? `${p.note} ` : ""}販売手数料率を category 引数に指定してください（例：0.06）。`,
  "shop.noRevenue": () => "この注文には売上がない（価格と送料が 0）ため、利益率もありません。",
  "shop.fbtUsNotPublic": () =>
    '米国の重量別 FBT 料金表は、当方の出典では公開されていません。手数料は 1 点あたり $3.58 から（1 点のみの注文）で、請求対象重量に課金されます（=TIKTOK.RATESOURCE("fbtFrom","US") を参照）。ご自身の手数料を指定してください。',
  "shop.fbtNotSourced": (p) => `${region(p.market)} の公開 FBT 料金表はありません。出典があるのは英国のものだけです。`,
  "shop.fbtNoTier": (p) =>
    `${n(p.longest)} × ${n(p.middle)} × ${n(p.shortest)} cm、${n(p.weight)} kg に対応する英国 FBT の区分はありません（最大は 120 × 60 × 60 cm、30 kg の場合は 61 × 46 × 46 cm まで）。`,

  "market.notShop": (p) =>
    `TikTok Shop は ${p.market}（${p.code}）では販売していないため、ショップ手数料も精算もありません。${p.markets} のいずれかを選んでください。`,
  "market.noShopCategories": (p) => `${p.market} の出典のある TikTok Shop カテゴリはまだありません。`,
  "rate.notInBook": (p) => `料金表に ${p.market} の ${p.kind} はありません。`,
  "rate.introducedLater": (p) =>
    `${d(p.first)} より前の ${p.market} の ${p.kind} はありません。この手数料はその日に導入されました（${p.argument} ${p.asOf}）。`,
  "rate.beforeBook": (p) =>
    `${d(p.first)} より前の ${p.market} の ${p.kind} 料率はありません。料金表はその日から始まります（${p.argument} ${p.asOf}）。`,
  "rate.ended": (p) =>
    `${p.asOf} に有効な ${p.market} の ${p.kind} 料率はありません（最後のものは ${d(p.last)} に終了しました）。`,
  "rate.unpublished": (p) =>
    `${p.asOf} 時点の ${p.market} の ${p.fee} は公開されていません（Seller Center のみ）。料率を数値で指定してください。${p.note ? ` ${p.note}` : ""}`,
  "rate.unpublishedCategory": (p) =>
    `${p.asOf} 時点の ${p.market} の ${p.category} の ${p.fee} は公開されていません（Seller Center のみ）。料率を数値で指定してください。${p.note ? ` ${p.note}` : ""}`,

  "settlement.amountNotFinite": (p) => `${p.column} の値 ${p.value} は金額ではありません。`,
  "settlement.amountWrongType": (p) => `${p.column} の値は ${p.what} で、金額ではありません。`,
  "settlement.amountAmbiguousDot": (p) =>
    `${p.column} の値は「${p.text}」です。このピリオドは桁区切り（1.250 = 1,250）とも小数点とも読めます。数値だけでファイルを再エクスポートするか、Excel で開いてシートを保存してください。`,
  "settlement.amountNotNumber": (p) => `${p.column} の値「${p.text}」は金額ではありません。`,
  "settlement.dateInvalid": (p) => `${p.column} の日付が無効です。`,
  "settlement.dateWrongType": (p) => `${p.column} の値は ${p.what} で、日付ではありません。`,
  "settlement.dateNotDate": (p) => `${p.column} の値「${p.text}」は日付ではありません。`,
  "settlement.dateNotCalendar": (p) => `${p.column} の値「${p.text}」は暦の上で存在する日付ではありません。`,
  "settlement.dateNumberNotDate": (p) => `${p.column} の値 ${p.value} は日付ではありません。`,
  "settlement.notKnownLayout": (p) =>
    `このアドインが知っている TikTok Shop の精算エクスポートではありません。最初の ${n(p.rows)} 行で ${lay(p.looked)} を含む見出しを探しました。見つかったもの：${p.found}。`,
  "settlement.mappingNotJson": (p) => `列マッピングが有効な JSON ではありません: ${p.reason}。`,
  "settlement.mappingFormat": (p) =>
    `列マッピングではありません: "format": "${p.format}" と "version": ${n(p.version)}、"header" の一覧と "columns" オブジェクトが必要ですが、${p.found} でした。`,
  "settlement.mappingUnknownKey": (p) =>
    `列マッピングの "${p.key}" は次のいずれでもありません: ${p.keys}。修正するか削除してください。`,
  "settlement.mappingColumnMissing": (p) =>
    `列マッピングは ${p.key} に列 "${p.column}" を割り当てていますが、その列はヘッダーにありません: ファイルに書かれたとおりの列名を使ってください。`,
  "settlement.mappingDuplicate": (p) =>
    `列マッピングは列 "${p.column}" を ${p.first} と ${p.second} の両方に割り当てています: 各列は 1 つのキーにだけ割り当ててください。`,
  "settlement.mappingBadKind": (p) =>
    `列マッピングは種別の値 "${p.value}" を ${p.kind} としています: ${p.kinds} のどれかを指定してください。`,
  "settlement.mappingNotConfirmed": () =>
    '列マッピングが確認されていないため使用しません: 各列を確認してから "confirmed": true を設定してください。',
  "settlement.mappingNeedsKeys": (p) =>
    `列マッピングはファイルを ${lay(p.layout)} として読みますが、${p.keys} の列がありません: 追加してください。`,
  "settlement.mappingHeaderNotFound": (p) =>
    `ファイルの最初の ${n(p.rows)} 行に列マッピングのヘッダー（${p.cells}…）がありません: このマッピングは別のファイル用です。`,
  "settlement.foundNothing": () => "最初の数行に文字がありません",
  "settlement.foundRow": (p) => `${n(p.row)} 行目は ${p.cells}`,
  "settlement.foundRowMore": (p) => `${n(p.row)} 行目は ${p.cells} ほか ${n(p.more)} 件`,
  "settlement.mixedLanguages": (p) =>
    `${n(p.row)} 行目の見出しに Seller Center の 2 つの言語が混在しています：${p.first}（${p.firstCells}）と ${p.second}（${p.secondCells}）。Seller Center から 1 つの言語で、TikTok の列名のままファイルを再エクスポートしてください。`,
  "settlement.ambiguousLayout": (p) =>
    `${n(p.row)} 行目の見出しは 2 つのレイアウト（${lay(p.layouts)}）に同じ程度に合うため、どちらとしても読みません。Seller Center が書き出したままのエクスポートを、列の追加や名前の変更をせずに照合してください。`,
  "settlement.orderExportGiven": () =>
    "これは注文エクスポート（OrderSKUList）で、精算ではありません。Income、statement、unsettled のいずれかのエクスポートを照合し、注文エクスポートは注文ファイルとして指定してください。",
  "settlement.noDataRows": (p) => `${lay(p.layout)} には見出し（${n(p.row)} 行目）がありますが、データ行がありません。`,
  "settlement.ordersNotOrderExport": (p) =>
    `注文ファイルは ${lay(p.layout)} で、注文エクスポート（OrderSKUList）ではありません。`,
  "settlement.currencyUnknown": (p) =>
    `ファイルの通貨 ${p.code} は、このアドインが知っているどの TikTok Shop マーケットのものでもありません。マーケットを指定してください。`,
  "settlement.currencyShared": (p) =>
    `ファイルの通貨 ${p.code} は ${p.markets} で使われています。マーケットを指定してください（例：--market ${p.example}）。`,
  "settlement.marketsRemain": (p) =>
    `ファイルの通貨、名前、手数料の列からは ${p.markets} が残ります。マーケットを指定してください（例：--market ${p.example}）。`,
  "settlement.noMarket": () =>
    "ファイルに通貨がありません。マーケットを指定してください（例：--market US）。ファイル名からも手数料の列からも判断できません。",

  "feeReason.noOrderValueColumn": () => "ファイルに注文額を求めるための「Customer payment」列がありません",
  "feeReason.noItemNetColumn": () => "ファイルに「Subtotal after seller discounts」列がありません",
  "feeReason.noCustomerPaymentColumn": () => "ファイルに「Customer payment」列がありません",
  "feeReason.noBase": (p) => `${p.base} に基づく手数料に計算の基準がありません`,
  "feeReason.noReferralRule": () => "20% を計算する元になる販売手数料のルールがありません",
  "feeReason.perItemNoQuantity": (p) => `${p.fee} は 1 点ごとに課金されますが、ファイルに「Quantity」列がありません`,
  "feeReason.cappedPerItemNoQuantity": (p) =>
    `${p.fee} には 1 点ごとの上限がありますが、ファイルに「Quantity」列がありません`,
  "expectedFee.noOrderValueColumn": () => "ファイルに注文額を求めるための「Customer payment」列がありません。",
  "expectedFee.noItemNetColumn": () => "ファイルに「Subtotal after seller discounts」列がありません。",
  "expectedFee.noCustomerPaymentColumn": () => "ファイルに「Customer payment」列がありません。",
  "expectedFee.noBase": (p) => `${p.base} に基づく手数料に計算の基準がありません。`,
  "expectedFee.noReferralRule": () => "20% を計算する元になる販売手数料のルールがありません。",
  "expectedFee.perItemNoQuantity": (p) =>
    `${p.fee} は 1 点ごとに課金されますが、ファイルに「Quantity」列がありません。`,
  "expectedFee.cappedPerItemNoQuantity": (p) =>
    `${p.fee} には 1 点ごとの上限がありますが、ファイルに「Quantity」列がありません。`,
  "expectedFee.neededNoOrderValueColumn": (p) =>
    `この手数料には ${p.argument} が必要です。ファイルに注文額を求めるための「Customer payment」列がありません。`,
  "expectedFee.neededNoItemNetColumn": (p) =>
    `この手数料には ${p.argument} が必要です。ファイルに「Subtotal after seller discounts」列がありません。`,
  "expectedFee.neededNoCustomerPaymentColumn": (p) =>
    `この手数料には ${p.argument} が必要です。ファイルに「Customer payment」列がありません。`,
  "expectedFee.neededPerItemNoQuantity": (p) =>
    `この手数料には ${p.argument} が必要です。${p.fee} は 1 点ごとに課金されますが、ファイルに「Quantity」列がありません。`,
  "expectedFee.neededCappedPerItemNoQuantity": (p) =>
    `この手数料には ${p.argument} が必要です。${p.fee} には 1 点ごとの上限がありますが、ファイルに「Quantity」列がありません。`,
  "expectedFee.categoryNotRate": () =>
    "ここでの category は料率ではなくカテゴリ名である必要があります（料率は料金表から取ります）。",

  "sellerProfile.bothTypes": () =>
    'seller_profile に "individual" と "business" の両方が指定されています。どちらか 1 つにしてください。',
  "sellerProfile.feeTaxTwice": () => 'seller_profile に "fee tax" が 2 回指定されています。1 つにしてください。',
  "sellerProfile.feeTaxText": (p) => `seller_profile の fee tax「${p.text}」：${whyText(p)}。`,
  "sellerProfile.unknownWord": (p) =>
    `seller_profile：不明な語「${p.word}」です。${p.words} のような語をカンマで区切って使ってください。`,

  "argument.range": (p) => `${p.argument} はセル範囲ではなく、1 つの値である必要があります。`,
  "argument.errorOrObject": (p) =>
    `${p.argument} にエラーまたはオブジェクトが入っています。先にそのセルを修正してください。`,
  "argument.booleanForNumber": (p) => `${p.argument} が TRUE/FALSE です。数値を入力してください。`,
  "argument.booleanForDate": (p) => `${p.argument} が TRUE/FALSE です。日付を入力してください。`,
  "argument.notFinite": (p) => `${p.argument} が有限の数値ではありません。`,
  "argument.notANumber": (p) => `${p.argument} は数値である必要があります。`,
  "argument.requiredNumber": (p) => `${p.argument} は必須です。数値を入力してください。`,
  "argument.requiredText": (p) => `${p.argument} は必須です（例：${p.example}）。`,
  "argument.textExpected": (p) => `${p.argument} は文字列である必要があります（例：${p.example}）。`,
  "argument.categoryZero": (p) =>
    `${p.argument} が 0 です（デスクトップ版 Excel では空のセルも 0 と読まれます）。販売手数料 0% なら "0%" と入力し、それ以外は ${p.argument} を省略するかカテゴリ名を指定してください。`,
  "argument.zeroFromEmptyCell": (p) =>
    `${p.argument} が 0 です（デスクトップ版 Excel では空のセルも 0 と読まれます）。${t(p.fallback) === p.fallback ? `${n(p.fallback)} ` : t(p.fallback)}を使うには ${p.argument} を省略し、本当の 0 なら "0" を文字列で入力してください。`,
  "argument.zeroFromEmptyCellNoDefault": (p) =>
    `${p.argument} が 0 です（デスクトップ版 Excel では空のセルも 0 と読まれます）。既定値を使うには ${p.argument} を省略し、本当の 0 なら "0" を文字列で入力してください。`,
  "argument.categoryType": (p) => `${p.argument} はカテゴリ名か 0.06 のような料率である必要があります。`,
  "argument.unknownChoice": (p) => `不明な ${p.argument}「${p.given}」です。${or(p.choices)} を使ってください。`,
  "argument.marginRange": (p) =>
    `${p.argument} は −1 から 1 までの小数である必要があります（30% は 0.3）。${n(p.given)} は使えません。`,
  "result.tooLargeForCell": () => "結果が大きすぎてセルに入りません。",
  "result.ownRateSource": () => "独自の料率（料金表ではなくシートで指定）",
  "result.tableForValue": () => "予期しないエラー：1 つの値が入る場所に表があります",
  "result.valueForTable": () => "予期しないエラー：表が入る場所に 1 つの値があります",
  "result.unexpected": (p) => `予期しないエラー：${p.message}`,
  // The Open API's saved responses (src/core/settlement/openApi.ts).
  "openApi.unknownShape": (p) =>
    `保存された TikTok Shop Open API の明細取引レスポンスではありません。GET /finance/202309 / /finance/202501/statements/{statement_id}/statement_transactions から返る {"code": 0, "data": {"transactions": […]}}、その "data" オブジェクト、またはそれらの配列（ページごとに1つ）が必要です。見つかったもの：${p.found}。`,
  "openApi.apiError": (p) =>
    `保存されたレスポンスは API エラー（コード ${p.code}${p.text ? `：${p.text}` : ""}）で、明細取引ではありません。ページを再度リクエストし、"data" を含む応答を保存してください。`,
  "openApi.statementsList": () =>
    `これは明細の一覧（GET /finance/…/statements）で、明細の取引ではありません。各明細の statement_transactions レスポンスを保存して照合してください。`,
  "openApi.perOrder": () =>
    `注文ごとの取引（sku_transactions）はまだ読み込めません。代わりに、その注文の明細の statement_transactions レスポンスを保存してください。`,
  "openApi.noTransactions": () => `保存されたレスポンスに取引がありません。照合するものはありません。`,
  "openApi.mixedVersions": (p) =>
    `レスポンスに2種類の取引形式（${p.first} と ${p.second}）が混在しています。バージョンごとに分けて照合してください。`,
  "openApi.unknownTransaction": (p) =>
    `取引に、このアドインが読み込むバージョンのフィールドがありません（202309: "fee_amount"…, 202501: "fee_tax_breakdown"…, unsettled: "est_settlement_amount"）。最初の取引のフィールド：${p.found}。`,
  "openApi.notJson": (p) => `${p.file} は有効な JSON ではありません：${p.reason}。`,
  "ads.budgetOk": (p) =>
    `OK：${jaBudget(p.level, p.type)} ${n(p.budget)} USD は最低額を満たしています（${n(p.min)} USD ${p.strict ? "超" : "以上"}）。`,
  "ads.budgetBelow": (p) =>
    `最低額未満：${jaBudget(p.level, p.type)}は ${n(p.min)} USD ${p.strict ? "超" : "以上"}が必要です。${n(p.budget)} USD では ${n(p.short)} USD 不足しています${p.strict ? "（最低額ちょうどでは足りません）" : ""}。`,
  "live.waterfallLabel": (p) =>
    pick(p.line, {
      step: `ステップ`,
      share: `視聴者の支出に占める割合`,
      appStore: `アプリストア（${p.channel}）`,
      tiktok: `TikTok`,
      agency: `エージェンシー`,
      withdrawalFee: `出金手数料`,
      creator: `クリエイターの手取り`,
      viewerSpend: `視聴者の支出`,
    }),
  "ads.funnelLabel": (p) =>
    pick(p.line, {
      step: `ステップ`,
      value: `値`,
      budget: `予算（USD）`,
      impressions: `インプレッション`,
      clicks: `クリック`,
      conversions: `コンバージョン`,
      revenue: `売上（USD）`,
      roas: `ROAS`,
      cpa: `コンバージョン単価（USD）`,
      profit: `広告費差引後の利益（USD）`,
    }),
  "settlement.noCreatedDate": () => "注文に作成日がなく、有効な料率を選べません",
  "file.notFound": (p) => `${p.file}：ファイルがありません。`,
  "file.isFolder": (p) => `${p.file} はフォルダーで、ファイルではありません。`,
  "file.empty": (p) => `${p.file} は空です（0 バイト）。`,
  "file.notWorkbook": (p) => `${p.file} は Excel ブックではありません（xlsx の署名がありません）。`,
  "file.binary": (p) => `${p.file} はバイナリファイルで、CSV テキストでも xlsx ブックでもありません。`,
  "file.notCsv": (p) => `${p.file} を CSV として読めません：${p.reason}`,
  "file.noWorksheets": (p) => `${p.file} にワークシートがありません。`,
  "file.damagedWorkbook": (p) =>
    `${p.file} を xlsx ブックとして読めません（破損または途中で切れている可能性）：${p.reason}`,
  "file.unreadable": (p) => `${p.file}：読み取れません（${p.code}）。`,
  "file.notReconciled": (p) => `${p.file}：照合できません：${p.reason}`,
  "file.sheetNotFound": (p) => `--sheet「${p.sheet}」は ${p.file} にありません（シート：${p.sheets}）。`,
  "settlement.mappedLayoutTitle": () => "あなたの列の対応づけ",
  "settlement.layoutTitle": (p) => lay(p.title),
  "settlement.skipAdjustment": (p) => `${p.type}${p.why ? ` (${p.why})` : ""}：調整は料金表と照合しません`,
  "settlement.skipCurrency": (p) => `通貨 ${p.currency} は ${p.market} の通貨（${p.expected}）ではありません`,
  "settlement.rateNotInBook": (p) => `料金表に ${p.market} の ${p.kind} はありません`,
  "settlement.rateBeforeBook": (p) =>
    `${d(p.first)} より前の ${p.market} の ${p.kind} 料率はありません。料金表はその日から始まります（注文日 ${d(p.date)}）`,
  "settlement.noRuleInForce": (p) => `${d(p.date)} に有効な ${p.kind} がありません`,
  "settlement.nothingChargedWaiver": (p) =>
    `請求はなく、${d(p.date)} の料金表に 0 % の ${p.kind} 料率はありません：新規セラー向けやプログラムによる免除は料金表にありません`,
  "settlement.categoryDefault": () => "標準",
  "settlement.categoryWithVat": (p) => `${p.category}（税込）`,
  "settlement.categoryNoneFitsAtDefault": () => "該当なし（標準料率で想定）",
  "settlement.categoryNothingChargedAtDefault": () => "請求なし（標準料率で想定）",
  "settlement.categoryNoneFitsNearest": (p) => `該当なし（最も近い：${p.nearest}）`,
  "settlement.categoryNothingCharged": () => "請求なし",
  "settlement.noModelledFee": () => `ファイルに、このアドインがモデル化している手数料の列がありません`,
  "live.crpEligible": () => `対象です`,
  "live.crpNotEligible": (p) => `対象外：${p.reasons}`,
  "live.crpReason": (p) =>
    pick(p.why, {
      notOpen: `このプログラムは ${region(p.a)} では提供されていません（提供地域：${p.b}）`,
      followers: `フォロワーが ${n(p.a)} 人必要です（現在 ${n(p.b)} 人）`,
      views: `30 日間で ${n(p.a)} 回の視聴が必要です（現在 ${n(p.b)} 回）`,
      seconds: `動画は ${n(p.a)} 秒以上必要です（この動画は ${n(p.b)} 秒）`,
      age: `クリエイターは ${n(p.a)} 歳以上である必要があります`,
    }),
  "fee.vatOn": (p) => `${p.fee}の消費税`,
  "table.byCategory": () => "カテゴリ別",
  "table.column": (p) =>
    pick(p.column, {
      gift: "ギフト",
      coins: "コイン",
      since: "適用開始日",
      until: "適用終了日",
      source: "出典",
      note: "注記",
      format: "フォーマット",
      duration: "期間",
      delivery: "配信",
      pricing: "課金方式",
      low: "下限（USD）",
      high: "上限（USD）",
      code: "コード",
      market: "市場",
      currency: "通貨",
      defaultCommission: "既定の販売手数料",
      category: "カテゴリ",
      commission: "販売手数料",
      component: "項目",
      rate: "料率",
      base: "基準額",
      amount: "金額",
      totalShopFees: "TikTok Shop 手数料合計",
    }),
};

export default ja;
