/**
 * Amount formats that follow a market cell: the rule Excel evaluates and the preview's choice agree
 * for any way of typing a market (random case, padding spaces, junk), checked by evaluating the
 * Excel rules in the formula engine.
 */
import fc from "fast-check";
import { MARKETS } from "../../src/core/rates";
import { EngineWorkbook } from "../../src/engine/workbook";
import { moneyFormat } from "../../src/templates/builder";
import { formatForMarket, inRange, marketCellFor, marketFormatRules } from "../../src/templates/marketFormats";
import { columnLetter } from "../../src/templates/plan";

const NAMES = MARKETS.flatMap((m) => [m.code, m.name, ...m.aliases]);

test("formatForMarket: a market's code, name or alias gives its currency's format; anything else none", () => {
  expect(formatForMarket("FR")).toBe('"€"#,##0.00;-"€"#,##0.00');
  expect(formatForMarket(" gb ")).toBe(moneyFormat("GBP"));
  expect(formatForMarket("Indonesia")).toBe('"Rp"#,##0;-"Rp"#,##0');
  for (const v of ["", "  ", "XX", 0, null, true, "US UK"]) expect(formatForMarket(v)).toBeUndefined();
});

test("one rule per currency the markets use, each under Excel's 255-character formula limit", () => {
  const rules = marketFormatRules("B$5");
  expect(rules.map((r) => r.currency)).toEqual([...new Set(MARKETS.map((m) => m.currency))]);
  for (const r of rules) expect(r.formula.length).toBeLessThanOrEqual(255);
});

test("marketCellFor moves relative parts with the cell and keeps $ parts, as Excel reads a rule", () => {
  expect(marketCellFor("B7:E11", "B$5", "B7")).toBe("B5");
  expect(marketCellFor("B7:E11", "B$5", "D10")).toBe("D5");
  expect(marketCellFor("E9:H1008", "$B$3", "G500")).toBe("B3");
  expect(marketCellFor("B7:E11", "B5", "C8")).toBe("C6");
  expect(inRange("B7:E11", "E11")).toBe(true);
  expect(inRange("B7:E11", "F11")).toBe(false);
  expect(inRange("B4", "B4")).toBe(true);
});

test("property: for any typing of a market, the Excel rule that fires is the preview's format", () => {
  const wb = new EngineWorkbook();
  const sheet = wb.addEmptySheet("Rules");
  const rules = marketFormatRules("B$5");
  rules.forEach((r, i) => wb.set(sheet, `${columnLetter(3 + i)}1`, r.formula));
  const typed = fc
    .tuple(
      fc.oneof(fc.constantFrom(...NAMES), fc.stringMatching(/^[A-Za-z|]{0,6}$/)),
      fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
      fc.nat(2),
      fc.nat(2),
    )
    .map(([name, upper, before, after]) => {
      const cased = [...name].map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch.toLowerCase())).join("");
      return " ".repeat(before) + cased + " ".repeat(after);
    });
  fc.assert(
    fc.property(typed, (text) => {
      wb.set(sheet, "B5", text);
      const fired = rules
        .filter((_r, i) => wb.value(sheet, `${columnLetter(3 + i)}1`) === true)
        .map((r) => r.numberFormat);
      const expected = formatForMarket(text);
      expect(fired).toEqual(expected ? [expected] : []);
    }),
    { numRuns: 300 },
  );
  wb.destroy();
});
