import { Decimal } from "../../src/core/decimal";
import { currency, readNumber, readRate, roundMoney } from "../../src/core/money";
import { CoreError } from "../../src/core/errors";

describe("roundMoney: to the minor unit, half away from zero", () => {
  test.each([
    ["USD", "0.125", "0.13"],
    ["USD", "-0.125", "-0.13"],
    ["USD", "11.554", "11.55"],
    ["IDR", "1250.5", "1251"],
    ["VND", "2999.49", "2999"],
    ["JPY", "0.5", "1"],
    ["GBP", "2.0691", "2.07"],
  ])("%s %s → %s", (code, input, expected) => {
    expect(roundMoney(new Decimal(input), currency(code)).toString()).toBe(expected);
  });
});

describe("readNumber", () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return (e as CoreError).kind + ":" + (e as CoreError).message;
    }
    return "ok";
  };
  test("accepts numbers and numeric text", () => {
    expect(readNumber(12.5, "price").toString()).toBe("12.5");
    expect(readNumber(" 1,250.50 ", "price").toString()).toBe("1250.5");
  });
  test("text with a comma that could be a decimal comma is refused, never misread (#12 §4)", () => {
    // =TIKTOK.SHOPFEE("19,99","DE") used to answer the fee on 1999.
    expect(code(() => readNumber("19,99", "price"))).toMatch(/^invalidValue:price is text "19,99": .* type 19\.99/);
    expect(code(() => readNumber("1.234,56", "price"))).toMatch(/type 1234\.56/);
  });
  test("rejects what is not an amount, naming the argument", () => {
    expect(code(() => readNumber("abc", "price"))).toMatch(/^invalidValue:price is text/);
    expect(code(() => readNumber(-1, "price"))).toMatch(/^invalidValue:price is negative/);
    expect(code(() => readNumber(null, "price"))).toMatch(/^invalidValue:price is empty/);
    expect(code(() => readNumber(true, "price"))).toMatch(/^invalidValue:price is TRUE\/FALSE/);
    expect(code(() => readNumber(1e308, "price"))).toMatch(/^invalidValue:price is too large/);
    expect(code(() => readNumber(Number.NaN, "price"))).toMatch(/^invalidValue:price is not a finite/);
    expect(code(() => readNumber(1.5, "quantity", { integer: true }))).toMatch(/whole number/);
    expect(code(() => readNumber(0, "quantity", { allowZero: false }))).toMatch(/is zero/);
  });
  test("rates above 100 % are refused with a hint", () => {
    expect(readRate(0.06, "rate").toString()).toBe("0.06");
    expect(code(() => readRate(6, "rate"))).toMatch(/6% is 0.06/);
  });
});
