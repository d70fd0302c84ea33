/**
 * Template 6: how TikTok makes money — revenue by stream (advertising, Shop commissions, coins and
 * gifts, partnerships and other) from sourced, dated public figures and the add-in's own take-rate
 * functions. Change an assumption and the mix moves.
 */
import { moneyFormat, PERCENT, SheetBuilder } from "./builder";
import { rateBookFooter } from "./footer";
import type { ScenarioTemplate } from "./types";

const BN = '"$"#,##0.0"bn"';
const S211 = "https://www.tktk.com/en/news/3292.html";
const S212 = "https://momentum.asia/product/tiktok-shop-in-the-united-states-2024/";
const S214 = "https://cube.asia/tiktok-shop-2024";

export const businessModelTemplate: ScenarioTemplate = {
  id: "business-model",
  title: "TikTok's business model",
  purpose:
    "How TikTok makes money: revenue by stream from public 2024 figures and the add-in's take rates — change an assumption and watch the mix move.",
  asks: [
    "public 2024 figures (pre-filled, sourced)",
    "take rate on Shop sales",
    "how the rest splits between LIVE gifts and partnerships",
  ],
  build() {
    const b = new SheetBuilder("business-model", "TikTok business model");
    b.set("A1", "How TikTok makes money (2024)", "title");
    b.set(
      "A2",
      "Public estimates, not TikTok's accounts (ByteDance is private). Yellow cells are inputs; each figure names its source.",
      "subtitle",
    );

    b.set("A4", "Public figures", "section");
    b.set("C4", "Source", "header").set("D4", "Grade", "header");
    b.input("A5", "B5", "Total revenue 2024 (USD bn)", 23, BN).set("C5", S211, "footer").set("D5", "C", "note");
    b.input("A6", "B6", "Advertising revenue 2024 (USD bn)", 17, BN).set("C6", S211, "footer").set("D6", "C", "note");
    b.input("A7", "B7", "TikTok Shop GMV 2024, global (USD bn)", 33.2, BN)
      .set("C7", S212, "footer")
      .set("D7", "B", "note");
    b.set("E7", "Cube Asia estimates $42bn gross / $33bn net (cube.asia/tiktok-shop-2024)", "note");

    b.set("A9", "Assumptions", "section");
    b.input("A10", "B10", "Average take rate on Shop GMV", '=TIKTOK.RATE("commission","US")', PERCENT);
    b.set(
      "C10",
      "US referral fee from the rate book; other markets range from about 2 % to 10 % (=TIKTOK.MARKETS())",
      "note",
    );
    b.input("A11", "B11", "Share of the rest from LIVE coins and gifts", 0.7, PERCENT);
    b.set("C11", "Assumption: no public split. The rest is partnerships, subscriptions and other.", "note");
    b.input("A12", "B12", "Coins bought in the apps (vs on the web)", 0.7, PERCENT).set(
      "C12",
      "Assumption: sets the app store's share",
      "note",
    );

    b.set("A14", "Revenue by stream", "section");
    b.set("A15", "Stream", "header").set("B15", "USD bn", "header").set("C15", "Share", "header");
    const rows: [string, string][] = [
      ["Advertising", "=B6"],
      ["TikTok Shop commissions", "=B7*B10"],
      ["LIVE coins and gifts (TikTok's keep)", "=MAX(0,B5-B16-B17)*B11"],
      ["Partnerships and other", "=MAX(0,B5-B16-B17)-B18"],
    ];
    rows.forEach(([label, formula], i) => {
      const r = 16 + i;
      b.set(`A${r}`, label, "label")
        .set(`B${r}`, formula, "output", BN)
        .set(`C${r}`, `=IFERROR(B${r}/$B$20,0)`, "output", PERCENT);
    });
    b.set("A20", "Total", "total")
      .set("B20", "=SUM(B16:B19)", "total", BN)
      .set("C20", "=SUM(C16:C19)", "total", PERCENT);
    b.set("A21", "Check: total equals the public figure", "note").set(
      "B21",
      '=IF(ROUND(B20-B5,6)=0,"OK","Streams exceed the total: lower the take rate")',
      "note",
    );

    b.set("A23", "What the take rates imply", "section");
    b.output(
      "A24",
      "B24",
      "TikTok's share of each $1 a viewer spends on coins (app)",
      '=INDEX(TIKTOK.LIVEWATERFALL(100000,"ios"),3,3)',
      PERCENT,
    );
    b.output(
      "A25",
      "B25",
      "TikTok's share of each $1 a viewer spends on coins (web)",
      '=INDEX(TIKTOK.LIVEWATERFALL(100000,"web"),3,3)',
      PERCENT,
    );
    b.output("A26", "B26", "Blended share", "=B12*B24+(1-B12)*B25", PERCENT);
    b.output("A27", "B27", "Implied viewer spend on coins (USD bn)", "=IFERROR(B18/B26,0)", BN);
    b.output("A28", "B28", "Implied Shop GMV for the whole 'rest' (USD bn)", "=IFERROR((B5-B16)/B10,0)", BN);
    b.set("C28", "What GMV would be if Shop commissions were everything but ads", "note");
    b.output("A29", "B29", "Fees on a $25 US order", '=TIKTOK.SHOPFEE(25,"US")', moneyFormat("USD"));

    b.chart({
      kind: "Pie",
      source: "A15:B19",
      title: "TikTok revenue by stream (2024, estimated)",
      from: "F9",
      to: "M27",
    });
    rateBookFooter(b, 31, [{ label: "Take rate source", formula: '=TIKTOK.RATESOURCE("commission","US")' }]);
    b.set("A35", `Other estimates: ${S214}`, "note");
    b.width("A", 330).width("B", 110).width("C", 260).width("D", 50);
    return b.build();
  },
};
