/** Template 4: an ad campaign planner — budget across billing models, benchmarks, funnel, ROAS, minimums. */
import { INTEGER, moneyFormat, PERCENT, RATIO, SheetBuilder } from "./builder";
import { rateBookFooter } from "./footer";
import { RowLayout } from "./layout";
import { columnLetter } from "./plan";
import { TEMPLATE_INFO } from "./catalog";
import { literal, SHEETS_EN } from "./sheets";
import type { ScenarioTemplate } from "./types";

const USD = moneyFormat("USD");

/** Billing models and the sample share of budget for each. */
const MODELS: {
  model: "CPM" | "oCPM" | "CPC";
  share: number;
  metric: "CPM" | "CPC";
  unit: "impressions" | "clicks";
}[] = [
  { model: "CPM", share: 0.3, metric: "CPM", unit: "impressions" },
  { model: "oCPM", share: 0.5, metric: "CPM", unit: "impressions" },
  { model: "CPC", share: 0.2, metric: "CPC", unit: "clicks" },
];

const CAMPAIGN = ["budget", "days", "industry", "ctr", "conversion", "orderValue", "margin", "targetMargin"] as const;
const FUNNEL = [
  "impressions",
  "clicks",
  "conversions",
  "revenue",
  "roas",
  "breakEvenRoas",
  "verdict",
  "cpa",
  "maxCpa",
  "profit",
  "reach",
] as const;
const MINIMUMS = ["campaignDaily", "campaignLifetime", "learning"] as const;

/** The rows as laid out on the sheet, by name; exported so tests address cells by name too. */
export function adPlannerLayout(): RowLayout {
  const rows = new RowLayout(4);
  rows.add("campaignTitle");
  for (const name of CAMPAIGN) rows.add(name);
  rows.skip();
  rows.add("modelsTitle");
  rows.add("modelsHeader");
  for (const m of MODELS) rows.add(m.model);
  rows.add("modelsTotal");
  rows.skip();
  rows.add("funnelTitle");
  for (const name of FUNNEL) rows.add(name);
  rows.skip();
  rows.add("minimumsTitle");
  for (const name of MINIMUMS) rows.add(name);
  rows.skip();
  rows.add("footer");
  return rows;
}

export const adPlannerTemplate: ScenarioTemplate = {
  ...TEMPLATE_INFO.adPlanner,
  build(_settings, text = SHEETS_EN) {
    const T = text.adPlanner;
    const b = new SheetBuilder("ad-planner", T.sheetName);
    b.set("A1", T.title, "title");
    b.set("A2", T.subtitle, "subtitle");

    const rows = adPlannerLayout();
    const A = (name: string) => rows.cell("A", name);
    const B = (name: string) => rows.cell("B", name);
    const fixed = (name: string) => `$B$${rows.row(name)}`;

    b.set(A("campaignTitle"), T.campaign, "section");
    b.input(A("budget"), B("budget"), T.budget, 10000, USD);
    b.input(A("days"), B("days"), T.days, 30, INTEGER);
    b.input(A("industry"), B("industry"), T.industry, "E-commerce");
    b.input(A("ctr"), B("ctr"), T.ctr, '=TIKTOK.ADBENCHMARK("CTR")', PERCENT);
    b.input(A("conversion"), B("conversion"), T.conversion, 0.02, PERCENT);
    b.input(A("orderValue"), B("orderValue"), T.orderValue, 45, USD);
    b.input(A("margin"), B("margin"), T.margin, 0.4, PERCENT).set(rows.cell("C", "margin"), T.marginNote, "note");
    b.input(A("targetMargin"), B("targetMargin"), T.targetMargin, 0.15, PERCENT);

    b.set(A("modelsTitle"), T.modelsTitle, "section");
    T.modelsHeader.forEach((h, i) => b.set(rows.cell(columnLetter(i), "modelsHeader"), h, "header"));
    const industry = fixed("industry");
    for (const m of MODELS) {
      const r = rows.row(m.model);
      b.set(`A${r}`, T.models[m.model], "label");
      b.set(`B${r}`, m.share, "input", PERCENT);
      b.set(`C${r}`, `=${fixed("budget")}*B${r}`, "output", USD);
      b.set(`D${r}`, `=TIKTOK.ADBENCHMARK("${m.metric}",${industry})`, "input", USD);
      b.set(`E${r}`, `=TIKTOK.ADVOLUME("${m.model}",C${r},D${r})`, "output", INTEGER);
      b.set(
        `F${r}`,
        `=TIKTOK.ADVOLUME("${m.model}",C${r},TIKTOK.ADBENCHMARK("${m.metric}",${industry},"high"))`,
        "output",
        INTEGER,
      );
      b.set(
        `G${r}`,
        `=TIKTOK.ADVOLUME("${m.model}",C${r},TIKTOK.ADBENCHMARK("${m.metric}",${industry},"low"))`,
        "output",
        INTEGER,
      );
      b.set(`H${r}`, T.units[m.unit], "label");
      b.set(`I${r}`, `=TIKTOK.ADBUDGETCHECK("adgroup",C${r}/${fixed("days")})`, "output");
    }
    const firstModel = rows.row(MODELS[0].model);
    const lastModel = rows.row(MODELS[MODELS.length - 1].model);
    const t = rows.row("modelsTotal");
    b.set(`A${t}`, text.common.total, "total")
      .set(`B${t}`, `=SUM(B${firstModel}:B${lastModel})`, "total", PERCENT)
      .set(`C${t}`, `=SUM(C${firstModel}:C${lastModel})`, "total", USD);
    b.set(`D${t}`, `=IF(ROUND(B${t},4)=1,${literal(T.splitOk)},${literal(T.splitBad)})`, "note");

    const E = (model: string) => rows.cell("E", model);
    b.set(A("funnelTitle"), T.funnelTitle, "section");
    const funnel: [(typeof FUNNEL)[number], string, string, string?][] = [
      ["impressions", T.impressions, `=${E("CPM")}+${E("oCPM")}`, INTEGER],
      ["clicks", T.clicks, `=${B("impressions")}*${B("ctr")}+${E("CPC")}`, INTEGER],
      ["conversions", T.conversions, `=${B("clicks")}*${B("conversion")}`, "#,##0.0"],
      // Conversions are an expected number, never rounded: the label says so, as 210.0 × $45 shown
      // above would otherwise look a cent off the revenue (209.9998… × $45 = $9,449.99).
      ["revenue", T.revenue, `=${B("conversions")}*${B("orderValue")}`, USD],
      ["roas", T.roas, `=TIKTOK.ROAS(${B("revenue")},${B("budget")})`, RATIO],
      ["breakEvenRoas", T.breakEvenRoas, `=TIKTOK.BREAKEVENROAS(${B("margin")})`, RATIO],
    ];
    for (const [name, label, formula, format] of funnel) b.output(A(name), B(name), label, formula, format);
    b.set(A("verdict"), T.verdict, "label").set(
      B("verdict"),
      `=IF(${B("roas")}>=${B("breakEvenRoas")},${literal(T.above)},${literal(T.below)})`,
      "total",
    );
    const after: [(typeof FUNNEL)[number], string, string, string][] = [
      ["cpa", T.cpa, `=IFERROR(${B("budget")}/${B("conversions")},0)`, USD],
      ["maxCpa", T.maxCpa, `=TIKTOK.MAXCPA(${B("orderValue")},${B("margin")},${B("targetMargin")})`, USD],
      ["profit", T.profit, `=${B("revenue")}*${B("margin")}-${B("budget")}`, USD],
      ["reach", T.reach, `=TIKTOK.REACH(${B("impressions")},2.5)`, INTEGER],
    ];
    for (const [name, label, formula, format] of after) b.output(A(name), B(name), label, formula, format);

    b.set(A("minimumsTitle"), T.minimumsTitle, "section");
    b.output(
      A("campaignDaily"),
      B("campaignDaily"),
      T.campaignDaily,
      `=TIKTOK.ADBUDGETCHECK("campaign",${B("budget")}/${B("days")})`,
    );
    b.output(
      A("campaignLifetime"),
      B("campaignLifetime"),
      T.campaignLifetime,
      `=TIKTOK.ADBUDGETCHECK("campaign",${B("budget")},${B("days")})`,
    );
    b.output(
      A("learning"),
      B("learning"),
      T.learning,
      `=TIKTOK.LEARNINGBUDGET("shallow",IFERROR(${B("budget")}/${B("conversions")},""))`,
      USD,
    );
    b.set(rows.cell("C", "learning"), T.learningNote, "note");

    b.chart({
      kind: "ColumnClustered",
      source: `A${rows.row("modelsHeader")}:B${lastModel}`,
      seriesBy: "Columns",
      title: T.chartTitle,
      // Under the split it shows, beside the funnel (whose columns C–E are empty): on the first screen.
      from: rows.cell("C", "funnelTitle"),
      to: `E${rows.row("minimumsTitle") - 1}`,
    });
    rateBookFooter(
      b,
      rows.row("footer"),
      [
        { label: T.cpmSource, formula: `=TIKTOK.RATESOURCE("cpm",,${B("industry")})` },
        { label: T.minBudgetSource, formula: '=TIKTOK.RATESOURCE("minBudget",,"campaignDaily")' },
      ],
      text,
    );
    b.width("A", 250)
      .width("B", 110)
      .width("C", 100)
      .width("D", 90)
      .width("E", 100)
      .width("F", 140)
      .width("G", 140)
      .width("H", 80)
      .width("I", 330);
    return b.build();
  },
};
