/** Template 1: one product's unit economics side by side in four markets. */
import { MARKETS, SHOP_MARKETS } from "../core/rates/markets";
import { moneyFormat, PERCENT, RATIO, SheetBuilder } from "./builder";
import { writeChoiceLists } from "./choiceLists";
import { rateBookFooter } from "./footer";
import { RowLayout } from "./layout";
import { sampleCategory } from "./samples";
import { columnLetter } from "./plan";
import { TEMPLATE_INFO } from "./catalog";
import { dropdownWords, fill, literal, SHEETS_EN, type SheetsCatalog } from "./sheets";
import type { ScenarioTemplate, TemplateSettings } from "./types";

/** Sample inputs per market, in each market's currency (a product selling for about $25). */
const SAMPLES: Record<string, { price: number; cost: number; shipCost: number; ad: number }> = {
  US: { price: 25, cost: 8, shipCost: 4, ad: 3 },
  UK: { price: 20, cost: 6.5, shipCost: 3, ad: 2.5 },
  DE: { price: 23, cost: 7.5, shipCost: 4, ad: 3 },
  ID: { price: 350000, cost: 110000, shipCost: 15000, ad: 40000 },
  MY: { price: 99, cost: 32, shipCost: 8, ad: 12 },
  TH: { price: 790, cost: 250, shipCost: 45, ad: 90 },
};

function marketsFor(settings: TemplateSettings): string[] {
  const first = SHOP_MARKETS.find((m) => m.code === settings.market.toUpperCase())
    ? settings.market.toUpperCase()
    : "US";
  return [first, ...["US", "UK", "DE", "ID", "MY"].filter((c) => c !== first)].slice(0, 4);
}

type Kind = "money" | "rate" | "text" | "ratio";

/** Rows the chart spans (about 320 px). */
const CHART_ROWS = 16;

type Words = SheetsCatalog["shopPnl"];

/** One row of the sheet: its name (for formulas and its label's key), and what each market column holds. */
interface Line {
  readonly name: keyof Words;
  readonly kind: Kind;
  /** The column's value or formula; `at(name)` is that column's cell of a named row. */
  readonly content: (at: (name: string) => string, market: string, words: Words) => number | string;
}

const sample = (m: string) => SAMPLES[m] ?? SAMPLES.US;

const INPUTS: readonly Line[] = [
  { name: "market", kind: "text", content: (_at, m) => m },
  {
    name: "category",
    kind: "text",
    content: (_a, m) => sampleCategory(m),
  },
  { name: "price", kind: "money", content: (_a, m) => sample(m).price },
  { name: "cost", kind: "money", content: (_a, m) => sample(m).cost },
  { name: "shipping", kind: "money", content: () => 0 },
  { name: "sellerDiscount", kind: "money", content: () => 0 },
  { name: "platformDiscount", kind: "money", content: () => 0 },
  { name: "affiliate", kind: "rate", content: () => 0.1 },
  { name: "shipCost", kind: "money", content: (_a, m) => sample(m).shipCost },
  { name: "returns", kind: "rate", content: () => 0.05 },
  { name: "ad", kind: "money", content: (_a, m) => sample(m).ad },
  { name: "target", kind: "rate", content: () => 0.25 },
];

/** The order terms every fee function takes after the price: market, category, quantity 1, shipping, discounts. */
const terms = (at: (n: string) => string) =>
  `${at("market")},${at("category")},1,${at("shipping")},${at("sellerDiscount")},${at("platformDiscount")}`;
/** The seller's costs after the terms: affiliate rate, shipping cost, returns, ads. */
const costs = (at: (n: string) => string) => `${at("affiliate")},${at("shipCost")},${at("returns")},${at("ad")}`;

const OUTPUTS: readonly Line[] = [
  {
    name: "commission",
    kind: "money",
    content: (at) => `=TIKTOK.SHOPCOMMISSION(${at("price")},${terms(at)})`,
  },
  {
    name: "otherFees",
    kind: "money",
    content: (at) => `=${at("fees")}-${at("commission")}`,
  },
  {
    name: "fees",
    kind: "money",
    content: (at) => `=TIKTOK.SHOPFEE(${at("price")},${terms(at)})`,
  },
  {
    name: "affiliateCost",
    kind: "money",
    content: (at) => `=${at("affiliate")}*(${at("price")}-${at("sellerDiscount")}-${at("platformDiscount")})`,
  },
  {
    name: "net",
    kind: "money",
    content: (at) => `=TIKTOK.SHOPNET(${at("price")},${terms(at)},${at("affiliate")})`,
  },
  {
    name: "profit",
    kind: "money",
    content: (at) => `=TIKTOK.SHOPPROFIT(${at("price")},${at("cost")},${terms(at)},${costs(at)})`,
  },
  {
    name: "margin",
    kind: "rate",
    content: (at) => `=TIKTOK.SHOPMARGIN(${at("price")},${at("cost")},${terms(at)},${costs(at)})`,
  },
  {
    name: "targetPrice",
    kind: "money",
    content: (at) => `=TIKTOK.SHOPPRICE(${at("cost")},${at("target")},${terms(at)},${costs(at)})`,
  },
  {
    name: "breakEven",
    kind: "money",
    content: (at) => `=TIKTOK.BREAKEVENPRICE(${at("cost")},${terms(at)},${costs(at)})`,
  },
  {
    name: "breakEvenRoas",
    kind: "ratio",
    content: (at, _m, words) =>
      `=IFERROR((${at("price")}-${at("sellerDiscount")}+${at("shipping")})/(${at("profit")}+${at("ad")}),${literal(words.notApplicable)})`,
  },
];

/** Chart data: fees, affiliate and profit as a share of the price, comparable across currencies. */
const SHARES: readonly Line[] = [
  {
    name: "shareFees",
    kind: "rate",
    content: (at) => `=IFERROR(${at("fees")}/${at("price")},0)`,
  },
  {
    name: "shareAffiliate",
    kind: "rate",
    content: (at) => `=IFERROR(${at("affiliateCost")}/${at("price")},0)`,
  },
  { name: "shareProfit", kind: "rate", content: (at) => `=IFERROR(${at("profit")}/${at("price")},0)` },
];

/** The rows as laid out on the sheet; exported so tests address cells by name too. */
export function shopPnlLayout(): RowLayout {
  const rows = new RowLayout(4);
  rows.add("inputsTitle");
  for (const l of INPUTS) rows.add(l.name);
  rows.skip();
  rows.add("resultsTitle");
  for (const l of OUTPUTS) rows.add(l.name);
  rows.skip();
  rows.add("sharesTitle");
  rows.add("sharesHeader");
  for (const l of SHARES) rows.add(l.name);
  // The chart sits right under its data, in the columns already on screen (right of them it would
  // lie under the task pane).
  rows.add("chart");
  rows.skip(CHART_ROWS);
  rows.add("footer");
  return rows;
}

export const shopPnlTemplate: ScenarioTemplate = {
  ...TEMPLATE_INFO.shopPnl,
  build(settings, text = SHEETS_EN) {
    const T = text.shopPnl;
    const markets = marketsFor(settings);
    const rows = shopPnlLayout();
    const b = new SheetBuilder("shop-pnl", T.sheetName);
    b.set("A1", T.title, "title");
    b.set("A2", T.subtitle, "subtitle");
    b.set(rows.cell("A", "inputsTitle"), T.inputs, "section");
    b.set(rows.cell("A", "resultsTitle"), T.results, "section");
    b.set(rows.cell("A", "sharesTitle"), T.shares, "section");
    b.set(rows.cell("A", "sharesHeader"), T.market, "header");
    for (const l of [...INPUTS, ...OUTPUTS, ...SHARES]) b.set(rows.cell("A", l.name), T[l.name], "label");

    const first = columnLetter(1);
    const last = columnLetter(markets.length);
    const roleOf = (l: Line, block: "input" | "output") =>
      l.name === "market" ? "header" : l.name === "profit" ? "total" : block;
    markets.forEach((m, i) => {
      const col = columnLetter(i + 1);
      const at = (name: string) => rows.cell(col, name);
      const money = moneyFormat(MARKETS.find((x) => x.code === m)!.currency);
      const format = (k: Kind) => (k === "money" ? money : k === "rate" ? PERCENT : k === "ratio" ? RATIO : undefined);
      for (const l of INPUTS) b.set(at(l.name), l.content(at, m, T), roleOf(l, "input"), format(l.kind));
      for (const l of OUTPUTS) b.set(at(l.name), l.content(at, m, T), roleOf(l, "output"), format(l.kind));
      b.set(at("sharesHeader"), `=${at("market")}`, "header");
      for (const l of SHARES) b.set(at(l.name), l.content(at, m, T), "output", format(l.kind));
    });
    b.highlightNegative(`${first}${rows.row("profit")}:${last}${rows.row("margin")}`);

    // Amounts follow each column's market cell: typing FR over UK shows € as well as computing in euros.
    const marketCell = `${first}$${rows.row("market")}`;
    for (const block of [INPUTS, OUTPUTS]) {
      let start: number | null = null;
      block.forEach((l, i) => {
        const money = l.kind === "money";
        if (money && start === null) start = rows.row(l.name);
        const endsHere = money && (i === block.length - 1 || block[i + 1].kind !== "money");
        if (endsHere && start !== null) {
          b.followMarket(`${first}${start}:${last}${rows.row(l.name)}`, marketCell);
          start = null;
        }
      });
    }

    b.chart({
      kind: "ColumnClustered",
      source: `A${rows.row("sharesHeader")}:${last}${rows.row("shareProfit")}`,
      seriesBy: "Rows",
      title: T.chartTitle,
      from: `A${rows.row("chart") + 1}`,
      to: `${last}${rows.row("chart") + CHART_ROWS}`,
    });

    const sources = markets.map((_m, i) => {
      const col = columnLetter(i + 1);
      const m = rows.cell(col, "market");
      const c = rows.cell(col, "category");
      return { label: fill(T.commissionSource, { cell: m }), formula: `=TIKTOK.RATESOURCE("commission",${m},${c})` };
    });
    const afterFooter = rateBookFooter(b, rows.row("footer"), sources, text);

    // The dropdown lists right of the sheet (column G on), where widening their columns to fit the
    // category names leaves the market columns as they are.
    const lists = writeChoiceLists(b, afterFooter + 1, markets.length + 2, text);
    b.dropdown({
      range: `${first}${rows.row("market")}:${last}${rows.row("market")}`,
      source: lists.markets,
      strict: false,
      words: dropdownWords(text, false),
      prompt: text.common.marketPrompt,
    });
    markets.forEach((_m, i) => {
      const col = columnLetter(i + 1);
      const marketCell = `$${col}$${rows.row("market")}`;
      b.dropdown({
        range: rows.cell(col, "category"),
        source: lists.categoriesOf(marketCell),
        categoriesOf: marketCell,
        strict: false,
        words: dropdownWords(text, false),
        prompt: fill(T.categoryPrompt, { cell: `${col}${rows.row("market")}` }),
      });
    });

    b.width("A", 230);
    for (let i = 1; i <= markets.length; i++) b.width(columnLetter(i), 95);
    return b.build();
  },
};
