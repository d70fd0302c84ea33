/** Template 1: one product's unit economics side by side in four markets. */
import { MARKETS } from "../core/rates/markets";
import { moneyFormat, PERCENT, RATIO, SheetBuilder } from "./builder";
import { rateBookFooter } from "./footer";
import { sampleCategory } from "./samples";
import { columnLetter } from "./plan";
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
  const first = MARKETS.find((m) => m.code === settings.market.toUpperCase()) ? settings.market.toUpperCase() : "US";
  return [first, ...["US", "UK", "DE", "ID", "MY"].filter((c) => c !== first)].slice(0, 4);
}

export const shopPnlTemplate: ScenarioTemplate = {
  id: "shop-pnl",
  title: "Shop product P&L across markets",
  purpose: "One product's fees, net proceeds, profit and margin in four TikTok Shop markets, side by side.",
  asks: ["price and unit cost per market", "shipping, discounts", "affiliate rate, returns, ad cost"],
  build(settings) {
    const markets = marketsFor(settings);
    const b = new SheetBuilder("shop-pnl", "Shop P&L by market");
    b.set("A1", "Shop product P&L across markets", "title");
    b.set(
      "A2",
      "Change the yellow cells. Every result is a live formula; amounts are in each market's currency.",
      "subtitle",
    );
    b.set("A4", "Inputs", "section");
    const inputRows: [number, string, (m: string) => number | string, "money" | "rate" | "text"][] = [
      [5, "Market", (m) => m, "text"],
      [6, "Category (All = market default, or a rate)", (m) => sampleCategory(m), "text"],
      [7, "Unit price", (m) => (SAMPLES[m] ?? SAMPLES.US).price, "money"],
      [8, "Unit cost", (m) => (SAMPLES[m] ?? SAMPLES.US).cost, "money"],
      [9, "Shipping paid by the buyer", () => 0, "money"],
      [10, "Seller discount", () => 0, "money"],
      [11, "TikTok (platform) discount", () => 0, "money"],
      [12, "Affiliate commission rate", () => 0.1, "rate"],
      [13, "Your shipping cost per order", (m) => (SAMPLES[m] ?? SAMPLES.US).shipCost, "money"],
      [14, "Return rate", () => 0.05, "rate"],
      [15, "Ad cost per order", (m) => (SAMPLES[m] ?? SAMPLES.US).ad, "money"],
      [16, "Target margin", () => 0.25, "rate"],
    ];
    for (const [row, label] of inputRows) b.set(`A${row}`, label, "label");
    markets.forEach((m, i) => {
      const col = columnLetter(i + 1);
      const currency = MARKETS.find((x) => x.code === m)!.currency;
      for (const [row, , value, kind] of inputRows) {
        const format = kind === "money" ? moneyFormat(currency) : kind === "rate" ? PERCENT : undefined;
        b.set(`${col}${row}`, value(m), row === 5 ? "header" : "input", format);
      }
    });

    b.set("A18", "Results per order", "section");
    const outputs: [number, string, (c: string) => string, "money" | "rate" | "ratio"][] = [
      [19, "Commission", (c) => `=TIKTOK.SHOPCOMMISSION(${c}7,${c}5,${c}6,1,${c}9,${c}10,${c}11)`, "money"],
      [20, "Other TikTok fees", (c) => `=${c}21-${c}19`, "money"],
      [21, "Total TikTok fees", (c) => `=TIKTOK.SHOPFEE(${c}7,${c}5,${c}6,1,${c}9,${c}10,${c}11)`, "money"],
      [22, "Affiliate commission", (c) => `=${c}12*(${c}7-${c}10-${c}11)`, "money"],
      [
        23,
        "Net proceeds (settlement)",
        (c) => `=TIKTOK.SHOPNET(${c}7,${c}5,${c}6,1,${c}9,${c}10,${c}11,${c}12)`,
        "money",
      ],
      [
        24,
        "Profit per order",
        (c) => `=TIKTOK.SHOPPROFIT(${c}7,${c}8,${c}5,${c}6,1,${c}9,${c}10,${c}11,${c}12,${c}13,${c}14,${c}15)`,
        "money",
      ],
      [
        25,
        "Margin",
        (c) => `=TIKTOK.SHOPMARGIN(${c}7,${c}8,${c}5,${c}6,1,${c}9,${c}10,${c}11,${c}12,${c}13,${c}14,${c}15)`,
        "rate",
      ],
      [
        26,
        "Price for the target margin",
        (c) => `=TIKTOK.SHOPPRICE(${c}8,${c}16,${c}5,${c}6,1,${c}9,${c}10,${c}11,${c}12,${c}13,${c}14,${c}15)`,
        "money",
      ],
      [
        27,
        "Break-even price",
        (c) => `=TIKTOK.BREAKEVENPRICE(${c}8,${c}5,${c}6,1,${c}9,${c}10,${c}11,${c}12,${c}13,${c}14,${c}15)`,
        "money",
      ],
      [
        28,
        "Break-even ROAS (revenue ÷ ad spend)",
        (c) => `=IFERROR((${c}7-${c}10+${c}9)/(${c}24+${c}15),"n/a")`,
        "ratio",
      ],
    ];
    for (const [row, label] of outputs) b.set(`A${row}`, label, "label");
    markets.forEach((m, i) => {
      const col = columnLetter(i + 1);
      const currency = MARKETS.find((x) => x.code === m)!.currency;
      for (const [row, , formula, kind] of outputs) {
        const format = kind === "money" ? moneyFormat(currency) : kind === "rate" ? PERCENT : RATIO;
        b.set(`${col}${row}`, formula(col), row === 24 ? "total" : "output", format);
      }
    });
    b.highlightNegative(`B24:${columnLetter(markets.length)}25`);

    // Chart data: fees, affiliate and profit as a share of the price, comparable across currencies.
    b.set("A30", "Share of the price", "section");
    b.set("A31", "Market", "header");
    b.set("A32", "TikTok fees", "label").set("A33", "Affiliate", "label").set("A34", "Profit", "label");
    markets.forEach((_m, i) => {
      const col = columnLetter(i + 1);
      b.set(`${col}31`, `=${col}5`, "header");
      b.set(`${col}32`, `=IFERROR(${col}21/${col}7,0)`, "output", PERCENT);
      b.set(`${col}33`, `=IFERROR(${col}22/${col}7,0)`, "output", PERCENT);
      b.set(`${col}34`, `=IFERROR(${col}24/${col}7,0)`, "output", PERCENT);
    });
    const last = columnLetter(markets.length);
    b.chart({
      kind: "ColumnClustered",
      source: `A31:${last}34`,
      seriesBy: "Rows",
      title: "Where the price goes, by market",
      from: "G4",
      to: "N20",
    });

    const sources = markets.map((_m, i) => {
      const col = columnLetter(i + 1);
      return { label: `Commission source (${col}5)`, formula: `=TIKTOK.RATESOURCE("commission",${col}5,${col}6)` };
    });
    rateBookFooter(b, 36, sources);
    b.width("A", 230);
    for (let i = 1; i <= markets.length; i++) b.width(columnLetter(i), 95);
    return b.build();
  },
};
