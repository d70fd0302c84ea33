/**
 * Whatever Excel passes, every function answers with a finite number, text, a rectangular table of
 * those, or an ExcelError with a message — never another exception, NaN or Infinity.
 */
import fc from "fast-check";
import { CoreError } from "../../src/core/errors";
import { ExcelError, toExcelError } from "../../src/functions/excelErrors";
import { REGISTRY } from "../../src/functions/registry";
import { runs } from "../support/runs";

const scalar = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e6, max: 1e9 }),
  fc.constantFrom(0, 1, -1, 0.5, 1e15, 1e308, Number.NaN, Number.POSITIVE_INFINITY, 45292),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("US", "uk", "ID", "All", "Lion", "CPM", "campaign", "web", "2024-03-31", "abc", "", " 12.5 ", "-3"),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant([[1, 2]]),
  fc.constant([[7]]),
);

function isCell(v: unknown): boolean {
  return (typeof v === "number" && Number.isFinite(v)) || typeof v === "string" || typeof v === "boolean";
}

test.each(REGISTRY.map((s) => [s.id, s] as const))("%s never throws anything but a typed Excel error", (_id, spec) => {
  const arity = spec.parameters.length;
  fc.assert(
    fc.property(
      fc.array(scalar, { minLength: arity, maxLength: arity }),
      fc.nat({ max: Math.max(arity, 1) }),
      (random, keep) => {
        // Mix random values into a valid call so that deep code paths are reached, not only argument checks.
        const base = spec.examples[0].args;
        const args = random.map((r, i) => (i < keep && i < base.length ? base[i] : r));
        try {
          const out = spec.impl(...args);
          if (spec.result === "table") {
            const table = out as unknown[][];
            expect(Array.isArray(table) && table.length > 0).toBe(true);
            const width = table[0].length;
            for (const row of table) {
              expect(row.length).toBe(width);
              for (const cell of row) expect(isCell(cell)).toBe(true);
            }
          } else {
            expect(isCell(out)).toBe(true);
          }
        } catch (e) {
          // A typed error the hosts map to #VALUE!, #N/A or #NUM! — not a bug surfacing as "Unexpected error".
          expect(e instanceof ExcelError || e instanceof CoreError).toBe(true);
          expect(toExcelError(e).message.length).toBeGreaterThan(10);
        }
      },
    ),
    runs(400),
  );
});
