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
import { columnLetter } from "./plan";
import type { ScenarioTemplate } from "./types";

const USD = moneyFormat("USD");
const DAYS = 28;

function range(kind: string, category: string): { low: number; typical: number; high: number; source: string } {
  const e = RATE_BOOK.require({ book: "ads", market: "*", kind, category }).entry;
  return {
    low: dec(e.low ?? e.value).toNumber(),
    typical: dec(e.value).toNumber(),
    high: dec(e.high ?? e.value).toNumber(),
    source: e.source,
  };
}

export const brandLaunchTemplate: ScenarioTemplate = {
  id: "brand-launch",
  title: "Brand launch mix",
  purpose:
    "TopView, Brand Takeover, Hashtag Challenge, Branded Effect and in-feed ads over a launch schedule, with sourced price ranges and each format's shape.",
  asks: ["start day and days per format", "impressions for CPM formats", "your quotes where no price is public"],
  build() {
    const b = new SheetBuilder("brand-launch", "Brand launch mix");
    b.set("A1", "Brand launch mix", "title");
    b.set(
      "A2",
      "Change the yellow cells. Premium formats are sold by TikTok's sales team: treat ranges as planning figures and replace them with your quotes.",
      "subtitle",
    );

    const header = [
      "Format",
      "Shape",
      "Start day",
      "Days",
      "Impressions",
      "Low",
      "Typical",
      "High",
      "Your quote (total)",
      "Planned cost",
      "Price source",
    ];
    header.forEach((h, i) => b.set(`${columnLetter(i)}4`, h, "header"));
    const topView = range("premiumCpm", "TopView");
    const cpm = RATE_BOOK.require({ book: "ads", market: "*", kind: "cpm", category: "*" }).entry;
    const bhc = range("premiumFlat", "HashtagChallenge");
    const effect = range("premiumFlat", "BrandedEffect");
    const shape = (id: string) => {
      const f = AD_FORMATS.find((x) => x.id === id)!;
      return `${f.duration}; ${f.delivery}`;
    };
    type Row = {
      id: string;
      name: string;
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
        name: "TopView",
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
        name: "Brand Takeover",
        start: 1,
        days: 1,
        impressions: "",
        source: AD_FORMATS.find((x) => x.id === "BrandTakeover")!.source,
        low: '="quote"',
        typical: '="quote"',
        high: '="quote"',
      },
      {
        id: "HashtagChallenge",
        name: "Branded Hashtag Challenge",
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
        name: "Branded Effect",
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
        name: "In-Feed ads",
        start: 1,
        days: DAYS,
        impressions: 20_000_000,
        source: cpm.source,
        low: `=TIKTOK.ADCOST("CPM",E{r},TIKTOK.ADBENCHMARK("CPM",,"low"))`,
        typical: `=TIKTOK.ADCOST("CPM",E{r})`,
        high: `=TIKTOK.ADCOST("CPM",E{r},TIKTOK.ADBENCHMARK("CPM",,"high"))`,
      },
    ];
    rows.forEach((row, i) => {
      const r = 5 + i;
      const sub = (f: string) => f.replace(/\{r\}/g, String(r));
      b.set(`A${r}`, row.name, "label").set(`B${r}`, shape(row.id), "note");
      b.set(`C${r}`, row.start, "input", INTEGER).set(`D${r}`, row.days, "input", INTEGER);
      if (row.impressions !== "") b.set(`E${r}`, row.impressions, "input", INTEGER);
      b.set(`F${r}`, sub(row.low), "output", USD)
        .set(`G${r}`, sub(row.typical), "output", USD)
        .set(`H${r}`, sub(row.high), "output", USD);
      b.set(`I${r}`, "", "input", USD);
      // Your quote wins; otherwise the typical figure; Brand Takeover needs a quote.
      b.set(`J${r}`, `=IF(ISNUMBER(I${r}),I${r},IF(ISNUMBER(G${r}),G${r},0))`, "output", USD);
      b.set(`K${r}`, row.source, "footer");
    });
    const last = 4 + rows.length;
    const t = last + 1;
    b.set(`A${t}`, "Total", "total");
    for (const c of ["F", "G", "H", "J"]) b.set(`${c}${t}`, `=SUM(${c}5:${c}${last})`, "total", USD);
    b.set(`B${t}`, `=IF(COUNTIF(G5:G${last},"quote")>COUNT(I5:I${last}),"Brand Takeover needs your quote","")`, "note");

    // The schedule: a day-by-day grid (1 = running).
    const s = t + 2;
    b.set(`A${s}`, "Schedule (day)", "section");
    for (let d = 1; d <= DAYS; d++) b.set(`${columnLetter(2 + d)}${s}`, d, "header");
    rows.forEach((_row, i) => {
      const r = s + 1 + i;
      b.set(`A${r}`, `=A${5 + i}`, "label");
      for (let d = 1; d <= DAYS; d++) {
        const col = columnLetter(2 + d);
        b.set(`${col}${r}`, `=IF(AND(${col}$${s}>=$C$${5 + i},${col}$${s}<$C$${5 + i}+$D$${5 + i}),1,"")`, "output");
      }
    });

    const c = s + rows.length + 2;
    b.set(`A${c}`, "Chart data", "section");
    b.set(`A${c + 1}`, "Format", "header").set(`B${c + 1}`, "Planned cost", "header");
    rows.forEach((_row, i) =>
      b.set(`A${c + 2 + i}`, `=A${5 + i}`, "output").set(`B${c + 2 + i}`, `=J${5 + i}`, "output", USD),
    );
    b.chart({
      kind: "Pie",
      source: `A${c + 1}:B${c + 1 + rows.length}`,
      title: "Launch budget by format",
      from: "M4",
      to: "T20",
    });
    rateBookFooter(b, c + rows.length + 3, [{ label: "In-feed CPM source", formula: '=TIKTOK.RATESOURCE("cpm")' }]);
    b.width("A", 190).width("B", 260).width("C", 60).width("D", 50).width("E", 100);
    for (const col of ["F", "G", "H", "I", "J"]) b.width(col, 100);
    b.width("K", 260);
    return b.build();
  },
};
