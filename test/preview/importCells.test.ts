/**
 * CSV text → cell values: a number only when the engine holds it exactly; everything else stays the
 * text it was (TikTok order IDs are 18 digits; a double keeps 15).
 */
import fc from "fast-check";
import { csvCell, fittedWidths, guessDelimiter, sheetNameFor } from "../../src/preview/importCells";

test.each([
  ["19.99", 19.99],
  ["-5.5", -5.5],
  ["0", 0],
  ["0.75", 0.75],
  ["123456789012345", 123456789012345],
])("%s is the number %d", (text, n) => {
  expect(csvCell(text)).toBe(n);
});

test.each([
  "576123456789012345678", // an order ID: more digits than a double holds
  "1234567890123456",
  "007",
  "19,99",
  "1.234,56",
  "05/01/2024",
  "2024-01-06",
  "=1+1",
  "1E+3",
  "+5",
  " 5",
  "TRUE",
  "$19.99",
])("%s stays text", (text) => {
  expect(csvCell(text)).toBe(text);
});

test("an empty field is an empty cell", () => {
  expect(csvCell("")).toBeNull();
});

test("any text is either kept exactly or read as the very number it spells", () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.bigInt().map(String), fc.double({ noNaN: true }).map(String)), (text) => {
      const v = csvCell(text);
      if (typeof v === "number") {
        expect(v).toBe(Number(text));
        // Exact: the digits written survive the round trip through a double.
        expect(BigInt(text.replace(/[-.]/g, ""))).toBe(
          BigInt(v.toFixed((text.split(".")[1] ?? "").length).replace(/[-.]/g, "")),
        );
      } else if (text !== "") expect(v).toBe(text);
    }),
  );
});

test.each([
  ["a,b,c\n1,2,3", ","],
  ["ID;Amount\n1;19,99", ";"],
  ["ID\tAmount\n1\t2", "\t"],
  ['"a;b",c,d\n', ","],
  ["\n\nx|y", "|"],
  ["single column\n1", ","],
])("delimiter of %j is %j", (text, d) => {
  expect(guessDelimiter(text)).toBe(d);
});

test("sheet names and widths", () => {
  expect(sheetNameFor("statement.csv")).toBe("statement");
  expect(sheetNameFor("my.payouts.xlsx")).toBe("my.payouts");
  expect(sheetNameFor(".csv")).toBe("Imported");
  expect(
    fittedWidths(
      [
        ["ID", null],
        ["576123456789012345678", 1],
      ],
      (c) => "AB"[c],
    ),
  ).toEqual({ A: 136, B: 48 });
});
