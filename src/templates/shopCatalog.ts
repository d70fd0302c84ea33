/** Template 2: a catalog of SKUs in one market with fees, net, profit and margin per row. */
import { MARKETS } from "../core/rates/markets";
import { moneyFormat, PERCENT, INTEGER, SheetBuilder } from "./builder";
import { writeChoiceLists } from "./choiceLists";
import { PRICE_SCALE, sampleCategory } from "./samples";
import type { ScenarioTemplate } from "./types";

const SAMPLE_SKUS: [string, string, number, number, number, number, number][] = [
  // SKU, product, price, unit cost, buyer shipping, seller discount, affiliate rate — in USD terms
  ["TS-001", "Graphic T-shirt", 19.99, 6.2, 0, 0, 0.1],
  ["HD-002", "Zip hoodie", 44.99, 15.5, 0, 4.5, 0.12],
  ["MG-003", "Ceramic mug", 14.99, 3.8, 3.99, 0, 0.08],
  ["PH-004", "Phone case", 12.99, 2.1, 0, 1.3, 0.15],
  ["LS-005", "Lip serum", 24, 5.5, 0, 0, 0.2],
  ["CB-006", "Cutting board", 34.5, 12, 5.99, 3, 0.1],
  ["YG-007", "Yoga mat", 39, 14.5, 0, 0, 0.1],
  ["EB-008", "Wireless earbuds", 59, 31, 0, 6, 0.08],
  ["CN-009", "Scented candle", 18, 4.2, 3.99, 0, 0.15],
  ["BK-010", "Sticker pack", 6.99, 1.1, 1.99, 0, 0.25],
];

const FIRST = 9; // first data row
const ROWS = SAMPLE_SKUS.length;
const LAST = FIRST + ROWS - 1;
/** Totals and conditional formats reach this far, so pasted catalogs of up to ~1,000 SKUs are covered. */
const RESERVED_LAST = FIRST + 999;

export const shopCatalogTemplate: ScenarioTemplate = {
  id: "shop-catalog",
  title: "Shop catalog margins",
  purpose: "Fees, net proceeds, profit and margin for every SKU in a catalog — paste your own rows.",
  asks: ["market", "per SKU: price, unit cost, shipping, discount, affiliate rate"],
  build(settings) {
    const market = MARKETS.find((m) => m.code === settings.market.toUpperCase()) ?? MARKETS[0];
    const money = moneyFormat(market.currency);
    const scale = PRICE_SCALE[market.currency] ?? 1;
    const decimals = market.currency === "IDR" || market.currency === "VND" || market.currency === "JPY" ? 0 : 2;
    const scaled = (v: number) => Number((v * scale).toFixed(decimals));

    const b = new SheetBuilder("shop-catalog", "Shop catalog margins");
    b.set("A1", "Shop catalog margins", "title");
    b.set(
      "A2",
      "Paste your SKUs over the sample rows (yellow columns); the grey columns are live formulas.",
      "subtitle",
    );
    b.input("A3", "B3", "Market", market.code);
    b.input("A4", "B4", "Your shipping cost per order", scaled(4), money);

    b.set("D3", "SKUs", "label").set("E3", `=COUNT(E${FIRST}:E${RESERVED_LAST})`, "output", INTEGER);
    b.set("D4", "Revenue", "label").set("E4", `=SUM(K${FIRST}:K${RESERVED_LAST})`, "output", money);
    b.set("D5", "TikTok fees", "label").set("E5", `=SUM(L${FIRST}:L${RESERVED_LAST})`, "output", money);
    b.set("D6", "Profit", "label").set("E6", `=SUM(N${FIRST}:N${RESERVED_LAST})`, "total", money);
    b.set("G3", "Margin", "label").set("H3", `=IFERROR(E6/E4,0)`, "total", PERCENT);
    b.set("G4", "SKUs losing money", "label").set(
      "H4",
      `=COUNTIF(N${FIRST}:N${RESERVED_LAST},"<0")`,
      "output",
      INTEGER,
    );

    const header = [
      "SKU",
      "Product",
      "Category",
      "Quantity",
      "Unit price",
      "Unit cost",
      "Buyer shipping",
      "Seller discount",
      "Affiliate rate",
      "→",
      "Revenue",
      "TikTok fees",
      "Net proceeds",
      "Profit",
      "Margin",
    ];
    const row = FIRST - 1;
    // Column J ("→") is a narrow gap between what you type and what is computed.
    header.forEach((h, i) => b.set(`${String.fromCharCode(65 + i)}${row}`, h, "header"));

    SAMPLE_SKUS.forEach(([sku, name, price, cost, ship, discount, affiliate], i) => {
      const r = FIRST + i;
      const args = `E${r},$B$3,C${r},D${r},G${r},H${r}`;
      b.set(`A${r}`, sku, "input")
        .set(`B${r}`, name, "input")
        .set(`C${r}`, sampleCategory(market.code), "input")
        .set(`D${r}`, 1, "input", INTEGER);
      b.set(`E${r}`, scaled(price), "input", money).set(`F${r}`, scaled(cost), "input", money);
      b.set(`G${r}`, scaled(ship), "input", money).set(`H${r}`, scaled(discount), "input", money);
      b.set(`I${r}`, affiliate, "input", PERCENT);
      b.set(`K${r}`, `=E${r}*D${r}-H${r}+G${r}`, "output", money);
      b.set(`L${r}`, `=TIKTOK.SHOPFEE(${args})`, "output", money);
      b.set(`M${r}`, `=TIKTOK.SHOPNET(${args},0,I${r})`, "output", money);
      b.set(`N${r}`, `=TIKTOK.SHOPPROFIT(E${r},F${r},$B$3,C${r},D${r},G${r},H${r},0,I${r},$B$4)`, "output", money);
      b.set(`O${r}`, `=TIKTOK.SHOPMARGIN(E${r},F${r},$B$3,C${r},D${r},G${r},H${r},0,I${r},$B$4)`, "output", PERCENT);
    });
    b.table({ name: "TikTokCatalog", range: `A${row}:O${LAST}`, style: "TableStyleLight9" });
    // Amounts follow the market cell: typing DE over US shows € as well as computing in euros.
    for (const range of ["B4", "E4:E6", `E${FIRST}:H${RESERVED_LAST}`, `K${FIRST}:N${RESERVED_LAST}`])
      b.followMarket(range, "$B$3");
    // The dropdown lists sit right of the catalog, so pasted rows never reach them.
    const lists = writeChoiceLists(b, 3, [market.code], 16);
    b.dropdown({
      range: "B3",
      source: lists.markets,
      strict: false,
      prompt: "Pick a market; amounts switch to its currency.",
    });
    b.dropdown({
      range: `C${FIRST}:C${RESERVED_LAST}`,
      source: lists.categories(market.code),
      strict: false,
      prompt: `A category of ${market.code}'s commission table, All for the market default, or your own rate (e.g. 6%).`,
    });
    b.highlightNegative(`N${FIRST}:O${RESERVED_LAST}`);
    b.freezeRows(row);

    // The footer sits above the table, so a pasted catalog of any length never runs into it.
    b.set("G5", "Rate book", "footer").set("H5", "=TIKTOK.RATEBOOK()", "footer");
    b.set("G6", "Commission source", "footer").set("H6", `=TIKTOK.RATESOURCE("commission",$B$3)`, "footer");
    b.set(
      "A6",
      "Rates are public figures with dates and sources; check Seller Center for your shop's own rates.",
      "note",
    );
    b.width("A", 80).width("B", 140).width("C", 110);
    for (const c of "DEFGHIKLMNO") b.width(c, 86);
    b.width("Q", 60).width("R", 150);
    b.width("J", 12);
    return b.build();
  },
};
