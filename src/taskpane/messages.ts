/**
 * Every word the task pane and the preview show, in English: the source of the pane catalog. Each
 * other language is `src/i18n/<language>/pane.ts`, typed `PaneCatalog`, so TypeScript refuses a
 * translation with a key missing, a key too many or a sentence taking other parameters. Views read
 * the catalog in force through `paneText()` when they are made (language.ts switches it).
 *
 * Brand names, function names and codes stay as they are in every language: "TikTok", "TikTok
 * Shop", "LIVE", "Seller Center", `=TIKTOK.…`, market and currency codes, "npm run preview".
 */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const PANE_EN = {
  appName: "TikTok Economics",
  loading: "Loading…",

  tabs: {
    label: "TikTok Economics",
    templates: "Templates",
    calculator: "Calculator",
    reconcile: "Reconcile",
    settings: "Settings",
    rates: "Rates",
  },
  notInExcel:
    "Not running in Excel: the calculator works here; inserting sheets needs Excel or the preview (npm run preview).",
  needsExcel:
    "Inserting a sheet needs Excel: open this add-in in Excel, or run the Excel-free preview (npm run preview).",
  rateBook: (label: string) => `Rate book ${label}`,

  welcome: {
    title: "Welcome to TikTok Economics",
    lines: [
      "TikTok Shop, LIVE and ads money in Excel: fees, payouts, margins and settlement checks from a dated rate book with public sources.",
      'Type =TIKTOK.SHOPFEE(20,"US") in a cell, or start here:',
    ] as const,
    actionsLabel: "Start with",
    actions: {
      calculator: "Price a product",
      templates: "Insert a scenario sheet",
      reconcile: "Reconcile a statement",
    },
    help: "Help: every function, with examples",
    dismiss: "Don't show again",
  },
  footer: { linksLabel: "About this add-in", support: "Support", privacy: "Privacy", terms: "Terms" },

  gallery: {
    title: "Scenario sheets",
    listLabel: "Scenario templates",
    asks: (items: string) => `Asks for: ${items}.`,
    insertButton: "Insert",
    /** The Insert button's accessible name: which sheet it inserts (seven buttons read "Insert"). */
    insertLabel: (title: string) => `Insert ${title}`,
    inserting: "Inserting…",
    inserted: (sheet: string) => `Inserted as sheet "${sheet}".`,
    missing: (id: string) => `Template ${id} is missing from this build.`,
  },

  calculator: {
    title: "Quick calculator",
    market: "Market",
    category: "Category",
    affiliate: "Affiliate commission (%)",
    unitPrice: (currency: string) => `Unit price (${currency})`,
    unitCost: (currency: string) => `Unit cost (${currency})`,
    ownRate: "Your commission rate (%)",
    allCategories: "All (market default)",
    ownRateOption: "Your own rate (%)…",
    marketDefault: "market default",
    yourRate: "your rate",
    commission: (chosen: string) => `Commission (${chosen})`,
    commissionVat: (chosen: string) => `VAT on commission (${chosen})`,
    lines: {
      revenue: "Revenue (goods after seller discount + buyer shipping)",
      affiliate: "Affiliate commission",
      productCost: "Product cost",
      sellerShipping: "Seller shipping cost",
      adCost: "Ad cost per order",
      returns: "Returns allowance",
    },
    caption: (currency: string, asOf: string) => `Per order in ${currency}, rates as of ${asOf}`,
    fees: "TikTok fees",
    net: "Net proceeds",
    profit: "Profit",
    margin: "Margin",
    /** The market publishes no default commission (it is by category, or not public yet). */
    needsRate: (marketName: string, category: string | null, hasCategories: boolean) =>
      category
        ? `The ${category} commission in ${marketName} is not public: type the rate Seller Center shows for your shop.`
        : hasCategories
          ? `${marketName} has no single public commission rate: choose your category above, or type the rate Seller Center shows for your shop.`
          : `No public commission rate for ${marketName} yet: type the rate Seller Center shows for your shop.`,
    typeRate: "Type your commission rate (%).",
    rateHint: "In percent: 6 for 6 %.",
  },

  settings: {
    title: "Settings",
    defaultMarket: "Default market for new sheets",
    /** Amounts are numbers: a new market changes their currency, not their size. */
    marketHint:
      "New sheets start in this market, with sample amounts in its currency. Changing a sheet's market cell later keeps the amounts as typed and shows them in the new currency: enter your own in that currency.",
    savedWorkbook: "Saved with this workbook.",
    savedSession: "Saved for this session.",
    couldNotSave: (reason: string) => `Could not save: ${reason}`,
    badMarket: (shown: string) =>
      `This workbook's saved default market "${shown}" is not one the rate book knows: using US. Choose one in Settings.`,
    language: "Language of the pane",
    languageAuto: (name: string) => `As Office (${name})`,
    languageHint: "Remembered on this device. New sheets are written in this language where a translation exists.",
  },

  rates: {
    title: "About the rates",
    intro: (label: string, entries: number) =>
      `Rate book ${label}: ${entries} dated entries, each with its public source and the day it was read. Use =TIKTOK.RATEBOOK() in a sheet to record which rates it used.`,
    market: "Market",
    newest: "Newest change",
    sources: "Sources",
    currency: (code: string) => `currency ${code}`,
    knownSince: "known since",
    noneYet: "none yet",
    official: "official + secondary",
    secondary: "secondary only",
    shopTitle: "Shop rates in force",
    shopHint: "Each market's default fees today; open one for its rates and every source.",
    summary: (code: string, name: string, fees: number, sources: number) =>
      `${code} ${name}: ${plural(fees, "fee", "fees")}, ${plural(sources, "source", "sources")}`,
    sourcesLink: (count: number) => plural(count, "source", "sources"),
    sourcesOf: (market: string) => `Sources for ${market}`,
    since: (date: string, grade: string) => `since ${date}, grade ${grade}`,
    unpublished: "Seller Center only",
    tiered: "tiered",
    cap: (amount: string) => `capped at ${amount}`,
    categories: (count: number) =>
      `Plus ${plural(count, "category rate", "category rates")}: the calculator's Category list.`,
    none: "No public fee figures yet.",
    liveTitle: "LIVE and ads assumptions",
    defaultCol: "Default",
    value: "Value",
    grade: "Grade",
    source: "Source",
    sourceLink: "source",
    defaults: {
      coinsPerDiamond: "Coins per diamond",
      usdPerDiamond: "USD per diamond",
      agencyShare: "Agency share",
      withdrawalMinimum: "Minimum withdrawal",
      crpRpm: "Creator Rewards RPM",
      cpm: "CPM (all industries)",
      cpc: "CPC (all industries)",
      minBudget: "Campaign daily minimum",
    },
    perThousandViews: (amount: string) => `${amount} / 1,000 views`,
    moreThan: (amount: string) => `more than ${amount}`,
    closing:
      "Rates change: check Seller Center and pass your own rate as a number where it differs. Every function takes these defaults as arguments you can override.",
  },

  reconcile: {
    title: "Reconcile a settlement",
    purpose:
      "Open or paste a TikTok Shop export (Income “Order details”, statement order details or unsettled orders) into a sheet, then choose it. The sheet is only read; the result goes to a new sheet.",
    needsHost: "Reconciling needs Excel or the preview (npm run preview).",
    sheet: "Sheet",
    market: "Market",
    fromFile: "From the file's currency",
    tolerance: "Tolerance per fee",
    tolerancePlaceholder: "one minor unit",
    run: "Reconcile",
    cancel: "Cancel",
    progress: "Progress",
    chooseSheet: "Choose the sheet that holds the export (open or paste the file into this workbook first).",
    loadingReader: "Loading the statement reader…",
    reading: (done: string, total: string) => `Reading rows: ${done} of ${total}…`,
    writing: (done: string, total: string) => `Writing rows: ${done} of ${total}…`,
    written: (sheet: string) => `Written to the new sheet "${sheet}".`,
    orders: (orders: string, rows: string) => `${orders} orders in ${rows} rows`,
    notModelled: (notModelled: string, skipped: string) => `${notModelled} not modelled, ${skipped} skipped`,
    lostDigits: (count: string) => `${count} IDs stored as numbers lost digits`,
    counts: (matched: string, mismatched: string) => [`${matched} match, `, `${mismatched} mismatch`] as const,
    mismatchesTitle: "Mismatches, largest first",
    /** One order: what was charged and what the published rule gives, and who gained. */
    order: (id: string, created: string | null) => (created ? `Order ${id} (${created})` : `Order ${id}`),
    fee: (label: string, charged: string, expected: string) => `${label}: charged ${charged}, rule ${expected}`,
    overcharged: (amount: string) => `you were charged ${amount} more than the rule`,
    undercharged: (amount: string) => `you were charged ${amount} less than the rule`,
    more: (count: string) => `…and ${count} more: see the Status column of the new sheet.`,
    source: "Source",
    sourceSheet: "A sheet of this workbook",
    sourceJson: "A saved API response (JSON)",
    jsonFile: "Saved Open API response",
    chooseJson: "Choose the saved Open API response file (.json) first. It is read on this computer only.",
    badJson: (file: string, reason: string) => `"${file}" is not valid JSON (${reason}). Nothing was written.`,
    /** A sheet whose header no dictionary knows (#21): the user maps its columns, nothing is guessed silently. */
    mapping: {
      title: "Map the columns",
      intro:
        "No known TikTok Shop header was found in this sheet. Say which column holds each value: the suggestions come from the columns' values. Nothing is used until you confirm.",
      none: "(none)",
      leftToUser: "Not found: choose the column if the file has one.",
      keys: {
        id: "Order or adjustment ID",
        type: "Transaction type",
        created: "Order created date",
        settled: "Settlement date",
        currency: "Currency",
        settlement: "Total settlement amount",
        revenue: "Total revenue",
        totalFees: "Total fees",
        adjustment: "Adjustment amount",
        commission: "TikTok Shop commission fee",
        transaction: "Transaction fee",
        customerPayment: "Customer payment",
        platformDiscount: "Platform discounts",
        salesTax: "Sales tax payment",
        subtotalAfter: "Subtotal after seller discounts",
      },
      fees: "Fee columns (their sum is the total fees)",
      types: "What each transaction type is",
      choose: "(choose)",
      kinds: {
        order: "Order",
        refund: "Refund",
        adjustment: "Adjustment",
        compensation: "Platform compensation",
        deduction: "Deduction",
        adsPayment: "Ads payment",
      },
      why: {
        idDigits: (hits: string, rows: string) => `${hits} different 15–19-digit numbers in ${rows} rows`,
        dates: (rows: string) => `dates in ${rows} rows`,
        earliestDate: (hits: string, rows: string) => `the earlier date in ${hits} of ${rows} rows`,
        laterDate: (hits: string, rows: string) => `the later date in ${hits} of ${rows} rows`,
        currencyCodes: (rows: string) => `currency codes in ${rows} rows`,
        typeValues: (hits: string) => `few text values, ${hits} of them known types`,
        settlementIdentity: (rows: string) => `settlement = revenue + fees on all ${rows} rows`,
        feeSum: (rows: string) => `the sum of the fee columns on all ${rows} rows`,
        feePart: (rows: string) => `part of the total fees on all ${rows} rows`,
        revenuePart: (rows: string) => `the revenue part of the settlement on all ${rows} rows`,
        otherPart: (rows: string) => `the remaining part of the settlement on all ${rows} rows`,
      },
      alternatives: (columns: string) => `(also fits: ${columns})`,
      use: "Use these columns",
      discard: "Discard",
      discarded: "The column mapping was discarded: nothing was read or written.",
      saved: "Column mapping saved with this workbook.",
      notConfirmed: "This column mapping is not confirmed: press “Use these columns” first.",
      noHeader: "No header row was found in the first rows of this sheet: is the export pasted from its first row?",
      offer: "A saved column mapping fits this sheet's header.",
      useSaved: "Use it",
      editSaved: "Edit it",
    },
  },

  /**
   * The Excel-free preview's own words (the page around the pane, the workbook's controls). The
   * banner names its formula engine only through its parameter, so no add-in bundle carries the
   * engine's name (test/bundle/production.test.ts keeps it out of the add-in).
   */
  preview: {
    pageTitle: "TikTok Economics — preview without Excel",
    banner: (engine: string) =>
      `Preview without Excel — formulas computed by a formula engine (${engine}) with the same TIKTOK.* functions.`,
    workbook: "Workbook",
    taskPane: "Task pane",
    nameBox: "Cell address (type one and press Enter to go there)",
    formulaBar: "Formula bar",
    openFile: "Open file…",
    openFileTitle: "Open a CSV or Excel file as a new sheet",
    sheets: "Sheets",
    sheet: (name: string) => `Sheet ${name}`,
    editCell: (address: string) => `Edit ${address}`,
    ready: "Ready",
    enter: "Enter",
    edit: "Edit",
  },
} as const;

/** A catalog's shape with its words as plain strings: what each translation must match. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : { readonly [K in keyof T]: Widen<T[K]> };

export type PaneCatalog = Widen<typeof PANE_EN>;

let current: PaneCatalog = PANE_EN;

/** The pane catalog in force (English until language.ts applies another). */
export function paneText(): PaneCatalog {
  return current;
}

/** Only language.ts calls this. */
export function usePaneCatalog(catalog: PaneCatalog): void {
  current = catalog;
}
