/**
 * Excel serial dates, 1900 system. Excel counts a 29 February 1900 that never was (serial 60), so
 * serials before it are one day later than a count from 1899-12-30 gives:
 * https://learn.microsoft.com/en-us/office/troubleshoot/excel/wrongly-assumes-1900-is-leap-year
 */
import fc from "fast-check";
import { excelSerialToIso, isoToExcelSerial, readAsOf } from "../../src/core/dates";
import { runs } from "../support/runs";

test.each([
  [1, "1900-01-01"],
  [59, "1900-02-28"],
  [60, "1900-02-28"], // Excel shows 1900-02-29, which no calendar has
  [61, "1900-03-01"],
  [45658, "2025-01-01"],
  [45658.75, "2025-01-01"], // a time of day keeps the date
  [2958465, "9999-12-31"],
])("serial %s is %s", (serial, iso) => {
  expect(excelSerialToIso(serial)).toBe(iso);
  expect(readAsOf(serial)).toBe(iso);
});

test.each([
  ["1900-01-01", 1],
  ["1900-02-28", 59],
  ["1900-03-01", 61],
  ["2025-01-01", 45658],
])("%s is serial %s", (iso, serial) => {
  expect(isoToExcelSerial(iso)).toBe(serial);
});

test("every serial but 60 goes to its date and back", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 2958465 }), (serial) => {
      if (serial === 60) return;
      expect(isoToExcelSerial(excelSerialToIso(serial))).toBe(serial);
    }),
    runs(20_000),
  );
});
