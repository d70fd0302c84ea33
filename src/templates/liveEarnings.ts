/** Template 3: a LIVE creator's gifts → coins → diamonds → payout, a month of streams, and the waterfall. */
import { giftCoins } from "../core/live";
import { INTEGER, moneyFormat, PERCENT, SheetBuilder } from "./builder";
import { rateBookFooter } from "./footer";
import { RowLayout } from "./layout";
import { columnLetter } from "./plan";
import { TEMPLATE_INFO } from "./catalog";
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
  build() {
    const b = new SheetBuilder("live-earnings", "LIVE earnings");
    b.set("A1", "LIVE creator earnings", "title");
    b.set(
      "A2",
      "Change the yellow cells. TikTok publishes no diamond value: the defaults are sourced assumptions (see the notes).",
      "subtitle",
    );

    const rows = liveEarningsLayout();
    const at = (column: string, name: string) => rows.cell(column, name);
    const fixed = (name: string) => `$B$${rows.row(name)}`;
    b.set(at("A", "assumptions"), "Assumptions", "section");
    b.input(at("A", "streams"), at("B", "streams"), "Streams per month", 12, INTEGER);
    b.input(at("A", "coinsPerDiamond"), at("B", "coinsPerDiamond"), "Coins per diamond", 1, INTEGER).set(
      at("C", "coinsPerDiamond"),
      '1 by default; many calculators use 2 (=TIKTOK.RATESOURCE("coinsPerDiamond"))',
      "note",
    );
    b.input(
      at("A", "usdPerDiamond"),
      at("B", "usdPerDiamond"),
      "USD per diamond",
      '=TIKTOK.RATE("usdPerDiamond")',
      "0.000",
    ).set(at("C", "usdPerDiamond"), "200 diamonds = $1 in most sources", "note");
    b.input(at("A", "agencyShare"), at("B", "agencyShare"), "Agency share of payout", 0, PERCENT).set(
      at("C", "agencyShare"),
      "TikTok pays partner agencies from its own share",
      "note",
    );
    b.input(at("A", "withdrawalFee"), at("B", "withdrawalFee"), "Withdrawal fee per month (USD)", 0, USD).set(
      at("C", "withdrawalFee"),
      "TikTok charges none; PayPal or a bank may",
      "note",
    );
    b.input(at("A", "buyChannel"), at("B", "buyChannel"), "Where viewers buy coins", "ios").set(
      at("C", "buyChannel"),
      "web, ios or android (sets the app store's share)",
      "note",
    );

    b.set(at("A", "giftsTitle"), "Gifts per stream", "section");
    [
      "Gift",
      "Gifts per stream",
      "Coins each",
      "Coins per stream",
      "Diamonds per stream",
      "Payout per stream",
      "Payout per month",
    ].forEach((h, i) => b.set(at(columnLetter(i), "giftsHeader"), h, "header"));
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
    b.set(`A${t}`, "Per stream", "total");
    for (const c of ["D", "E"]) b.set(`${c}${t}`, `=SUM(${c}${first}:${c}${last})`, "total", INTEGER);
    for (const c of ["F", "G"]) b.set(`${c}${t}`, `=SUM(${c}${first}:${c}${last})`, "total", USD);

    // Inputs and results of the month, read by name: B("streams") is the streams-per-month cell.
    const B = (name: string) => at("B", name);
    b.set(at("A", "monthTitle"), "A month of LIVE", "section");
    const month: [string, string, string, string?][] = [
      ["monthCoins", "Coins received", `=D${t}*${B("streams")}`, INTEGER],
      ["monthDiamonds", "Diamonds", `=ROUNDDOWN(${B("monthCoins")}/${B("coinsPerDiamond")},0)`, INTEGER],
      [
        "monthCash",
        "Creator's cash (after agency and fee)",
        `=TIKTOK.DIAMONDPAYOUT(${B("monthDiamonds")},${B("usdPerDiamond")},${B("agencyShare")},${B("withdrawalFee")})`,
        USD,
      ],
      // No source settles the coins-per-diamond ratio (1 in TikTok's own "about half" statements, 2 in
      // many calculators), so the month is shown under the other figure too.
      [
        "monthCashOther",
        "Cash at the other coins-per-diamond figure (1 ↔ 2)",
        `=TIKTOK.DIAMONDPAYOUT(ROUNDDOWN(${B("monthCoins")}/IF(${B("coinsPerDiamond")}=2,1,2),0),${B("usdPerDiamond")},${B("agencyShare")},${B("withdrawalFee")})`,
        USD,
      ],
      [
        "viewerSpend",
        "Viewers spent on those coins",
        `=TIKTOK.COINCOST(${B("monthCoins")},${B("buyChannel")},"perCoin")`,
        USD,
      ],
      ["creatorShare", "Creator's share of viewer spend", `=IFERROR(${B("monthCash")}/${B("viewerSpend")},0)`, PERCENT],
      [
        "diamondsFor1000",
        "Diamonds needed for $1,000 a month",
        `=TIKTOK.DIAMONDSFORPAYOUT(1000,${B("usdPerDiamond")},${B("agencyShare")},${B("withdrawalFee")})`,
        INTEGER,
      ],
      [
        "withdrawable",
        "Reaches the withdrawal minimum?",
        `=IF(${B("monthCash")}>=TIKTOK.RATE("withdrawalMinimum"),"Yes","Not yet")`,
      ],
    ];
    for (const [name, label, formula, format] of month) b.output(at("A", name), B(name), label, formula, format);

    const w = rows.row("waterfallTitle");
    b.set(`A${w}`, "Where a month of viewer spend goes", "section");
    b.set(
      at("A", "waterfall"),
      `=TIKTOK.LIVEWATERFALL(${B("monthCoins")},${B("buyChannel")},${B("coinsPerDiamond")},${B("usdPerDiamond")},${B("agencyShare")},${B("withdrawalFee")})`,
      "output",
    );
    b.set(`D${w}`, "(a spilled table: keep the cells below free)", "note");
    // Formats for the spilled cells (left empty so the table has room to spill): its rows 1–6 below the formula.
    for (let i = 2; i <= 7; i++) b.set(`B${w + i}`, "", undefined, USD).set(`C${w + i}`, "", undefined, PERCENT);
    // The pie right under the table it shows (the spilled waterfall, rows w+1 to w+7), where no note runs.
    const pieTop = w + 9;
    b.chart({
      kind: "Pie",
      source: `A${w + 2}:B${w + 6}`,
      title: "Where the viewer's money goes",
      from: `A${pieTop}`,
      to: `B${pieTop + CHART_ROWS - 1}`,
    });

    const footerEnd = rateBookFooter(b, pieTop + CHART_ROWS + 1, [
      { label: "Diamond value source", formula: '=TIKTOK.RATESOURCE("usdPerDiamond")' },
      { label: "Gift prices source", formula: '=TIKTOK.RATESOURCE("giftCoins",,"Lion")' },
    ]);
    // Chart data: each gift beside its monthly payout (a chart needs the two side by side).
    const c = footerEnd + 1;
    b.set(`A${c}`, "Chart data", "section");
    b.set(`A${c + 1}`, "Gift", "header").set(`B${c + 1}`, "Payout per month", "header");
    SAMPLE_GIFTS.forEach((_g, i) => {
      const r = rows.row(`gift${i}`);
      b.set(`A${c + 2 + i}`, `=A${r}`, "output").set(`B${c + 2 + i}`, `=G${r}`, "output", USD);
    });
    b.chart({
      kind: "BarClustered",
      source: `A${c + 1}:B${c + 1 + SAMPLE_GIFTS.length}`,
      title: "Payout per month by gift",
      // Beside its data, in the columns on the first screen (I–O lay under the task pane).
      from: `C${c}`,
      to: `E${c + CHART_ROWS - 1}`,
    });
    b.width("A", 270).width("B", 100).width("C", 90).width("D", 100).width("E", 110).width("F", 110).width("G", 110);
    return b.build();
  },
};
