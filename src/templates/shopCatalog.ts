/** Template 2: a catalog of SKUs in one market with fees, net, profit and margin per row. */
import { SHOP_MARKETS, marketCurrency } from "../core/rates/markets";
import { moneyFormat, PERCENT, INTEGER, SheetBuilder } from "./builder";
import { writeChoiceLists } from "./choiceLists";
import { columnLetter } from "./plan";
import { PRICE_SCALE, sampleCategory } from "./samples";
import { TEMPLATE_INFO } from "./catalog";
import { dropdownWords, fill, SHEETS_EN } from "./sheets";
import type { ScenarioTemplate } from "./types";

const SAMPLE_SKUS: [string, number, number, number, number, number][] = [
  // SKU, price, unit cost, buyer shipping, seller discount, affiliate rate — in USD terms; the
  // products' names are the sheets catalog's `shopCatalog.products`, in this order
  ["TS-001", 19.99, 6.2, 0, 0, 0.1],
  ["HD-002", 44.99, 15.5, 0, 4.5, 0.12],
  ["MG-003", 14.99, 3.8, 3.99, 0, 0.08],
  ["PH-004", 12.99, 2.1, 0, 1.3, 0.15],
  ["LS-005", 24, 5.5, 0, 0, 0.2],
  ["CB-006", 34.5, 12, 5.99, 3, 0.1],
  ["YG-007", 39, 14.5, 0, 0, 0.1],
  ["EB-008", 59, 31, 0, 6, 0.08],
  ["CN-009", 18, 4.2, 3.99, 0, 0.15],
  ["BK-010", 6.99, 1.1, 1.99, 0, 0.25],
];

const FIRST = 9; // first data row
const ROWS = SAMPLE_SKUS.length;
const LAST = FIRST + ROWS - 1;
/** Totals and conditional formats reach this far, so pasted catalogs of up to ~1,000 SKUs are covered. */
const RESERVED_LAST = FIRST + 999;

/** The catalog's columns, in order, by what they hold (the header texts are the catalog's `columns`). */
const COLUMNS = [
  "sku",
  "product",
  "category",
  "quantity",
  "price",
  "cost",
  "shipping",
  "discount",
  "affiliate",
  "gap",
  "revenue",
  "fees",
  "net",
  "profit",
  "margin",
] as const;
type Column = (typeof COLUMNS)[number];

/** Named cells of the summary above the catalog. */
export const SHOP_CATALOG_CELLS = {
  market: "B3",
  shipCost: "B4",
  skus: "E3",
  revenue: "E4",
  fees: "E5",
  profit: "E6",
  margin: "H3",
  losing: "H4",
  rateBook: "H5",
  source: "H6",
} as const;
const SUMMARY = SHOP_CATALOG_CELLS;

export const shopCatalogTemplate: ScenarioTemplate = {
  ...TEMPLATE_INFO.shopCatalog,
  build(settings, text = SHEETS_EN) {
    const T = text.shopCatalog;
    const market = SHOP_MARKETS.find((m) => m.code === settings.market.toUpperCase()) ?? SHOP_MARKETS[0];
    const money = moneyFormat(market.currency);
    const scale = PRICE_SCALE[market.currency] ?? 1;
    const decimals = marketCurrency(market).minorUnit;
    const scaled = (v: number) => Number((v * scale).toFixed(decimals));

    const b = new SheetBuilder("shop-catalog", T.sheetName);
    b.set("A1", T.title, "title");
    b.set("A2", T.subtitle, "subtitle");
    // Named cells of the summary above the catalog; `abs` is the same cell fixed for formulas in every row.
    const abs = (cell: string) => cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
    b.input("A3", SUMMARY.market, T.market, market.code);
    b.input("A4", SUMMARY.shipCost, T.shipCost, scaled(4), money);

    // Column letters by what they hold, from the header's order.
    const col = (name: Column) => columnLetter(COLUMNS.indexOf(name));
    const all = (name: Column) => `${col(name)}${FIRST}:${col(name)}${RESERVED_LAST}`;
    b.set("D3", T.skus, "label").set(SUMMARY.skus, `=COUNT(${all("price")})`, "output", INTEGER);
    b.set("D4", T.revenue, "label").set(SUMMARY.revenue, `=SUM(${all("revenue")})`, "output", money);
    b.set("D5", T.fees, "label").set(SUMMARY.fees, `=SUM(${all("fees")})`, "output", money);
    b.set("D6", T.profit, "label").set(SUMMARY.profit, `=SUM(${all("profit")})`, "total", money);
    b.set("G3", T.margin, "label").set(
      SUMMARY.margin,
      `=IFERROR(${SUMMARY.profit}/${SUMMARY.revenue},0)`,
      "total",
      PERCENT,
    );
    b.set("G4", T.losing, "label").set(SUMMARY.losing, `=COUNTIF(${all("profit")},"<0")`, "output", INTEGER);

    const row = FIRST - 1;
    // Column J ("→") is a narrow gap between what you type and what is computed.
    COLUMNS.forEach((c, i) => b.set(`${columnLetter(i)}${row}`, c === "gap" ? "→" : T.columns[c], "header"));

    const m = abs(SUMMARY.market);
    const ship = abs(SUMMARY.shipCost);
    SAMPLE_SKUS.forEach(([sku, price, cost, shipping, discount, affiliate], i) => {
      const r = FIRST + i;
      const name = T.products[i];
      const c = (column: Column) => `${col(column)}${r}`;
      const order = `${c("price")},${m},${c("category")},${c("quantity")},${c("shipping")},${c("discount")}`;
      const costs = `${c("price")},${c("cost")},${m},${c("category")},${c("quantity")},${c("shipping")},${c("discount")},0,${c("affiliate")},${ship}`;
      b.set(c("sku"), sku, "input")
        .set(c("product"), name, "input")
        .set(c("category"), sampleCategory(market.code), "input")
        .set(c("quantity"), 1, "input", INTEGER);
      b.set(c("price"), scaled(price), "input", money).set(c("cost"), scaled(cost), "input", money);
      b.set(c("shipping"), scaled(shipping), "input", money).set(c("discount"), scaled(discount), "input", money);
      b.set(c("affiliate"), affiliate, "input", PERCENT);
      b.set(c("revenue"), `=${c("price")}*${c("quantity")}-${c("discount")}+${c("shipping")}`, "output", money);
      b.set(c("fees"), `=TIKTOK.SHOPFEE(${order})`, "output", money);
      b.set(c("net"), `=TIKTOK.SHOPNET(${order},0,${c("affiliate")})`, "output", money);
      b.set(c("profit"), `=TIKTOK.SHOPPROFIT(${costs})`, "output", money);
      b.set(c("margin"), `=TIKTOK.SHOPMARGIN(${costs})`, "output", PERCENT);
    });
    const lastColumn = columnLetter(COLUMNS.length - 1);
    // An Excel table: rows pasted or typed under it join it, and its calculated columns (the grey
    // ones) fill them, so a catalog of any length is computed and counted alike.
    b.table({
      name: "TikTokCatalog",
      range: `A${row}:${lastColumn}${LAST}`,
      style: "TableStyleLight9",
      calculatedColumns: (["revenue", "fees", "net", "profit", "margin"] as const).map(col),
    });
    // Amounts follow the market cell: typing DE over US shows € as well as computing in euros.
    const span = (from: Column, to: Column) => `${col(from)}${FIRST}:${col(to)}${RESERVED_LAST}`;
    for (const range of [
      SUMMARY.shipCost,
      `${SUMMARY.revenue}:${SUMMARY.profit}`,
      span("price", "discount"),
      span("revenue", "profit"),
    ])
      b.followMarket(range, m);
    // The dropdown lists sit right of the catalog, so pasted rows never reach them.
    const lists = writeChoiceLists(b, 3, COLUMNS.length + 1, text);
    b.dropdown({
      range: SUMMARY.market,
      source: lists.markets,
      strict: false,
      words: dropdownWords(text, false),
      prompt: text.common.marketPrompt,
    });
    b.dropdown({
      range: all("category"),
      source: lists.categoriesOf(m),
      categoriesOf: m,
      strict: false,
      words: dropdownWords(text, false),
      prompt: fill(T.categoryPrompt, { cell: SUMMARY.market }),
    });
    b.highlightNegative(span("profit", "margin"));
    b.freezeRows(row);

    // The footer sits above the table, so a pasted catalog of any length never runs into it.
    b.set("G5", text.common.rateBook, "footer").set(SUMMARY.rateBook, "=TIKTOK.RATEBOOK()", "footer");
    b.set("G6", text.common.commissionSource, "footer").set(
      SUMMARY.source,
      `=TIKTOK.RATESOURCE("commission",${m})`,
      "footer",
    );
    b.set("A6", T.note, "note");
    // A and G hold the summary's labels too ("Your shipping cost per order", "SKUs losing money").
    b.width("A", 150).width("B", 140).width("C", 110);
    for (const c of "DEFGHIKLMNO") b.width(c, 86);
    b.width("G", 112);
    // The lists: market codes, then one column of categories per market.
    b.width(columnLetter(COLUMNS.length + 1), 60);
    b.width("J", 20);
    return b.build();
  },
};
