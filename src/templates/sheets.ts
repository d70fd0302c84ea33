/**
 * Every word the templates write into a sheet — labels, headers, notes, input prompts, chart
 * titles, sheet names, footers, the reconciliation sheet and the gallery's cards — in English, the
 * source. Each other language's catalog is `src/i18n/<language>/sheets.ts` (default export, typed
 * `SheetsTranslation`: every key with the same shape, the fee names only where its glossary has no
 * TikTok word; `sheetsCatalog` completes them). A `{name}` in a text is a
 * parameter `fill` puts in; every language has the same parameters (the tests check it).
 *
 * Formulas keep Excel's English function names (hosts write `Range.formulas`, which is en-US) and
 * number formats stay invariant, so Excel shows the user's own separators. Words a formula writes
 * or compares (a status that COUNTIF counts, "quote" that COUNTIF looks for) come from here too,
 * written once, so the formula and the cell it looks at always speak the same language.
 *
 * What stays as it is in every language: market codes, category names and gift names (the rate
 * book's keys, which TIKTOK.* functions read), "All", "ios"/"web"/"android", industry names, and
 * the sample statement (a US Seller Center export, in English as the US writes it).
 */

import type { Glossary } from "../i18n/glossary";
import { ENGLISH_FEE_NAMES, type FeeTranslations, feeNames } from "../i18n/feeNames";

/** A catalog of the same shape as `T` whose texts are any strings (lists keep their length). */
export type Texts<T> = T extends string
  ? string
  : T extends readonly string[]
    ? { readonly [I in keyof T]: string }
    : { readonly [K in keyof T]: Texts<T[K]> };

export const SHEETS_EN = {
  common: {
    rateBook: "Rate book",
    /** The footer's note; "=TIKTOK.RATESOURCE" is a function's name and stays. */
    ratesNote:
      "Rates are public figures with their dates and sources (=TIKTOK.RATESOURCE). Check Seller Center for your shop's own rates and pass them as numbers where they differ.",
    /** The input prompt of a market cell: amounts are kept as typed, only their currency changes. */
    marketPrompt:
      "Pick a market. Amounts on this sheet are kept as typed and shown in its currency: enter them in that currency.",
    listsTitle: "Dropdown lists (from the rate book): categories by market",
    listsMarkets: "Markets",
    total: "Total",
    chartData: "Chart data",
    assumptions: "Assumptions",
    commissionSource: "Commission source",
    /** A dropdown's prompt title (Excel: at most 32 characters) and its alert for a value not in the list. */
    dropdown: {
      promptTitle: "Choose or type",
      alertTitle: "Not in the list",
      strictMessage: "Choose a value from the list.",
      looseMessage: "Not in the rate book's list. Kept as typed: the formulas say if they cannot use it.",
    },
  },
  /**
   * The fees' names: in English FEE_KINDS' labels. Another language's come from its glossary
   * (TikTok's word) where it has one, else from its own `fees` (src/i18n/feeNames.ts, the rule the
   * pane's fee names follow too); `sheetsCatalog` puts them in.
   */
  fees: ENGLISH_FEE_NAMES,
  /** What the gallery shows of each template. */
  gallery: {
    shopPnl: {
      title: "Shop product P&L across markets",
      purpose: "One product's fees, net proceeds, profit and margin in four TikTok Shop markets, side by side.",
      asks: ["price and unit cost per market", "shipping, discounts", "affiliate rate, returns, ad cost"],
    },
    shopCatalog: {
      title: "Shop catalog margins",
      purpose: "Fees, net proceeds, profit and margin for every SKU in a catalog — paste your own rows.",
      asks: ["market", "per SKU: price, unit cost, shipping, discount, affiliate rate"],
    },
    liveEarnings: {
      title: "LIVE creator earnings",
      purpose:
        "Gifts received by type and count → coins → diamonds → payout, a month of streams, and where the viewer's money goes.",
      asks: ["gifts per stream by type", "streams per month", "coin-to-diamond and diamond-to-USD rates, agency share"],
    },
    adPlanner: {
      title: "Ad campaign planner",
      purpose:
        "Split a budget across billing models, see what benchmark rates buy (low to high), the funnel to revenue, ROAS against break-even, and TikTok's minimum budgets.",
      asks: ["budget, days, industry", "split by billing model", "CTR, conversion rate, order value, margin"],
    },
    brandLaunch: {
      title: "Brand launch mix",
      purpose:
        "TopView, Brand Takeover, Hashtag Challenge, Branded Effect and in-feed ads over a launch schedule, with sourced price ranges and each format's shape.",
      asks: ["start day and days per format", "impressions for CPM formats", "your quotes where no price is public"],
    },
    businessModel: {
      title: "TikTok's business model",
      purpose:
        "How TikTok makes money: revenue by stream from public 2024 figures and the add-in's take rates — change an assumption and watch the mix move.",
      asks: [
        "public 2024 figures (pre-filled, sourced)",
        "take rate on Shop sales",
        "how the rest splits between LIVE gifts and partnerships",
      ],
    },
    statementReconciliation: {
      title: "Statement reconciliation (sample)",
      purpose:
        "What TikTok charged against what its published rules say, fee by fee — on a labelled sample; load your own export in the Reconcile tab.",
      asks: ["nothing: a sample US statement; your own file via the Reconcile tab"],
    },
  },
  shopPnl: {
    sheetName: "Shop P&L by market",
    title: "Shop product P&L across markets",
    subtitle: "Change the yellow cells. Every result is a live formula; amounts are in each market's currency.",
    inputs: "Inputs",
    results: "Results per order",
    shares: "Share of the price",
    market: "Market",
    category: "Category (All = market default, or a rate)",
    price: "Unit price",
    cost: "Unit cost",
    shipping: "Shipping paid by the buyer",
    sellerDiscount: "Seller discount",
    platformDiscount: "TikTok (platform) discount",
    affiliate: "Affiliate commission rate",
    shipCost: "Your shipping cost per order",
    returns: "Return rate",
    ad: "Ad cost per order",
    target: "Target margin",
    commission: "Commission",
    otherFees: "Other TikTok fees",
    fees: "Total TikTok fees",
    affiliateCost: "Affiliate commission",
    net: "Net proceeds (settlement)",
    profit: "Profit per order",
    margin: "Margin",
    targetPrice: "Price for the target margin",
    breakEven: "Break-even price",
    breakEvenRoas: "Break-even ROAS (revenue ÷ ad spend)",
    notApplicable: "n/a",
    shareFees: "TikTok fees",
    shareAffiliate: "Affiliate",
    shareProfit: "Profit",
    chartTitle: "Where the price goes, by market",
    commissionSource: "Commission source ({cell})",
    categoryPrompt: "A category of this column's market ({cell}), All for its default, or your own rate (e.g. 6%).",
  },
  shopCatalog: {
    sheetName: "Shop catalog margins",
    title: "Shop catalog margins",
    subtitle:
      "Paste your SKUs over the sample rows (yellow columns), as many as you have: the table grows with them and its grey columns compute every row.",
    market: "Market",
    shipCost: "Your shipping cost per order",
    skus: "SKUs",
    revenue: "Revenue",
    fees: "TikTok fees",
    profit: "Profit",
    margin: "Margin",
    losing: "SKUs losing money",
    columns: {
      sku: "SKU",
      product: "Product",
      category: "Category",
      quantity: "Quantity",
      price: "Unit price",
      cost: "Unit cost",
      shipping: "Buyer shipping",
      discount: "Seller discount",
      affiliate: "Affiliate rate",
      revenue: "Revenue",
      fees: "TikTok fees",
      net: "Net proceeds",
      profit: "Profit",
      margin: "Margin",
    },
    /** The sample products, in the order of the sample rows. */
    products: [
      "Graphic T-shirt",
      "Zip hoodie",
      "Ceramic mug",
      "Phone case",
      "Lip serum",
      "Cutting board",
      "Yoga mat",
      "Wireless earbuds",
      "Scented candle",
      "Sticker pack",
    ],
    categoryPrompt: "A category of the market in {cell}, All for its default, or your own rate (e.g. 6%).",
    note: "Rates are public figures with dates and sources; check Seller Center for your shop's own rates.",
  },
  liveEarnings: {
    sheetName: "LIVE earnings",
    title: "LIVE creator earnings",
    subtitle:
      "Change the yellow cells. TikTok publishes no diamond value: the defaults are sourced assumptions (see the notes).",
    streams: "Streams per month",
    coinsPerDiamond: "Coins per diamond",
    coinsPerDiamondNote: '1 by default; many calculators use 2 (=TIKTOK.RATESOURCE("coinsPerDiamond"))',
    usdPerDiamond: "USD per diamond",
    usdPerDiamondNote: "200 diamonds = $1 in most sources",
    agencyShare: "Agency share of payout",
    agencyShareNote: "TikTok pays partner agencies from its own share",
    withdrawalFee: "Withdrawal fee per month (USD)",
    withdrawalFeeNote: "TikTok charges none; PayPal or a bank may",
    buyChannel: "Where viewers buy coins",
    buyChannelNote: "web, ios or android (sets the app store's share)",
    giftsTitle: "Gifts per stream",
    giftsHeader: [
      "Gift",
      "Gifts per stream",
      "Coins each",
      "Coins per stream",
      "Diamonds per stream",
      "Payout per stream",
      "Payout per month",
    ],
    perStream: "Per stream",
    monthTitle: "A month of LIVE",
    monthCoins: "Coins received",
    monthDiamonds: "Diamonds",
    monthCash: "Creator's cash (after agency and fee)",
    monthCashOther: "Cash at the other coins-per-diamond figure (1 ↔ 2)",
    viewerSpend: "Viewers spent on those coins",
    creatorShare: "Creator's share of viewer spend",
    diamondsFor1000: "Diamonds needed for $1,000 a month",
    withdrawable: "Reaches the withdrawal minimum?",
    yes: "Yes",
    notYet: "Not yet",
    waterfallTitle: "Where a month of viewer spend goes",
    spillNote: "(a spilled table: keep the cells below free)",
    pieTitle: "Where the viewer's money goes",
    diamondSource: "Diamond value source",
    giftSource: "Gift prices source",
    chartGift: "Gift",
    chartPayout: "Payout per month",
    barTitle: "Payout per month by gift",
  },
  adPlanner: {
    sheetName: "Ad campaign planner",
    title: "Ad campaign planner",
    subtitle:
      "Change the yellow cells. Rates default to dated third-party benchmarks: type your own from Ads Manager over them.",
    campaign: "Campaign",
    budget: "Total budget (USD)",
    days: "Days",
    industry: "Industry (All, E-commerce, Finance…)",
    ctr: "Click-through rate",
    conversion: "Conversion rate (of clicks)",
    orderValue: "Average order value (USD)",
    margin: "Margin before ad cost",
    marginNote: "e.g. =TIKTOK.SHOPMARGIN(...) without ad cost",
    targetMargin: "Margin to keep after ads",
    modelsTitle: "Budget by billing model",
    modelsHeader: [
      "Billing model",
      "Share",
      "Budget",
      "Your rate",
      "Volume",
      "Volume if rates run high",
      "Volume if rates run low",
      "Unit",
      "Ad group daily minimum",
    ],
    models: { CPM: "Reach (CPM)", oCPM: "Conversions (oCPM)", CPC: "Traffic (CPC)" },
    units: { impressions: "impressions", clicks: "clicks" },
    splitOk: "Split adds up to 100 %",
    splitBad: "Split does not add up to 100 %",
    funnelTitle: "Funnel (expected)",
    impressions: "Impressions (CPM + oCPM)",
    clicks: "Clicks",
    conversions: "Conversions (expected)",
    revenue: "Revenue (unrounded conversions × order value)",
    roas: "ROAS",
    breakEvenRoas: "Break-even ROAS (1 ÷ margin)",
    verdict: "Verdict",
    above: "Above break-even",
    below: "Below break-even",
    cpa: "Cost per conversion",
    maxCpa: "Highest CPA that keeps the target margin",
    profit: "Profit after ads",
    reach: "People reached (at 2.5 views each)",
    minimumsTitle: "TikTok's minimum budgets",
    campaignDaily: "Campaign daily budget",
    campaignLifetime: "Campaign lifetime budget",
    learning: "Learning-phase daily budget (shallow goal)",
    learningNote: "50 × your CPA (TikTok's recommendation)",
    chartTitle: "Budget split by billing model",
    cpmSource: "CPM benchmark source",
    minBudgetSource: "Minimum budget source",
  },
  brandLaunch: {
    sheetName: "Brand launch mix",
    title: "Brand launch mix",
    subtitle:
      "Change the yellow cells. Premium formats are sold by TikTok's sales team: treat ranges as planning figures and replace them with your quotes.",
    header: [
      "Format",
      "Shape",
      "Start day",
      "Days",
      "Impressions",
      "Low",
      "Typical",
      "High",
      "Your quote (total)",
      "Planned cost",
      "Price source",
      "How it runs",
    ],
    /** TikTok's format names (brands) and each format's shape (core/rates/ads.ts AD_FORMATS, in its words). */
    formats: {
      TopView: {
        name: "TopView",
        duration: "5–60 s (10–15 s suggested)",
        delivery:
          "First ad when the app opens: full screen for 3 s, then the first In-Feed video; up to 5 impressions per user per day",
        pricing: "Reserved, about $15–$25 CPM (third-party)",
      },
      BrandTakeover: {
        name: "Brand Takeover",
        duration: "3–5 s image, GIF or video",
        delivery:
          "Full screen on app open, not skippable; one advertiser per category per day; one takeover per user per day",
        pricing: "Reserved; no public price",
      },
      HashtagChallenge: {
        name: "Branded Hashtag Challenge",
        duration: "6 days (Discover banner 3–4 days)",
        delivery: "Branded hashtag, landing page, sound and Discover banner",
        pricing: "From about $150,000 for 6 days (third-party)",
      },
      BrandedEffect: {
        name: "Branded Effect",
        duration: "Campaign period",
        delivery: "Custom stickers, filters and effects creators use in their videos",
        pricing: "$10,000–$100,000 (one low-authority site, three figures; no official price)",
      },
      InFeed: {
        name: "In-Feed ads",
        duration: "5–60 s (9–15 s works best)",
        delivery: "In the For You feed, autoplay with sound; self-serve in Ads Manager",
        pricing: "Auction: CPM, oCPM, CPC or CPV",
      },
    },
    /** What a price cell shows where only a quote gives one; the total's COUNTIF looks for the same word. */
    quote: "quote",
    needsQuote: "Brand Takeover needs your quote",
    schedule: "Schedule (day)",
    chartFormat: "Format",
    chartCost: "Planned cost",
    chartTitle: "Launch budget by format",
    cpmSource: "In-feed CPM source",
  },
  businessModel: {
    sheetName: "TikTok business model",
    title: "How TikTok makes money (2024)",
    subtitle:
      "Public estimates, not TikTok's accounts (ByteDance is private). Yellow cells are inputs; each figure names its source.",
    /** The unit after an amount in billions of US dollars, in the number format ("$23.0bn"). */
    billions: "bn",
    figuresTitle: "Public figures",
    source: "Source",
    grade: "Grade",
    totalRevenue: "Total revenue 2024 (USD bn)",
    adRevenue: "Advertising revenue 2024 (USD bn)",
    shopGmv: "TikTok Shop GMV 2024, global (USD bn)",
    cubeNote: "Cube Asia estimates $42bn gross / $33bn net (cube.asia/tiktok-shop-2024)",
    takeRate: "Average take rate on Shop GMV",
    takeRateNote: "US referral fee from the rate book; other markets range from about 2 % to 10 % (=TIKTOK.MARKETS())",
    liveShare: "Share of the rest from LIVE coins and gifts",
    liveShareNote: "Assumption: no public split. The rest is partnerships, subscriptions and other.",
    appShare: "Coins bought in the apps (vs on the web)",
    appShareNote: "Assumption: sets the app store's share",
    streamsTitle: "Revenue by stream",
    stream: "Stream",
    usdBn: "USD bn",
    share: "Share",
    advertising: "Advertising",
    shop: "TikTok Shop commissions",
    live: "LIVE coins and gifts (TikTok's keep)",
    other: "Partnerships and other",
    check: "Check: total equals the public figure",
    ok: "OK",
    exceeds: "Streams exceed the total: lower the take rate",
    impliedTitle: "What the take rates imply",
    appKeep: "TikTok's share of each $1 a viewer spends on coins (app)",
    webKeep: "TikTok's share of each $1 a viewer spends on coins (web)",
    blendedKeep: "Blended share",
    coinSpend: "Implied viewer spend on coins (USD bn)",
    impliedGmv: "Implied Shop GMV for the whole 'rest' (USD bn)",
    impliedGmvNote: "What GMV would be if Shop commissions were everything but ads",
    usOrderFees: "Fees on a $25 US order",
    chartTitle: "TikTok revenue by stream (2024, estimated)",
    takeRateSource: "Take rate source",
    otherEstimates: "Other estimates: {url}",
  },
  statementReconciliation: {
    sheetName: "Statement reconciliation",
    title: "Statement reconciliation — SAMPLE DATA",
    subtitle:
      "Made-up US statement rows (below, from row {row}): charged amounts are those cells, expected amounts are TIKTOK.EXPECTEDFEE formulas. Order …003 is overcharged on purpose.",
    sampleTitle: "SAMPLE statement order details (made up)",
  },
  reconciliation: {
    /** The new sheet's name, title and subtitle (the pane's Reconcile). */
    sheetName: "Reconciled {sheet}",
    sheetTitle: 'Reconciliation of "{sheet}"',
    sheetSubtitle:
      "{layout}, {market} ({currency}): charged = the file's cells, expected = TIKTOK.EXPECTEDFEE by the rule in force on each order's date.",
    market: "Market",
    tolerance: "Tolerance per fee",
    layout: "File layout",
    id: "Order/adjustment ID",
    type: "Type",
    created: "Created",
    rows: "Rows",
    charged: "{fee}: charged",
    expected: "expected",
    difference: "difference",
    status: "Status",
    impliedRate: "Implied rate",
    note: "Note",
    /**
     * The statuses. The table's formulas write them and the summary's COUNTIFs and the flag rule
     * look for them, all from these words: every mismatch starts with `mismatch` (one rule colours
     * them, one COUNTIF counts them). No `*`, `?` or `~`, which COUNTIF reads as wildcards.
     */
    statuses: {
      match: "match",
      mismatch: "mismatch",
      overcharged: "mismatch: overcharged",
      undercharged: "mismatch: undercharged",
      skipped: "skipped",
      notModelled: "not modelled",
      checkCells: "check the cells",
    },
    /** The words a difference (charged − rule) carries: below zero TikTok took more than its rule. */
    differenceWords: { positive: " undercharged", negative: " overcharged" },
    idLostDigits: "ID stored as a number: digits lost, not matched",
    commissionIs: "commission: {category}",
    commissionFits: "commission fits {category}",
    identityDifference: "settlement ≠ revenue + fees + adjustments by {amount}",
    unexplainedFees: "total fees differ from their columns by {amount}",
    orders: "Orders",
    matched: "Matched",
    mismatched: "Mismatched",
    notModelled: "Not modelled",
    skipped: "Skipped",
    fee: "Fee",
    differenceTotal: "Difference",
    chargedTotal: "Charged",
    expectedTotal: "Expected",
    takeRateTitle: "Take rate by month",
    takeRateHeader: ["Month", "Take rate", "Revenue", "All TikTok fees", "Platform fees", "Platform rate"],
    notModelledColumns: "Fee columns not modelled (kept, with their totals)",
    affiliateRefunds: "Affiliate commission refunds",
    affiliateRefundsMatched: "… matched to their order in this file",
    unsettled: "Delivered orders never settled",
    noOrder: "Settled IDs with no order",
    differenceChart: "Charged − expected, by fee",
    takeRateChart: "Take rate by month",
    footerNote:
      "Charged amounts are the file's own cells; expected amounts are formulas by the published rule in force on the order's date. A mismatch is a question for Seller Center, not proof of an error.",
    /**
     * The CLI's report (`reconcile --format table`), beside the sheet's words it shares (the
     * column headers are the sheet's: fee, chargedTotal, expectedTotal, differenceTotal, …).
     * Counts stand after a label, so no language needs plural forms.
     */
    report: {
      checked: "Checked",
      about: "Category / rate",
      fileRead: "{layout} ({language}), header on row {row}",
      openApiRead: "Open API statement transactions ({version}; transactions: {transactions})",
      openApiReadStatements:
        "Open API statement transactions ({version}; transactions: {transactions}, statements: {statements})",
      context: "{read}: market {market} ({currency}), tolerance {tolerance} per fee",
      counts:
        "Rows {rows} · orders {orders} · checked {checked} · matched {matched} · mismatched {mismatched} · not modelled {notModelled} · skipped {skipped}",
      takeRateTitle: "Take rate by month (order created date)",
      largestTitle: "Largest differences",
      implied: "(implied {rate})",
      ruleRate: "(rule {rate})",
      identity: "Settlement = revenue + fees + adjustments: rows checked {checked}, not adding up {broken}",
      first: "(first: {ids})",
      unexplained: "Total fees vs the sum of their columns: rows unexplained {rows}, total {total}",
      notModelledColumns: "Fee columns not modelled: {columns}",
      skipped: "Skipped ×{count}: {reason}",
      otherReasons: "other reasons",
      lostDigits: "IDs stored as numbers, digits lost (shown, never matched): {count}",
      affiliate: "Affiliate commission refunds: {count}; matched to their order in this file: {matched}",
      affiliateUnmatched: "naming an order this file does not hold: {count}",
      noRelatedOrder: "no related order",
      ordersFile: "Orders file: orders {orders}",
      unsettled: "delivered but not settled: {count}",
      noOrder: "settled IDs with no order: {count}",
      suggested: "Suggested column mapping (not confirmed, so not used), from the columns' values:",
      notFound: "Not found from the values: {keys}.",
      checkWritten: 'Check it (written to {file}), set "confirmed": true, then run again with --columns FILE.',
      checkPrinted:
        'Check it (--suggest-columns FILE writes it to a file), set "confirmed": true, then run again with --columns FILE.',
      /** Between the parts of one line, and between the items of a list (Chinese and Japanese: ；、). */
      joiner: "; ",
      listJoiner: ", ",
    },
  },
} as const;

/** The sheets catalog every language gives: the English catalog's shape, any words. */
export type SheetsCatalog = Texts<typeof SHEETS_EN>;

/**
 * A language's `src/i18n/<language>/sheets.ts`: the whole catalog but the fee names, which it gives
 * only for the fees its glossary has no TikTok word for (the tests refuse a copy of a glossary term).
 */
export type SheetsTranslation = Omit<SheetsCatalog, "fees"> & { readonly fees: FeeTranslations };

/** The catalog templates are built with in a language: its translation with every fee named by the one rule. */
export function sheetsCatalog(
  translation: SheetsTranslation,
  glossary: Pick<Glossary, "fees"> | undefined,
): SheetsCatalog {
  return { ...translation, fees: feeNames(glossary, translation.fees) };
}

/** A dropdown's prompt title and alert in a language: refused values (`strict`) or allowed after a note. */
export function dropdownWords(
  text: SheetsCatalog,
  strict: boolean,
): { promptTitle: string; alertTitle: string; alertMessage: string } {
  const d = text.common.dropdown;
  return {
    promptTitle: d.promptTitle,
    alertTitle: d.alertTitle,
    alertMessage: strict ? d.strictMessage : d.looseMessage,
  };
}

/** Puts parameters into a text: "{row}" → the row. A parameter the text lacks is ignored. */
export function fill(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{([a-zA-Z]+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The parameters a text takes, sorted: "{fee}: charged" → ["fee"]. */
export function parametersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]))].sort();
}

/** A text as a formula's string literal: its quotes doubled, as Excel reads "…". */
export function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
