/**
 * Template 5: a brand launch mix — TopView, Brand Takeover, Branded Hashtag Challenge, Branded
 * Effect and in-feed ads over a schedule, with their shapes and sourced price ranges (low, typical,
 * high). Ranges come from the rate book when the sheet is made; where no price is public (Brand
 * Takeover) the sheet asks for your quote.
 */
import { dec } from "../core/decimal";
import { RATE_BOOK } from "../core/rates";
import { AD_FORMATS } from "../core/rates/ads";
import { INTEGER, moneyFormat, SheetBuilder } from "./builder";
import { rateBookFooter } from "./footer";
import { RowLayout } from "./layout";
import { columnLetter } from "./plan";
import { TEMPLATE_INFO } from "./catalog";
import { literal, SHEETS_EN } from "./sheets";
import type { ScenarioTemplate } from "./types";

const USD = moneyFormat("USD");
const DAYS = 28;
/** Rows the pie spans (about 320 px). */
const CHART_ROWS = 16;

/** The formats, in the order the sheet lists them. */
const FORMAT_IDS = ["TopView", "BrandTakeover", "HashtagChallenge", "BrandedEffect", "InFeed"] as const;

/** The rows as laid out on the sheet, by name; exported so tests address cells by name too. */
export function brandLaunchLayout(): RowLayout {
  const rows = new RowLayout(4);
  rows.add("header");
  for (const id of FORMAT_IDS) rows.add(id);
  rows.add("total");
  rows.skip();
  rows.add("schedule");
  for (const id of FORMAT_IDS) rows.add(`schedule:${id}`);
  rows.skip();
  rows.add("chartTitle");
  rows.add("chartHeader");
  for (const id of FORMAT_IDS) rows.add(`chart:${id}`);
  rows.skip();
  // The pie under its data, before the footer, so no note or source runs under it.
  rows.add("chart");
  rows.skip(CHART_ROWS);
  rows.add("footer");
  return rows;
}

function range(
  kind: "premiumCpm" | "premiumFlat",
  category: string,
): { low: number; typical: number; high: number; source: string } {
  const e = RATE_BOOK.resolve({ book: "ads", market: "*", kind, category }).entry;
  return {
    low: dec(e.low ?? e.value).toNumber(),
    typical: dec(e.value).toNumber(),
    high: dec(e.high ?? e.value).toNumber(),
    source: e.source,
  };
}

export const brandLaunchTemplate: ScenarioTemplate = {
  ...TEMPLATE_INFO.brandLaunch,
  build(_settings, text = SHEETS_EN) {
    const T = text.brandLaunch;
    const b = new SheetBuilder("brand-launch", T.sheetName);
    b.set("A1", T.title, "title");
    b.set("A2", T.subtitle, "subtitle");

    const header = T.header;
    const layout = brandLaunchLayout();
    header.forEach((h, i) => b.set(layout.cell(columnLetter(i), "header"), h, "header"));
    const topView = range("premiumCpm", "TopView");
    const cpm = RATE_BOOK.resolve({ book: "ads", market: "*", kind: "cpm", category: "*" }).entry;
    const bhc = range("premiumFlat", "HashtagChallenge");
    const effect = range("premiumFlat", "BrandedEffect");
    // The shape's length in B (short); how the format runs last, in L, where its long text runs on freely.
    const format = (id: (typeof FORMAT_IDS)[number]) => T.formats[id];
    const quote = `=${literal(T.quote)}`;
    type Row = {
      id: (typeof FORMAT_IDS)[number];
      start: number;
      days: number;
      impressions: number | "";
      low: string;
      typical: string;
      high: string;
      source: string;
    };
    const rows: Row[] = [
      {
        id: "TopView",
        start: 1,
        days: 1,
        impressions: 5_000_000,
        source: topView.source,
        low: `=E{r}/1000*${topView.low}`,
        typical: `=TIKTOK.ADCOST("CPM",E{r},${topView.typical})`,
        high: `=E{r}/1000*${topView.high}`,
      },
      {
        id: "BrandTakeover",
        start: 1,
        days: 1,
        impressions: "",
        source: AD_FORMATS.find((x) => x.id === "BrandTakeover")!.source,
        low: quote,
        typical: quote,
        high: quote,
      },
      {
        id: "HashtagChallenge",
        start: 2,
        days: 6,
        impressions: "",
        source: bhc.source,
        low: `=${bhc.low}*MAX(D{r},6)/6`,
        typical: `=TIKTOK.ADCOST("HashtagChallenge",D{r})`,
        high: `=${bhc.high}*MAX(D{r},6)/6`,
      },
      {
        id: "BrandedEffect",
        start: 2,
        days: 14,
        impressions: "",
        source: effect.source,
        low: `=${effect.low}`,
        typical: `=TIKTOK.ADCOST("BrandedEffect",D{r})`,
        high: `=${effect.high}`,
      },
      {
        id: "InFeed",
        start: 1,
        days: DAYS,
        impressions: 20_000_000,
        source: cpm.source,
        low: `=TIKTOK.ADCOST("CPM",E{r},TIKTOK.ADBENCHMARK("CPM",,"low"))`,
        typical: `=TIKTOK.ADCOST("CPM",E{r})`,
        high: `=TIKTOK.ADCOST("CPM",E{r},TIKTOK.ADBENCHMARK("CPM",,"high"))`,
      },
    ];
    if (rows.map((r) => r.id).join() !== FORMAT_IDS.join()) throw new Error("brand-launch: rows out of order");
    for (const row of rows) {
      const r = layout.row(row.id);
      const sub = (f: string) => f.replace(/\{r\}/g, String(r));
      b.set(`A${r}`, format(row.id).name, "label").set(`B${r}`, format(row.id).duration, "note");
      b.set(`L${r}`, format(row.id).delivery, "note");
      b.set(`C${r}`, row.start, "input", INTEGER).set(`D${r}`, row.days, "input", INTEGER);
      if (row.impressions !== "") b.set(`E${r}`, row.impressions, "input", INTEGER);
      b.set(`F${r}`, sub(row.low), "output", USD)
        .set(`G${r}`, sub(row.typical), "output", USD)
        .set(`H${r}`, sub(row.high), "output", USD);
      b.set(`I${r}`, "", "input", USD);
      // Your quote wins; otherwise the typical figure; Brand Takeover needs a quote.
      b.set(`J${r}`, `=IF(ISNUMBER(I${r}),I${r},IF(ISNUMBER(G${r}),G${r},0))`, "output", USD);
      // The source as a link showing its site: the whole address did not fit beside "How it runs".
      b.set(`K${r}`, `=HYPERLINK("${row.source}","${new URL(row.source).hostname.replace(/^www\./, "")}")`, "footer");
    }
    const first = layout.row(FORMAT_IDS[0]);
    const last = layout.row(FORMAT_IDS[FORMAT_IDS.length - 1]);
    const t = layout.row("total");
    b.set(`A${t}`, text.common.total, "total");
    for (const c of ["F", "G", "H", "J"]) b.set(`${c}${t}`, `=SUM(${c}${first}:${c}${last})`, "total", USD);
    b.set(
      `B${t}`,
      `=IF(COUNTIF(G${first}:G${last},${literal(T.quote)})>COUNT(I${first}:I${last}),${literal(T.needsQuote)},"")`,
      "note",
    );

    // The schedule: a day-by-day grid (1 = running).
    const s = layout.row("schedule");
    b.set(`A${s}`, T.schedule, "section");
    for (let d = 1; d <= DAYS; d++) b.set(`${columnLetter(2 + d)}${s}`, d, "header");
    for (const id of FORMAT_IDS) {
      const r = layout.row(`schedule:${id}`);
      const f = layout.row(id);
      b.set(`A${r}`, `=A${f}`, "label");
      for (let d = 1; d <= DAYS; d++) {
        const col = columnLetter(2 + d);
        b.set(`${col}${r}`, `=IF(AND(${col}$${s}>=$C$${f},${col}$${s}<$C$${f}+$D$${f}),1,"")`, "output");
      }
    }

    b.set(layout.cell("A", "chartTitle"), text.common.chartData, "section");
    b.set(layout.cell("A", "chartHeader"), T.chartFormat, "header").set(
      layout.cell("B", "chartHeader"),
      T.chartCost,
      "header",
    );
    for (const id of FORMAT_IDS) {
      const r = layout.row(`chart:${id}`);
      b.set(`A${r}`, `=A${layout.row(id)}`, "output").set(`B${r}`, `=J${layout.row(id)}`, "output", USD);
    }
    b.chart({
      kind: "Pie",
      source: `A${layout.row("chartHeader")}:B${layout.row(`chart:${FORMAT_IDS[FORMAT_IDS.length - 1]}`)}`,
      title: T.chartTitle,
      // Under its data, below the schedule (over M4:T20 it hid days 11–18; beside it, the footer's notes).
      from: `A${layout.row("chart")}`,
      to: `B${layout.row("chart") + CHART_ROWS - 1}`,
    });
    rateBookFooter(b, layout.row("footer"), [{ label: T.cpmSource, formula: '=TIKTOK.RATESOURCE("cpm")' }], text);
    b.width("A", 190).width("B", 200).width("C", 60).width("D", 50).width("E", 100);
    for (const col of ["F", "G", "H", "I", "J"]) b.width(col, 100);
    b.width("K", 150);
    return b.build();
  },
};
