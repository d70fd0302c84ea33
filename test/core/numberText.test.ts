/**
 * Numbers typed as text: read exactly or refused, never misread (issue #12 §4).
 */
import fc from "fast-check";
import { Decimal } from "../../src/core/decimal";
import { CoreError } from "../../src/core/errors";
import { readNumber, readRate } from "../../src/core/money";
import { parseNumberText, rateFromText } from "../../src/core/numberText";
import { runs } from "../support/runs";

const RUNS = runs(10000);

function read(text: string, percent = false): string {
  const r = parseNumberText(text, { percent });
  return r.ok ? `ok ${r.value.toString()}` : `refused ${r.reason}`;
}

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return `${(e as CoreError).kind}:${(e as CoreError).message}`;
  }
  return "ok";
}

describe("what is accepted", () => {
  test.each([
    ["1234.56", "1234.56"],
    ["-12", "-12"],
    ["+12", "12"],
    ["\u221212.5", "-12.5"],
    [".5", "0.5"],
    ["5.", "5"],
    ["1e3", "1000"],
    ["1E+3", "1000"],
    ["2.5e-2", "0.025"],
    [" 19.99 ", "19.99"],
    ["1,234,567.89", "1234567.89"],
    ["1,234.5", "1234.5"],
    ["1,234,567", "1234567"],
    ["0.1234567890123456789012345678901234567", "0.1234567890123456789012345678901234567"],
  ])("%s → %s", (text, value) => {
    expect(read(text)).toBe(`ok ${value}`);
  });

  test.each([
    ["6%", "0.06"],
    ["6 %", "0.06"],
    ["0.5%", "0.005"],
    ["12.345%", "0.12345"],
    ["0%", "0"],
    ["1e1%", "0.1"],
  ])("percentage %s → %s where a rate is read", (text, value) => {
    expect(read(text, true)).toBe(`ok ${value}`);
    expect(rateFromText(text)?.toString()).toBe(value);
    expect(readRate(text, "rate").toString()).toBe(value);
  });

  test('"0.05" as text is the same rate as 0.05 and as "5%"', () => {
    expect(readRate("0.05", "rate").equals(readRate(0.05, "rate"))).toBe(true);
    expect(readRate("5%", "rate").equals(readRate(0.05, "rate"))).toBe(true);
    expect(rateFromText("Beauty")).toBeNull();
  });
});

describe("what is refused, with what to type", () => {
  test.each([
    ["19,99", "a comma could be a decimal or thousands separator — type 19.99 or enter the number as a number"],
    ["1.234,56", "a comma could be a decimal or thousands separator — type 1234.56 or enter the number as a number"],
    ["1,5", "a comma could be a decimal or thousands separator — type 1.5 or enter the number as a number"],
    ["-1,5", "a comma could be a decimal or thousands separator — type -1.5 or enter the number as a number"],
    [
      "1,234",
      "a comma could be a decimal or thousands separator — type 1234 or 1.234, or enter the number as a number",
    ],
    [
      "1,23,456",
      'thousands separators must group three digits ("1,234,567.89") — type 123456 or enter the number as a number',
    ],
    ["1.234.567", "points are decimal points — type 1234567 or enter the number as a number"],
    ["1 234,56", "separators inside a number are not read — type 1234.56 or enter the number as a number"],
    ["1'234.50", "separators inside a number are not read — type 1234.50 or enter the number as a number"],
    ["6%", "a percentage is not accepted here — enter the number itself"],
    ["1e99999", "the exponent is out of range — enter the number without it"],
  ])("%s", (text, reason) => {
    expect(read(text)).toBe(`refused ${reason}`);
  });

  test.each(["12abc", "--5", "+-5", "-", ".", "", "e5", "1e", "$12", "(12)", "1.2.3", "0x10", "Infinity", "NaN", "%"])(
    "%s is not a number",
    (text) => {
      expect(read(text, true)).toBe("refused not a number");
    },
  );

  test("readNumber turns a refusal into #VALUE! naming the argument and the fix", () => {
    expect(errorOf(() => readNumber("19,99", "price"))).toBe(
      'invalidValue:price is text "19,99": a comma could be a decimal or thousands separator — type 19.99 or enter the number as a number.',
    );
    expect(errorOf(() => readNumber("12abc", "price", { noun: "the unit price" }))).toBe(
      'invalidValue:price is text ("12abc"): enter the unit price.',
    );
    expect(errorOf(() => readNumber("5%", "price"))).toMatch(/^invalidValue:price is text "5%": a percentage/);
  });
});

// ---- generated strings ----

const digits = (min: number, max: number) =>
  fc.array(fc.constantFrom(..."0123456789"), { minLength: min, maxLength: max }).map((a) => a.join(""));
const sign = fc.constantFrom("", "-", "+");

/** Groups an integer's digits by three with commas: "1234567" → "1,234,567". */
function group(intDigits: string): string {
  const trimmed = intDigits.replace(/^0+(?=\d)/, "");
  return trimmed.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A well-formed plain number: sign, digits, point, fraction, exponent. Canonical = itself. */
const plainNumber = fc
  .tuple(
    sign,
    digits(0, 16),
    fc.boolean(),
    digits(0, 12),
    fc.option(fc.tuple(fc.constantFrom("e", "E"), fc.constantFrom("", "+", "-"), fc.integer({ min: 0, max: 40 }))),
  )
  .filter(([, i, point, f]) => i.length + (point ? f.length : 0) > 0 && (point || f === ""))
  .map(([s, i, point, f, exp]) => {
    const text = `${s}${i}${point ? "." : ""}${f}${exp ? `${exp[0]}${exp[1]}${exp[2]}` : ""}`;
    const canonical = `${s === "-" ? "-" : ""}${i === "" ? "0" : i}${point && f !== "" ? `.${f}` : ""}${exp ? `e${exp[1] === "-" ? "-" : ""}${exp[2]}` : ""}`;
    return { text, canonical };
  });

/** Thousands-grouped numbers that are unambiguous: a decimal point or at least two commas. */
const groupedNumber = fc
  .tuple(sign, fc.integer({ min: 1, max: 9 }), digits(3, 15), fc.option(digits(0, 8)))
  .map(([s, lead, rest, fraction]) => ({ s, int: `${lead}${rest}`, fraction }))
  .filter(({ int, fraction }) => fraction !== null || int.length > 6)
  .map(({ s, int, fraction }) => ({
    text: `${s}${group(int)}${fraction === null ? "" : `.${fraction}`}`,
    canonical: `${s === "-" ? "-" : ""}${int}${fraction ? `.${fraction}` : ""}`,
  }));

/** A number with a comma that could be a decimal comma: "19,99", "1.234,56", "1,234". */
const ambiguousComma = fc.oneof(
  // digits, one comma, digits (no point): "19,99", "1,5", "1,234", "1234,5678"
  fc.tuple(sign, digits(1, 9), digits(1, 6)).map(([s, a, b]) => `${s}${a},${b}`),
  // European: points as thousands separators, comma decimals: "1.234,56"
  fc
    .tuple(sign, fc.integer({ min: 1, max: 999 }), fc.array(digits(3, 3), { minLength: 1, maxLength: 4 }), digits(1, 4))
    .map(([s, lead, groups, dec]) => `${s}${lead}.${groups.join(".")},${dec}`),
);

describe("over generated strings", () => {
  test("a well-formed number reads to exactly Decimal(its canonical form)", () => {
    fc.assert(
      fc.property(plainNumber, ({ text, canonical }) => {
        const r = parseNumberText(text);
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value.equals(new Decimal(canonical))).toBe(true);
      }),
      RUNS,
    );
  });

  test("well-formed thousands separators read exactly", () => {
    fc.assert(
      fc.property(groupedNumber, ({ text, canonical }) => {
        const r = parseNumberText(text);
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value.equals(new Decimal(canonical))).toBe(true);
      }),
      RUNS,
    );
  });

  test("a comma that could be a decimal comma is always refused, with a message that says what to type", () => {
    fc.assert(
      fc.property(ambiguousComma, (text) => {
        const r = parseNumberText(text, { percent: true });
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.reason).toMatch(/^a comma could be a decimal or thousands separator — type -?\d/);
      }),
      RUNS,
    );
  });

  test("a percentage reads as exactly the number divided by 100", () => {
    fc.assert(
      fc.property(plainNumber, fc.constantFrom("%", " %"), ({ text, canonical }, pct) => {
        const r = parseNumberText(text + pct, { percent: true });
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value.equals(new Decimal(canonical).dividedBy(100))).toBe(true);
        expect(parseNumberText(text + pct).ok).toBe(false);
      }),
      RUNS,
    );
  });

  test("any text is either refused or read as the number it spells — never a different number", () => {
    const messy = fc
      .array(fc.constantFrom(..."0123456789.,-+eE% '\u2212"), { minLength: 1, maxLength: 14 })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(messy, (text) => {
        const r = parseNumberText(text, { percent: true });
        if (!r.ok) return;
        // What was read: the text without its thousands commas, which must have been well-formed.
        let body = text.trim().replace("\u2212", "-");
        const isPercent = body.endsWith("%");
        if (isPercent) body = body.slice(0, -1).trim();
        if (body.includes(",")) {
          expect(body).toMatch(/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/);
          expect(body.includes(".") || body.split(",").length > 2).toBe(true);
        }
        const spelled = new Decimal(body.replace(/,/g, "").replace(/^\+/, ""));
        expect(r.value.equals(isPercent ? spelled.dividedBy(100) : spelled)).toBe(true);
      }),
      runs(50000),
    );
  });

  test("readNumber agrees with the parser on every generated amount", () => {
    fc.assert(
      fc.property(fc.oneof(plainNumber, groupedNumber), ({ text, canonical }) => {
        const expected = new Decimal(canonical);
        const rules = { allowNegative: true, max: new Decimal("1e100") };
        if (expected.abs().greaterThan(rules.max)) return;
        expect(readNumber(text, "price", rules).equals(expected)).toBe(true);
      }),
      RUNS,
    );
  });
});
