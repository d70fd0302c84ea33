/** Template 3: a LIVE creator's gifts → coins → diamonds → payout, a month of streams, and the waterfall. */
import { giftCoins } from "../core/live";
import { INTEGER, moneyFormat, PERCENT, SheetBuilder } from "./builder";
import { rateBookFooter } from "./footer";
import { RowLayout } from "./layout";
import { columnLetter } from "./plan";
import { TEMPLATE_INFO } from "./catalog";
import { literal, SHEETS_EN } from "./sheets";
import type { ScenarioTemplate } from "./types";

const USD = moneyFormat("USD");
/** Rows a chart spans (about 320 px). */
const CHART_ROWS = 16;
/** Gifts a mid-sized LIVE stream might receive: a sample to overwrite. */
const SAMPLE_GIFTS: [string, number][] = [
  ["Rose", 400],
  ["Finger Heart", 80],
  ["Hand Wave", 30],
  ["Lollipop", 20],
  ["Rainbow Puke", 3],
  ["Galaxy", 2],
  ["Lion", 0],
];
/** The rows as laid out on the sheet, by name; exported so tests address cells by name too. */
export function liveEarningsLayout(): RowLayout {
  const rows = new RowLayout(4);
  rows.add("assumptions");
  for (const name of ["streams", "coinsPerDiamond", "usdPerDiamond", "agencyShare", "withdrawalFee", "buyChannel"])
    rows.add(name);
  rows.skip();
  rows.add("giftsTitle");
  rows.add("giftsHeader");
  SAMPLE_GIFTS.forEach((_g, i) => rows.add(`gift${i}`));
  rows.add("perStream");
  rows.skip();
  rows.add("monthTitle");
  for (const name of [
    "monthCoins",
    "monthDiamonds",
    "monthCash",
    "monthCashOther",
    "viewerSpend",
    "creatorShare",
    "diamondsFor1000",
    "withdrawable",
  ])
    rows.add(name);
  rows.skip();
  rows.add("waterfallTitle");
  rows.add("waterfall");
  return rows;
}

export const liveEarningsTemplate: ScenarioTemplate = {
  ...TEMPLATE_INFO.liveEarnings,
  build(_settings, text = SHEETS_EN) {
    const T = text.liveEarnings;
    const b = new SheetBuilder("live-earnings", T.sheetName);
    b.set("A1", T.title, "title");
    b.set("A2", T.subtitle, "subtitle");

    const rows = liveEarningsLayout();
    const at = (column: string, name: string) => rows.cell(column, name);
    const fixed = (name: string) => `$B$${rows.row(name)}`;
    b.set(at("A", "assumptions"), text.common.assumptions, "section");
    b.input(at("A", "streams"), at("B", "streams"), T.streams, 12, INTEGER);
    b.input(at("A", "coinsPerDiamond"), at("B", "coinsPerDiamond"), T.coinsPerDiamond, 1, INTEGER).set(
      at("C", "coinsPerDiamond"),
      T.coinsPerDiamondNote,
      "note",
    );
    b.input(
      at("A", "usdPerDiamond"),
      at("B", "usdPerDiamond"),
      T.usdPerDiamond,
      '=TIKTOK.RATE("usdPerDiamond")',
      "0.000",
    ).set(at("C", "usdPerDiamond"), T.usdPerDiamondNote, "note");
    b.input(at("A", "agencyShare"), at("B", "agencyShare"), T.agencyShare, 0, PERCENT).set(
      at("C", "agencyShare"),
      T.agencyShareNote,
      "note",
    );
    b.input(at("A", "withdrawalFee"), at("B", "withdrawalFee"), T.withdrawalFee, 0, USD).set(
      at("C", "withdrawalFee"),
      T.withdrawalFeeNote,
      "note",
    );
    b.input(at("A", "buyChannel"), at("B", "buyChannel"), T.buyChannel, "ios").set(
      at("C", "buyChannel"),
      T.buyChannelNote,
      "note",
    );

    b.set(at("A", "giftsTitle"), T.giftsTitle, "section");
    T.giftsHeader.forEach((h, i) => b.set(at(columnLetter(i), "giftsHeader"), h, "header"));
    const first = rows.row("gift0");
    const last = rows.row(`gift${SAMPLE_GIFTS.length - 1}`);
    SAMPLE_GIFTS.forEach(([gift, count], i) => {
      const r = rows.row(`gift${i}`);
      giftCoins(gift); // the sample must name a gift the catalog knows
      b.set(`A${r}`, gift, "input").set(`B${r}`, count, "input", INTEGER);
      b.set(`C${r}`, `=TIKTOK.GIFTCOINS(A${r})`, "output", INTEGER);
      b.set(`D${r}`, `=B${r}*C${r}`, "output", INTEGER);
      b.set(`E${r}`, `=TIKTOK.GIFTDIAMONDS(A${r},B${r},${fixed("coinsPerDiamond")})`, "output", INTEGER);
      b.set(`F${r}`, `=TIKTOK.DIAMONDPAYOUT(E${r},${fixed("usdPerDiamond")},${fixed("agencyShare")})`, "output", USD);
      b.set(`G${r}`, `=F${r}*${fixed("streams")}`, "output", USD);
    });
    const t = rows.row("perStream");
    b.set(`A${t}`, T.perStream, "total");
    for (const c of ["D", "E"]) b.set(`${c}${t}`, `=SUM(${c}${first}:${c}${last})`, "total", INTEGER);
    for (const c of ["F", "G"]) b.set(`${c}${t}`, `=SUM(${c}${first}:${c}${last})`, "total", USD);

    // Inputs and results of the month, read by name: B("streams") is the streams-per-month cell.
    const B = (name: string) => at("B", name);
    b.set(at("A", "monthTitle"), T.monthTitle, "section");
    const month: [string, string, string, string?][] = [
      ["monthCoins", T.monthCoins, `=D${t}*${B("streams")}`, INTEGER],
      ["monthDiamonds", T.monthDiamonds, `=ROUNDDOWN(${B("monthCoins")}/${B("coinsPerDiamond")},0)`, INTEGER],
      [
        "monthCash",
        T.monthCash,
        `=TIKTOK.DIAMONDPAYOUT(${B("monthDiamonds")},${B("usdPerDiamond")},${B("agencyShare")},${B("withdrawalFee")})`,
        USD,
      ],
      // No source settles the coins-per-diamond ratio (1 in TikTok's own "about half" statements, 2 in
      // many calculators), so the month is shown under the other figure too.
      [
        "monthCashOther",
        T.monthCashOther,
        `=TIKTOK.DIAMONDPAYOUT(ROUNDDOWN(${B("monthCoins")}/IF(${B("coinsPerDiamond")}=2,1,2),0),${B("usdPerDiamond")},${B("agencyShare")},${B("withdrawalFee")})`,
        USD,
      ],
      ["viewerSpend", T.viewerSpend, `=TIKTOK.COINCOST(${B("monthCoins")},${B("buyChannel")},"perCoin")`, USD],
      ["creatorShare", T.creatorShare, `=IFERROR(${B("monthCash")}/${B("viewerSpend")},0)`, PERCENT],
      [
        "diamondsFor1000",
        T.diamondsFor1000,
        `=TIKTOK.DIAMONDSFORPAYOUT(1000,${B("usdPerDiamond")},${B("agencyShare")},${B("withdrawalFee")})`,
        INTEGER,
      ],
      [
        "withdrawable",
        T.withdrawable,
        `=IF(${B("monthCash")}>=TIKTOK.RATE("withdrawalMinimum"),${literal(T.yes)},${literal(T.notYet)})`,
      ],
    ];
    for (const [name, label, formula, format] of month) b.output(at("A", name), B(name), label, formula, format);

    const w = rows.row("waterfallTitle");
    b.set(`A${w}`, T.waterfallTitle, "section");
    b.set(
      at("A", "waterfall"),
      `=TIKTOK.LIVEWATERFALL(${B("monthCoins")},${B("buyChannel")},${B("coinsPerDiamond")},${B("usdPerDiamond")},${B("agencyShare")},${B("withdrawalFee")})`,
      "output",
    );
    b.set(`D${w}`, T.spillNote, "note");
    // Formats for the spilled cells (left empty so the table has room to spill): its rows 1–6 below the formula.
    for (let i = 2; i <= 7; i++) b.set(`B${w + i}`, "", undefined, USD).set(`C${w + i}`, "", undefined, PERCENT);
    // The pie right under the table it shows (the spilled waterfall, rows w+1 to w+7), where no note runs.
    const pieTop = w + 9;
    b.chart({
      kind: "Pie",
      source: `A${w + 2}:B${w + 6}`,
      title: T.pieTitle,
      from: `A${pieTop}`,
      to: `B${pieTop + CHART_ROWS - 1}`,
    });

    const footerEnd = rateBookFooter(
      b,
      pieTop + CHART_ROWS + 1,
      [
        { label: T.diamondSource, formula: '=TIKTOK.RATESOURCE("usdPerDiamond")' },
        { label: T.giftSource, formula: '=TIKTOK.RATESOURCE("giftCoins",,"Lion")' },
      ],
      text,
    );
    // Chart data: each gift beside its monthly payout (a chart needs the two side by side).
    const c = footerEnd + 1;
    b.set(`A${c}`, text.common.chartData, "section");
    b.set(`A${c + 1}`, T.chartGift, "header").set(`B${c + 1}`, T.chartPayout, "header");
    SAMPLE_GIFTS.forEach((_g, i) => {
      const r = rows.row(`gift${i}`);
      b.set(`A${c + 2 + i}`, `=A${r}`, "output").set(`B${c + 2 + i}`, `=G${r}`, "output", USD);
    });
    b.chart({
      kind: "BarClustered",
      source: `A${c + 1}:B${c + 1 + SAMPLE_GIFTS.length}`,
      title: T.barTitle,
      // Beside its data, in the columns on the first screen (I–O lay under the task pane).
      from: `C${c}`,
      to: `E${c + CHART_ROWS - 1}`,
    });
    b.width("A", 270).width("B", 100).width("C", 90).width("D", 100).width("E", 110).width("F", 110).width("G", 110);
    return b.build();
  },
};
