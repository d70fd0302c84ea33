/**
 * Template 6: how TikTok makes money — revenue by stream (advertising, Shop commissions, coins and
 * gifts, partnerships and other) from sourced, dated public figures and the add-in's own take-rate
 * functions. Change an assumption and the mix moves.
 */
import { moneyFormat, PERCENT, SheetBuilder } from "./builder";
import { rateBookFooter } from "./footer";
import { RowLayout } from "./layout";
import { TEMPLATE_INFO } from "./catalog";
import type { ScenarioTemplate } from "./types";

const BN = '"$"#,##0.0"bn"';
const S211 = "https://www.tktk.com/en/news/3292.html";
const S212 = "https://momentum.asia/product/tiktok-shop-in-the-united-states-2024/";
const S214 = "https://cube.asia/tiktok-shop-2024";

const STREAMS = ["advertising", "shop", "live", "other"] as const;
/** A source as a link that shows its site (the address did not fit its cell). */
const link = (url: string) => `=HYPERLINK("${url}","${new URL(url).hostname.replace(/^www\./, "")}")`;
/** Rows the pie spans (about 320 px). */
const CHART_ROWS = 16;

/** The rows as laid out on the sheet, by name; exported so tests address cells by name too. */
export function businessModelLayout(): RowLayout {
  const rows = new RowLayout(4);
  for (const name of ["figuresTitle", "totalRevenue", "adRevenue", "shopGmv"]) rows.add(name);
  rows.skip();
  for (const name of ["assumptionsTitle", "takeRate", "liveShare", "appShare"]) rows.add(name);
  rows.skip();
  rows.add("streamsTitle");
  rows.add("streamsHeader");
  for (const name of STREAMS) rows.add(name);
  rows.add("streamsTotal");
  rows.add("check");
  rows.skip();
  // The pie under the streams it shows; right of them it covered the notes in column C.
  rows.add("chart");
  rows.skip(CHART_ROWS);
  rows.add("impliedTitle");
  for (const name of ["appKeep", "webKeep", "blendedKeep", "coinSpend", "impliedGmv", "usOrderFees"]) rows.add(name);
  rows.skip();
  rows.add("footer");
  return rows;
}

export const businessModelTemplate: ScenarioTemplate = {
  ...TEMPLATE_INFO.businessModel,
  build() {
    const b = new SheetBuilder("business-model", "TikTok business model");
    b.set("A1", "How TikTok makes money (2024)", "title");
    b.set(
      "A2",
      "Public estimates, not TikTok's accounts (ByteDance is private). Yellow cells are inputs; each figure names its source.",
      "subtitle",
    );

    const rows = businessModelLayout();
    const at = (column: string, name: string) => rows.cell(column, name);
    const A = (name: string) => at("A", name);
    const B = (name: string) => at("B", name);

    b.set(A("figuresTitle"), "Public figures", "section");
    b.set(at("C", "figuresTitle"), "Source", "header").set(at("D", "figuresTitle"), "Grade", "header");
    b.input(A("totalRevenue"), B("totalRevenue"), "Total revenue 2024 (USD bn)", 23, BN)
      .set(at("C", "totalRevenue"), link(S211), "footer")
      .set(at("D", "totalRevenue"), "C", "note");
    b.input(A("adRevenue"), B("adRevenue"), "Advertising revenue 2024 (USD bn)", 17, BN)
      .set(at("C", "adRevenue"), link(S211), "footer")
      .set(at("D", "adRevenue"), "C", "note");
    b.input(A("shopGmv"), B("shopGmv"), "TikTok Shop GMV 2024, global (USD bn)", 33.2, BN)
      .set(at("C", "shopGmv"), link(S212), "footer")
      .set(at("D", "shopGmv"), "B", "note");
    b.set(at("E", "shopGmv"), "Cube Asia estimates $42bn gross / $33bn net (cube.asia/tiktok-shop-2024)", "note");

    b.set(A("assumptionsTitle"), "Assumptions", "section");
    b.input(A("takeRate"), B("takeRate"), "Average take rate on Shop GMV", '=TIKTOK.RATE("commission","US")', PERCENT);
    b.set(
      at("C", "takeRate"),
      "US referral fee from the rate book; other markets range from about 2 % to 10 % (=TIKTOK.MARKETS())",
      "note",
    );
    b.input(A("liveShare"), B("liveShare"), "Share of the rest from LIVE coins and gifts", 0.7, PERCENT);
    b.set(
      at("C", "liveShare"),
      "Assumption: no public split. The rest is partnerships, subscriptions and other.",
      "note",
    );
    b.input(A("appShare"), B("appShare"), "Coins bought in the apps (vs on the web)", 0.7, PERCENT).set(
      at("C", "appShare"),
      "Assumption: sets the app store's share",
      "note",
    );

    b.set(A("streamsTitle"), "Revenue by stream", "section");
    b.set(A("streamsHeader"), "Stream", "header")
      .set(B("streamsHeader"), "USD bn", "header")
      .set(at("C", "streamsHeader"), "Share", "header");
    const rest = `MAX(0,${B("totalRevenue")}-${B("advertising")}-${B("shop")})`;
    const streams: [(typeof STREAMS)[number], string, string][] = [
      ["advertising", "Advertising", `=${B("adRevenue")}`],
      ["shop", "TikTok Shop commissions", `=${B("shopGmv")}*${B("takeRate")}`],
      ["live", "LIVE coins and gifts (TikTok's keep)", `=${rest}*${B("liveShare")}`],
      ["other", "Partnerships and other", `=${rest}-${B("live")}`],
    ];
    const total = `$B$${rows.row("streamsTotal")}`;
    for (const [name, label, formula] of streams) {
      b.set(A(name), label, "label")
        .set(B(name), formula, "output", BN)
        .set(at("C", name), `=IFERROR(${B(name)}/${total},0)`, "output", PERCENT);
    }
    const first = rows.row(STREAMS[0]);
    const last = rows.row(STREAMS[STREAMS.length - 1]);
    b.set(A("streamsTotal"), "Total", "total")
      .set(B("streamsTotal"), `=SUM(B${first}:B${last})`, "total", BN)
      .set(at("C", "streamsTotal"), `=SUM(C${first}:C${last})`, "total", PERCENT);
    b.set(A("check"), "Check: total equals the public figure", "note").set(
      B("check"),
      `=IF(ROUND(${B("streamsTotal")}-${B("totalRevenue")},6)=0,"OK","Streams exceed the total: lower the take rate")`,
      "note",
    );

    b.set(A("impliedTitle"), "What the take rates imply", "section");
    b.output(
      A("appKeep"),
      B("appKeep"),
      "TikTok's share of each $1 a viewer spends on coins (app)",
      '=INDEX(TIKTOK.LIVEWATERFALL(100000,"ios"),3,3)',
      PERCENT,
    );
    b.output(
      A("webKeep"),
      B("webKeep"),
      "TikTok's share of each $1 a viewer spends on coins (web)",
      '=INDEX(TIKTOK.LIVEWATERFALL(100000,"web"),3,3)',
      PERCENT,
    );
    b.output(
      A("blendedKeep"),
      B("blendedKeep"),
      "Blended share",
      `=${B("appShare")}*${B("appKeep")}+(1-${B("appShare")})*${B("webKeep")}`,
      PERCENT,
    );
    b.output(
      A("coinSpend"),
      B("coinSpend"),
      "Implied viewer spend on coins (USD bn)",
      `=IFERROR(${B("live")}/${B("blendedKeep")},0)`,
      BN,
    );
    b.output(
      A("impliedGmv"),
      B("impliedGmv"),
      "Implied Shop GMV for the whole 'rest' (USD bn)",
      `=IFERROR((${B("totalRevenue")}-${B("advertising")})/${B("takeRate")},0)`,
      BN,
    );
    b.set(at("C", "impliedGmv"), "What GMV would be if Shop commissions were everything but ads", "note");
    b.output(
      A("usOrderFees"),
      B("usOrderFees"),
      "Fees on a $25 US order",
      '=TIKTOK.SHOPFEE(25,"US")',
      moneyFormat("USD"),
    );

    b.chart({
      kind: "Pie",
      source: `${A("streamsHeader")}:${B(STREAMS[STREAMS.length - 1])}`,
      title: "TikTok revenue by stream (2024, estimated)",
      from: A("chart"),
      to: `B${rows.row("chart") + CHART_ROWS - 1}`,
    });
    const afterFooter = rateBookFooter(b, rows.row("footer"), [
      { label: "Take rate source", formula: '=TIKTOK.RATESOURCE("commission","US")' },
    ]);
    b.set(`A${afterFooter + 1}`, `Other estimates: ${S214}`, "note");
    b.width("A", 330).width("B", 110).width("C", 260).width("D", 50);
    return b.build();
  },
};
