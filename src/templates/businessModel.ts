/**
 * Template 6: how TikTok makes money — revenue by stream (advertising, Shop commissions, coins and
 * gifts, partnerships and other) from sourced, dated public figures and the add-in's own take-rate
 * functions. Change an assumption and the mix moves.
 */
import { moneyFormat, PERCENT, SheetBuilder } from "./builder";
import { rateBookFooter } from "./footer";
import { RowLayout } from "./layout";
import { TEMPLATE_INFO } from "./catalog";
import { fill, literal, SHEETS_EN } from "./sheets";
import type { ScenarioTemplate } from "./types";

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
  build(_settings, text = SHEETS_EN) {
    const T = text.businessModel;
    // Billions of US dollars, "$23.0bn": the unit is a word, the format stays invariant around it.
    const BN = `"$"#,##0.0"${T.billions.replace(/"/g, "")}"`;
    const b = new SheetBuilder("business-model", T.sheetName);
    b.set("A1", T.title, "title");
    b.set("A2", T.subtitle, "subtitle");

    const rows = businessModelLayout();
    const at = (column: string, name: string) => rows.cell(column, name);
    const A = (name: string) => at("A", name);
    const B = (name: string) => at("B", name);

    b.set(A("figuresTitle"), T.figuresTitle, "section");
    b.set(at("C", "figuresTitle"), T.source, "header").set(at("D", "figuresTitle"), T.grade, "header");
    b.input(A("totalRevenue"), B("totalRevenue"), T.totalRevenue, 23, BN)
      .set(at("C", "totalRevenue"), link(S211), "footer")
      .set(at("D", "totalRevenue"), "C", "note");
    b.input(A("adRevenue"), B("adRevenue"), T.adRevenue, 17, BN)
      .set(at("C", "adRevenue"), link(S211), "footer")
      .set(at("D", "adRevenue"), "C", "note");
    b.input(A("shopGmv"), B("shopGmv"), T.shopGmv, 33.2, BN)
      .set(at("C", "shopGmv"), link(S212), "footer")
      .set(at("D", "shopGmv"), "B", "note");
    b.set(at("E", "shopGmv"), T.cubeNote, "note");

    b.set(A("assumptionsTitle"), text.common.assumptions, "section");
    b.input(A("takeRate"), B("takeRate"), T.takeRate, '=TIKTOK.RATE("commission","US")', PERCENT);
    b.set(at("C", "takeRate"), T.takeRateNote, "note");
    b.input(A("liveShare"), B("liveShare"), T.liveShare, 0.7, PERCENT);
    b.set(at("C", "liveShare"), T.liveShareNote, "note");
    b.input(A("appShare"), B("appShare"), T.appShare, 0.7, PERCENT).set(at("C", "appShare"), T.appShareNote, "note");

    b.set(A("streamsTitle"), T.streamsTitle, "section");
    b.set(A("streamsHeader"), T.stream, "header")
      .set(B("streamsHeader"), T.usdBn, "header")
      .set(at("C", "streamsHeader"), T.share, "header");
    const rest = `MAX(0,${B("totalRevenue")}-${B("advertising")}-${B("shop")})`;
    const streams: [(typeof STREAMS)[number], string, string][] = [
      ["advertising", T.advertising, `=${B("adRevenue")}`],
      ["shop", T.shop, `=${B("shopGmv")}*${B("takeRate")}`],
      ["live", T.live, `=${rest}*${B("liveShare")}`],
      ["other", T.other, `=${rest}-${B("live")}`],
    ];
    const total = `$B$${rows.row("streamsTotal")}`;
    for (const [name, label, formula] of streams) {
      b.set(A(name), label, "label")
        .set(B(name), formula, "output", BN)
        .set(at("C", name), `=IFERROR(${B(name)}/${total},0)`, "output", PERCENT);
    }
    const first = rows.row(STREAMS[0]);
    const last = rows.row(STREAMS[STREAMS.length - 1]);
    b.set(A("streamsTotal"), text.common.total, "total")
      .set(B("streamsTotal"), `=SUM(B${first}:B${last})`, "total", BN)
      .set(at("C", "streamsTotal"), `=SUM(C${first}:C${last})`, "total", PERCENT);
    b.set(A("check"), T.check, "note").set(
      B("check"),
      `=IF(ROUND(${B("streamsTotal")}-${B("totalRevenue")},6)=0,${literal(T.ok)},${literal(T.exceeds)})`,
      "note",
    );

    b.set(A("impliedTitle"), T.impliedTitle, "section");
    b.output(A("appKeep"), B("appKeep"), T.appKeep, '=INDEX(TIKTOK.LIVEWATERFALL(100000,"ios"),3,3)', PERCENT);
    b.output(A("webKeep"), B("webKeep"), T.webKeep, '=INDEX(TIKTOK.LIVEWATERFALL(100000,"web"),3,3)', PERCENT);
    b.output(
      A("blendedKeep"),
      B("blendedKeep"),
      T.blendedKeep,
      `=${B("appShare")}*${B("appKeep")}+(1-${B("appShare")})*${B("webKeep")}`,
      PERCENT,
    );
    b.output(A("coinSpend"), B("coinSpend"), T.coinSpend, `=IFERROR(${B("live")}/${B("blendedKeep")},0)`, BN);
    b.output(
      A("impliedGmv"),
      B("impliedGmv"),
      T.impliedGmv,
      `=IFERROR((${B("totalRevenue")}-${B("advertising")})/${B("takeRate")},0)`,
      BN,
    );
    b.set(at("C", "impliedGmv"), T.impliedGmvNote, "note");
    b.output(A("usOrderFees"), B("usOrderFees"), T.usOrderFees, '=TIKTOK.SHOPFEE(25,"US")', moneyFormat("USD"));

    b.chart({
      kind: "Pie",
      source: `${A("streamsHeader")}:${B(STREAMS[STREAMS.length - 1])}`,
      title: T.chartTitle,
      from: A("chart"),
      to: `B${rows.row("chart") + CHART_ROWS - 1}`,
    });
    const afterFooter = rateBookFooter(
      b,
      rows.row("footer"),
      [{ label: T.takeRateSource, formula: '=TIKTOK.RATESOURCE("commission","US")' }],
      text,
    );
    b.set(`A${afterFooter + 1}`, fill(T.otherEstimates, { url: S214 }), "note");
    b.width("A", 330).width("B", 110).width("C", 260).width("D", 50);
    return b.build();
  },
};
