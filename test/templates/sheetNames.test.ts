import fc from "fast-check";
import { uniqueSheetName, validSheetName } from "../../src/templates/sheetNames";
import { runs } from "../support/runs";

test("forbidden characters, length and reserved names", () => {
  expect(validSheetName("P&L: US/UK [draft]?")).toBe("P&L US UK draft");
  expect(validSheetName("x".repeat(40))).toHaveLength(31);
  expect(validSheetName("'quoted'")).toBe("quoted");
  expect(validSheetName("   ")).toBe("Sheet");
  expect(validSheetName("History")).toBe("History sheet");
});

test("a taken name gets (2), (3)… case-insensitively, and stays within 31 characters", () => {
  expect(uniqueSheetName("Shop P&L", ["shop p&l"])).toBe("Shop P&L (2)");
  expect(uniqueSheetName("Shop P&L", ["Shop P&L", "Shop P&L (2)"])).toBe("Shop P&L (3)");
  const long = "A very long scenario sheet name indeed";
  const first = uniqueSheetName(long, []);
  expect(uniqueSheetName(long, [first])).toBe(`${first.slice(0, 27).trim()} (2)`);
});

test("any wanted name gives a valid name not already taken", () => {
  fc.assert(
    fc.property(
      fc.string({ maxLength: 50 }),
      fc.array(fc.string({ maxLength: 35 }), { maxLength: 20 }),
      (wanted, existing) => {
        const name = uniqueSheetName(wanted, existing);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(31);
        expect(/[:\\/?*[\]]/.test(name)).toBe(false);
        expect(existing.map((e) => e.toLowerCase())).not.toContain(name.toLowerCase());
      },
    ),
    runs(10000),
  );
});
