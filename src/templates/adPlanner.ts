/** Template 4: an ad campaign planner — budget across billing models, benchmarks, funnel, ROAS, minimums. */
import { INTEGER, moneyFormat, PERCENT, RATIO, SheetBuilder } from "./builder";
import { rateBookFooter } from "./footer";
import type { ScenarioTemplate } from "./types";

const USD = moneyFormat("USD");

/** Billing models and the sample share of budget for each. */
const MODELS: { model: string; label: string; share: number; rate: string; unit: string }[] = [
  { model: "CPM", label: "Reach (CPM)", share: 0.3, rate: '=TIKTOK.ADBENCHMARK("CPM",$B$7)', unit: "impressions" },
  {
    model: "oCPM",
    label: "Conversions (oCPM)",
    share: 0.5,
    rate: '=TIKTOK.ADBENCHMARK("CPM",$B$7)',
    unit: "impressions",
  },
  { model: "CPC", label: "Traffic (CPC)", share: 0.2, rate: '=TIKTOK.ADBENCHMARK("CPC",$B$7)', unit: "clicks" },
];

export const adPlannerTemplate: ScenarioTemplate = {
  id: "ad-planner",
  title: "Ad campaign planner",
  purpose:
    "Split a budget across billing models, see what benchmark rates buy (low to high), the funnel to revenue, ROAS against break-even, and TikTok's minimum budgets.",
  asks: ["budget, days, industry", "split by billing model", "CTR, conversion rate, order value, margin"],
  build() {
    const b = new SheetBuilder("ad-planner", "Ad campaign planner");
    b.set("A1", "Ad campaign planner", "title");
    b.set(
      "A2",
      "Change the yellow cells. Rates default to dated third-party benchmarks: type your own from Ads Manager over them.",
      "subtitle",
    );

    b.set("A4", "Campaign", "section");
    b.input("A5", "B5", "Total budget (USD)", 10000, USD);
    b.input("A6", "B6", "Days", 30, INTEGER);
    b.input("A7", "B7", "Industry (All, E-commerce, Finance…)", "E-commerce");
    b.input("A8", "B8", "Click-through rate", '=TIKTOK.ADBENCHMARK("CTR")', PERCENT);
    b.input("A9", "B9", "Conversion rate (of clicks)", 0.02, PERCENT);
    b.input("A10", "B10", "Average order value (USD)", 45, USD);
    b.input("A11", "B11", "Margin before ad cost", 0.4, PERCENT).set(
      "C11",
      "e.g. =TIKTOK.SHOPMARGIN(...) without ad cost",
      "note",
    );
    b.input("A12", "B12", "Margin to keep after ads", 0.15, PERCENT);

    b.set("A14", "Budget by billing model", "section");
    [
      "Billing model",
      "Share",
      "Budget",
      "Your rate",
      "Volume",
      "Volume if rates run high",
      "Volume if rates run low",
      "Unit",
      "Ad group daily minimum",
    ].forEach((h, i) => b.set(`${String.fromCharCode(65 + i)}15`, h, "header"));
    MODELS.forEach((m, i) => {
      const r = 16 + i;
      const metric = m.model === "CPC" ? "CPC" : "CPM";
      b.set(`A${r}`, m.label, "label");
      b.set(`B${r}`, m.share, "input", PERCENT);
      b.set(`C${r}`, `=$B$5*B${r}`, "output", USD);
      b.set(`D${r}`, m.rate, "input", USD);
      b.set(`E${r}`, `=TIKTOK.ADVOLUME("${m.model}",C${r},D${r})`, "output", INTEGER);
      b.set(
        `F${r}`,
        `=TIKTOK.ADVOLUME("${m.model}",C${r},TIKTOK.ADBENCHMARK("${metric}",$B$7,"high"))`,
        "output",
        INTEGER,
      );
      b.set(
        `G${r}`,
        `=TIKTOK.ADVOLUME("${m.model}",C${r},TIKTOK.ADBENCHMARK("${metric}",$B$7,"low"))`,
        "output",
        INTEGER,
      );
      b.set(`H${r}`, m.unit, "label");
      b.set(`I${r}`, `=TIKTOK.ADBUDGETCHECK("adgroup",C${r}/$B$6)`, "output");
    });
    const t = 16 + MODELS.length;
    b.set(`A${t}`, "Total", "total")
      .set(`B${t}`, `=SUM(B16:B${t - 1})`, "total", PERCENT)
      .set(`C${t}`, `=SUM(C16:C${t - 1})`, "total", USD);
    b.set(`D${t}`, `=IF(ROUND(B${t},4)=1,"Split adds up to 100 %","Split does not add up to 100 %")`, "note");

    const f = t + 2;
    b.set(`A${f}`, "Funnel (expected)", "section");
    b.output(`A${f + 1}`, `B${f + 1}`, "Impressions (CPM + oCPM)", `=E16+E17`, INTEGER);
    b.output(`A${f + 2}`, `B${f + 2}`, "Clicks", `=B${f + 1}*B8+E18`, INTEGER);
    b.output(`A${f + 3}`, `B${f + 3}`, "Conversions", `=B${f + 2}*B9`, "#,##0.0");
    b.output(`A${f + 4}`, `B${f + 4}`, "Revenue", `=B${f + 3}*B10`, USD);
    b.output(`A${f + 5}`, `B${f + 5}`, "ROAS", `=TIKTOK.ROAS(B${f + 4},B5)`, RATIO);
    b.output(`A${f + 6}`, `B${f + 6}`, "Break-even ROAS (1 ÷ margin)", `=TIKTOK.BREAKEVENROAS(B11)`, RATIO);
    b.set(`A${f + 7}`, "Verdict", "label").set(
      `B${f + 7}`,
      `=IF(B${f + 5}>=B${f + 6},"Above break-even","Below break-even")`,
      "total",
    );
    b.output(`A${f + 8}`, `B${f + 8}`, "Cost per conversion", `=IFERROR(B5/B${f + 3},0)`, USD);
    b.output(`A${f + 9}`, `B${f + 9}`, "Highest CPA that keeps the target margin", `=TIKTOK.MAXCPA(B10,B11,B12)`, USD);
    b.output(`A${f + 10}`, `B${f + 10}`, "Profit after ads", `=B${f + 4}*B11-B5`, USD);
    b.output(`A${f + 11}`, `B${f + 11}`, "People reached (at 2.5 views each)", `=TIKTOK.REACH(B${f + 1},2.5)`, INTEGER);

    const c = f + 13;
    b.set(`A${c}`, "TikTok's minimum budgets", "section");
    b.output(`A${c + 1}`, `B${c + 1}`, "Campaign daily budget", `=TIKTOK.ADBUDGETCHECK("campaign",B5/B6)`);
    b.output(`A${c + 2}`, `B${c + 2}`, "Campaign lifetime budget", `=TIKTOK.ADBUDGETCHECK("campaign",B5,B6)`);
    b.output(
      `A${c + 3}`,
      `B${c + 3}`,
      "Learning-phase daily budget (shallow goal)",
      `=TIKTOK.LEARNINGBUDGET("shallow",IFERROR(B5/B${f + 3},""))`,
      USD,
    );
    b.set(`C${c + 3}`, "50 × your CPA (TikTok's recommendation)", "note");

    b.chart({
      kind: "ColumnClustered",
      source: `A15:B${t - 1}`,
      seriesBy: "Columns",
      title: "Budget split by billing model",
      from: "K4",
      to: "Q20",
    });
    rateBookFooter(b, c + 5, [
      { label: "CPM benchmark source", formula: '=TIKTOK.RATESOURCE("cpm",,B7)' },
      { label: "Minimum budget source", formula: '=TIKTOK.RATESOURCE("minBudget",,"campaignDaily")' },
    ]);
    b.width("A", 250)
      .width("B", 110)
      .width("C", 100)
      .width("D", 90)
      .width("E", 100)
      .width("F", 110)
      .width("G", 110)
      .width("H", 80)
      .width("I", 330);
    return b.build();
  },
};
