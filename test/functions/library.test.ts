/** Every registered function answers its worked example through the host-neutral adapter. */
import { REGISTRY } from "../../src/functions/registry";
import { RATE_BOOK_VERSION } from "../../src/core/rates";
import { EXAMPLES } from "./examples";

test("every registered function has an example", () => {
  expect(REGISTRY.map((f) => f.id).filter((id) => !EXAMPLES[id])).toEqual([]);
});

test.each(REGISTRY.map((f) => [f.id, f] as const))("%s answers its example", (id, spec) => {
  const { args, expected } = EXAMPLES[id];
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
