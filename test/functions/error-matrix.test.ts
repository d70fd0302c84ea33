/**
 * The error matrix: every function × every argument × the inputs people get wrong. Each must give
 * the specified Excel error with a message that names what to fix — never a number.
 */
import { ExcelError, toExcelError } from "../../src/functions/excelErrors";
import { type FunctionSpec, type ParameterKind, REGISTRY } from "../../src/functions/registry";

type Outcome = "#VALUE!" | "#N/A" | "#NUM!" | "ok";

interface BadInput {
  readonly label: string;
  readonly value: unknown;
  readonly outcome: (kind: ParameterKind, optional: boolean, neededHere: boolean) => Outcome;
}

const isCode = (k: ParameterKind) => k === "market" || k === "category" || k === "name";

const BAD_INPUTS: BadInput[] = [
  // An optional argument the example's case needs (a spec's neededWhen) is #VALUE! when left out.
  { label: "empty", value: null, outcome: (_k, optional, needed) => (optional && !needed ? "ok" : "#VALUE!") },
  {
    label: "text for a number / unknown code",
    value: "zzz-nonsense",
    outcome: (k) => (isCode(k) ? "#N/A" : "#VALUE!"),
  },
  { label: "negative", value: -5, outcome: (k) => (k === "signedMoney" ? "ok" : "#VALUE!") },
  { label: "1e308", value: 1e308, outcome: () => "#VALUE!" },
  { label: "TRUE", value: true, outcome: () => "#VALUE!" },
  {
    label: "a 2-D range",
    value: [
      [1, 2],
      [3, 4],
    ],
    outcome: () => "#VALUE!",
  },
  { label: "zero where a count belongs", value: 0, outcome: (k) => (k === "count" ? "#VALUE!" : ("skip" as Outcome)) },
  {
    label: "a date before the rate book",
    value: "2001-01-01",
    outcome: (k) => (k === "date" ? "#N/A" : ("skip" as Outcome)),
  },
];

function call(spec: FunctionSpec, args: unknown[]): { code: Outcome; message: string; value?: unknown } {
  try {
    const value = spec.impl(...args);
    return { code: "ok", message: "", value };
  } catch (e) {
    const err = toExcelError(e);
    return { code: err.code, message: err.message };
  }
}

/** Optional arguments that the first example of a function needs (US referral: the customer payment). */
const NEEDED_BY_EXAMPLE: Record<string, string[]> = { EXPECTEDFEE: ["customer_payment"] };

const cases: [string, string, string, unknown[], Outcome, FunctionSpec][] = [];
for (const spec of REGISTRY) {
  const base = spec.examples[0].args;
  spec.parameters.forEach((p, i) => {
    for (const bad of BAD_INPUTS) {
      const outcome = bad.outcome(
        p.kind,
        p.optional,
        p.neededWhen !== undefined && (NEEDED_BY_EXAMPLE[spec.id] ?? []).includes(p.name),
      );
      if ((outcome as string) === "skip") continue;
      const args = [...base];
      while (args.length <= i) args.push(null);
      args[i] = bad.value;
      cases.push([spec.id, p.name, bad.label, args, outcome, spec]);
    }
  });
}

test("the matrix covers every function with parameters", () => {
  const covered = new Set(cases.map((c) => c[0]));
  expect(REGISTRY.filter((s) => s.parameters.length > 0).every((s) => covered.has(s.id))).toBe(true);
});

test.each(cases)("%s, %s = %s", (_id, param, _label, args, outcome, spec) => {
  const r = call(spec, args);
  expect(r.code).toBe(outcome);
  if (outcome === "ok") {
    const v = r.value;
    expect(typeof v === "number" ? Number.isFinite(v) : v !== undefined).toBe(true);
  } else {
    // The message says which argument to fix (errors about an unknown code quote the code).
    expect(r.message).toMatch(new RegExp(`${param}|zzz-nonsense|category`));
    expect(r.message.length).toBeGreaterThan(15);
  }
});

test.each(REGISTRY.filter((s) => s.parameters.length > 0).map((s) => [s.id, s] as const))(
  "%s passes an error value from another cell through unchanged",
  (_id, spec) => {
    const args = [...spec.examples[0].args];
    if (args.length === 0) args.push(null);
    args[0] = new ExcelError("#N/A", "upstream");
    expect(call(spec, args)).toEqual({ code: "#N/A", message: "upstream" });
  },
);

test("a category of 0 is refused (an empty cell on Excel desktop), '0%' as text is a real 0 % commission", () => {
  const shopFee = REGISTRY.find((s) => s.id === "SHOPFEE")!;
  const zero = call(shopFee, [20, "US", 0]);
  expect(zero.code).toBe("#VALUE!");
  expect(zero.message).toMatch(/empty cell also reads as 0.*"0%"/);
  expect(call(shopFee, [20, "US", "0%"]).value).toBe(0);
  expect(call(shopFee, [20, "US", "5%"]).value).toBe(1);
  expect(call(shopFee, [20, "US", " 7.49 % "]).value).toBe(1.5);
});

test("impossible results are #NUM!", () => {
  const byId = (id: string) => REGISTRY.find((s) => s.id === id)!;
  expect(call(byId("SHOPPRICE"), [20, 1, "US"]).code).toBe("#NUM!");
  expect(call(byId("SHOPPRICE"), [20, 0.95, "US"]).code).toBe("#NUM!");
  expect(call(byId("SHOPMARGIN"), [0, 0, "US"]).code).toBe("#NUM!");
  expect(call(byId("MAXAFFILIATE"), [100, 90, 0.5, "US"]).code).toBe("#NUM!");
});

describe("answers past the limits of what the add-in counts are #NUM! that name the input to change", () => {
  const call = (id: string, ...args: unknown[]) => {
    try {
      return REGISTRY.find((s) => s.id === id)!.impl(...args);
    } catch (e) {
      return toExcelError(e);
    }
  };
  test.each([
    ["DIAMONDSFORPAYOUT", [1e15], /target_usd|smaller target/],
    ["GIFTSFORPAYOUT", ["Lion", 1e13], /smaller target/],
    ["BREAKEVENPRICE", [1e15, "US"], /unit_cost/],
    ["SHOPPRICE", [9e14, 0.3, "US"], /unit_cost/],
    // 94 % is the most a 6 % fee leaves: the price runs off whatever the cost, so the margin is named.
    ["SHOPPRICE", [20, 0.94, "US"], /lower target_margin/],
    // The exact count is 1e12; the cent's rounding asks for one more.
    ["DIAMONDSFORPAYOUT", [3333333333.331, 0.003333333333333333, 0], /smaller target/],
  ] as const)("%s%j", (id, args, names) => {
    const r = call(id, ...args);
    expect(r).toBeInstanceOf(ExcelError);
    expect((r as ExcelError).code).toBe("#NUM!");
    expect((r as ExcelError).message).toMatch(names);
  });

  test("just inside the limits they still answer", () => {
    // At USD 0.005 a diamond, 2e11 diamonds pay the target exactly.
    expect(call("DIAMONDSFORPAYOUT", 1e9)).toBe(200_000_000_000);
    expect(typeof call("SHOPPRICE", 1e14, 0.3, "US")).toBe("number");
  });
});
