/** The grade count of the rate book (issue #22): A-grade entries never silently drop. */
import { ALL_RATES } from "../../../src/core/rates";
import { gradeCounts, gradeReport } from "../../../src/core/rates/grades";

/** A-grade entries after the 2026-12 official-first sweep: 63 of 299, as before it (docs/research/rate-audit.md). */
const A_FLOOR = 63;

test("every entry is counted once, and A-grade entries do not fall below the last sweep", () => {
  const c = gradeCounts();
  expect(c.A + c["A-"] + c.B + c.C + c.D).toBe(ALL_RATES.length);
  expect(c.A).toBeGreaterThanOrEqual(A_FLOOR);
  if (process.env.GRADES) console.log(gradeReport());
});
