/**
 * A chart's data read from the computed sheet the way Excel reads a source range: a text first row
 * names the series, a text first column holds the categories, and cells without a number are gaps.
 */
import { chartData, rangeBox } from "../../src/preview/chartData";
import type { EngineValue } from "../../src/engine/workbook";

/** A sheet with the business-model chart's shape at A15:B19: a header row, then stream and amount. */
const sheet: EngineValue[][] = [];
sheet[14] = ["Stream", "USD bn", "Share"];
sheet[15] = ["Advertising", 17.5, 0.7];
sheet[16] = ["TikTok Shop commissions", 4.2, 0.17];
sheet[17] = ["LIVE", { error: "#N/A", message: "no rate" }, 0];
sheet[18] = ["Other", null, 0];

test("rangeBox reads either corner order", () => {
  expect(rangeBox("A15:B19")).toEqual({ top: 14, left: 0, bottom: 18, right: 1 });
  expect(rangeBox("B19:A15")).toEqual({ top: 14, left: 0, bottom: 18, right: 1 });
  expect(rangeBox("K4")).toEqual({ top: 3, left: 10, bottom: 3, right: 10 });
});

test("series by columns: header row names the series, first column the categories", () => {
  expect(chartData(sheet, { source: "A15:C19", seriesBy: "Columns" })).toEqual({
    categories: ["Advertising", "TikTok Shop commissions", "LIVE", "Other"],
    series: [
      { name: "USD bn", values: [17.5, 4.2, null, null] },
      { name: "Share", values: [0.7, 0.17, 0, 0] },
    ],
  });
});

test("without a header row the series are numbered, as Excel names them", () => {
  expect(chartData(sheet, { source: "A16:B17", seriesBy: "Columns" })).toEqual({
    categories: ["Advertising", "TikTok Shop commissions"],
    series: [{ name: "Series 1", values: [17.5, 4.2] }],
  });
});

test("a single column of numbers is one series with numbered categories", () => {
  expect(chartData(sheet, { source: "C16:C17", seriesBy: "Columns" })).toEqual({
    categories: ["1", "2"],
    series: [{ name: "Series 1", values: [0.7, 0.17] }],
  });
});

test("series by rows reads the same block transposed", () => {
  const rows: EngineValue[][] = [
    ["", "Jan", "Feb"],
    ["Revenue", 100, 120],
    ["Fees", 8, 9.6],
  ];
  expect(chartData(rows, { source: "A1:C3", seriesBy: "Rows" })).toEqual({
    categories: ["Jan", "Feb"],
    series: [
      { name: "Revenue", values: [100, 120] },
      { name: "Fees", values: [8, 9.6] },
    ],
  });
});

test("a range past the computed values reads as empty gaps, never a crash", () => {
  expect(chartData([], { source: "A1:B3", seriesBy: "Columns" })).toEqual({
    categories: ["", "", ""],
    series: [{ name: "Series 1", values: [null, null, null] }],
  });
});
