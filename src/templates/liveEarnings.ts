/** Template 3: a LIVE creator's gifts → coins → diamonds → payout, a month of streams, and the waterfall. */
import { giftCoins } from "../core/live";
import { INTEGER, moneyFormat, PERCENT, SheetBuilder } from "./builder";
import { rateBookFooter } from "./footer";
import type { ScenarioTemplate } from "./types";

const USD = moneyFormat("USD");
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
const FIRST = 14;
const LAST = FIRST + SAMPLE_GIFTS.length - 1;

export const liveEarningsTemplate: ScenarioTemplate = {
  id: "live-earnings",
  title: "LIVE creator earnings",
  purpose:
    "Gifts received by type and count → coins → diamonds → payout, a month of streams, and where the viewer's money goes.",
  asks: ["gifts per stream by type", "streams per month", "coin-to-diamond and diamond-to-USD rates, agency share"],
  build() {
    const b = new SheetBuilder("live-earnings", "LIVE earnings");
    b.set("A1", "LIVE creator earnings", "title");
    b.set(
      "A2",
      "Change the yellow cells. TikTok publishes no diamond value: the defaults are sourced assumptions (see the notes).",
      "subtitle",
    );

    b.set("A4", "Assumptions", "section");
    b.input("A5", "B5", "Streams per month", 12, INTEGER);
    b.input("A6", "B6", "Coins per diamond", 1, INTEGER).set(
      "C6",
      '1 by default; many calculators use 2 (=TIKTOK.RATESOURCE("coinsPerDiamond"))',
      "note",
    );
    b.input("A7", "B7", "USD per diamond", '=TIKTOK.RATE("usdPerDiamond")', "0.000").set(
      "C7",
      "200 diamonds = $1 in most sources",
      "note",
    );
    b.input("A8", "B8", "Agency share of payout", 0, PERCENT).set(
      "C8",
      "TikTok pays partner agencies from its own share",
      "note",
    );
    b.input("A9", "B9", "Withdrawal fee per month (USD)", 0, USD).set(
      "C9",
      "TikTok charges none; PayPal or a bank may",
      "note",
    );
    b.input("A10", "B10", "Where viewers buy coins", "ios").set(
      "C10",
      "web, ios or android (sets the app store's share)",
      "note",
    );

    b.set("A12", "Gifts per stream", "section");
    [
      "Gift",
      "Gifts per stream",
      "Coins each",
      "Coins per stream",
      "Diamonds per stream",
      "Payout per stream",
      "Payout per month",
    ].forEach((h, i) => b.set(`${String.fromCharCode(65 + i)}13`, h, "header"));
    SAMPLE_GIFTS.forEach(([gift, count], i) => {
      const r = FIRST + i;
      giftCoins(gift); // the sample must name a gift the catalog knows
      b.set(`A${r}`, gift, "input").set(`B${r}`, count, "input", INTEGER);
      b.set(`C${r}`, `=TIKTOK.GIFTCOINS(A${r})`, "output", INTEGER);
      b.set(`D${r}`, `=B${r}*C${r}`, "output", INTEGER);
      b.set(`E${r}`, `=TIKTOK.GIFTDIAMONDS(A${r},B${r},$B$6)`, "output", INTEGER);
      b.set(`F${r}`, `=TIKTOK.DIAMONDPAYOUT(E${r},$B$7,$B$8)`, "output", USD);
      b.set(`G${r}`, `=F${r}*$B$5`, "output", USD);
    });
    const t = LAST + 1;
    b.set(`A${t}`, "Per stream", "total");
    for (const c of ["D", "E"]) b.set(`${c}${t}`, `=SUM(${c}${FIRST}:${c}${LAST})`, "total", INTEGER);
    for (const c of ["F", "G"]) b.set(`${c}${t}`, `=SUM(${c}${FIRST}:${c}${LAST})`, "total", USD);

    const m = t + 2;
    b.set(`A${m}`, "A month of LIVE", "section");
    b.output(`A${m + 1}`, `B${m + 1}`, "Coins received", `=D${t}*B5`, INTEGER);
    b.output(`A${m + 2}`, `B${m + 2}`, "Diamonds", `=ROUNDDOWN(B${m + 1}/B6,0)`, INTEGER);
    b.output(
      `A${m + 3}`,
      `B${m + 3}`,
      "Creator's cash (after agency and fee)",
      `=TIKTOK.DIAMONDPAYOUT(B${m + 2},B7,B8,B9)`,
      USD,
    );
    b.output(
      `A${m + 4}`,
      `B${m + 4}`,
      "Viewers spent on those coins",
      `=TIKTOK.COINCOST(B${m + 1},B10,"perCoin")`,
      USD,
    );
    b.output(`A${m + 5}`, `B${m + 5}`, "Creator's share of viewer spend", `=IFERROR(B${m + 3}/B${m + 4},0)`, PERCENT);
    b.output(
      `A${m + 6}`,
      `B${m + 6}`,
      "Diamonds needed for $1,000 a month",
      `=TIKTOK.DIAMONDSFORPAYOUT(1000,B7,B8,B9)`,
      INTEGER,
    );
    b.output(
      `A${m + 7}`,
      `B${m + 7}`,
      "Reaches the withdrawal minimum?",
      `=IF(B${m + 3}>=TIKTOK.RATE("withdrawalMinimum"),"Yes","Not yet")`,
    );

    const w = m + 9;
    b.set(`A${w}`, "Where a month of viewer spend goes", "section");
    b.set(`A${w + 1}`, `=TIKTOK.LIVEWATERFALL(B${m + 1},B10,B6,B7,B8,B9)`, "output");
    b.set(`D${w}`, "(a spilled table: keep the cells below free)", "note");
    // Formats for the spilled cells (left empty so the table has room to spill).
    for (let i = 2; i <= 7; i++) b.set(`B${w + i}`, "", undefined, USD).set(`C${w + i}`, "", undefined, PERCENT);
    b.chart({
      kind: "Pie",
      source: `A${w + 2}:B${w + 6}`,
      title: "Where the viewer's money goes",
      from: "I4",
      to: "O20",
    });

    const footerEnd = rateBookFooter(b, w + 10, [
      { label: "Diamond value source", formula: '=TIKTOK.RATESOURCE("usdPerDiamond")' },
      { label: "Gift prices source", formula: '=TIKTOK.RATESOURCE("giftCoins",,"Lion")' },
    ]);
    // Chart data: each gift beside its monthly payout (a chart needs the two side by side).
    const c = footerEnd + 1;
    b.set(`A${c}`, "Chart data", "section");
    b.set(`A${c + 1}`, "Gift", "header").set(`B${c + 1}`, "Payout per month", "header");
    SAMPLE_GIFTS.forEach((_g, i) => {
      b.set(`A${c + 2 + i}`, `=A${FIRST + i}`, "output").set(`B${c + 2 + i}`, `=G${FIRST + i}`, "output", USD);
    });
    b.chart({
      kind: "BarClustered",
      source: `A${c + 1}:B${c + 1 + SAMPLE_GIFTS.length}`,
      title: "Payout per month by gift",
      from: "I22",
      to: "O38",
    });
    b.width("A", 230).width("B", 100).width("C", 90).width("D", 100).width("E", 110).width("F", 110).width("G", 110);
    return b.build();
  },
};
