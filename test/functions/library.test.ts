/** Every registered function answers its spec's worked examples through the host-neutral impl. */
import { REGISTRY } from "../../src/functions/registry";
import { RATE_BOOK_VERSION } from "../../src/core/rates";

test("every registered function has at least one example", () => {
  expect(REGISTRY.filter((f) => f.examples.length === 0).map((f) => f.id)).toEqual([]);
});

const cases = REGISTRY.flatMap((spec) => spec.examples.map((ex) => [spec.id, ex.args, spec, ex] as const));

test.each(cases)("%s%p answers its example", (_id, _args, spec, { args, expected }) => {
  const value = spec.impl(...args);
  if (expected === "version") {
    expect(value).toBe(RATE_BOOK_VERSION.label);
    expect(value).toMatch(/^\d{4}-\d{2}-\d{2}\+[0-9a-f]{8}$/);
  } else if (typeof expected === "object") {
    expect(spec.result).toBe("table");
    const table = value as unknown[][];
    expect(table[0]).toEqual(expected.header);
    expect(table.length).toBe(expected.rows);
    for (const row of table) expect(row.length).toBe(expected.columns);
    for (const row of table) for (const cell of row) expect(["string", "number", "boolean"]).toContain(typeof cell);
  } else {
    expect(spec.result).toBe("scalar");
    expect(value).toBe(expected);
  }
});

test("parameter names are unique within a function and every kind is one the reader knows", () => {
  const kinds = ["money", "signedMoney", "quantity", "count", "rate", "margin", "market", "category", "name", "date"];
  for (const spec of REGISTRY) {
    const names = spec.parameters.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const p of spec.parameters) expect(kinds).toContain(p.kind);
    // Required parameters come first, as Excel requires.
    const firstOptional = spec.parameters.findIndex((p) => p.optional);
    if (firstOptional >= 0) expect(spec.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
  }
});
