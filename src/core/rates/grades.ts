/**
 * How many entries of the rate book carry each grade (issue #22, "Official first": A is an
 * official TikTok page). `GRADES=1 npx jest test/core/rates/grades.test.ts` prints the report.
 */
import { ALL_RATES } from "./index";
import type { Grade, RateEntry } from "./types";

export type GradeCounts = { readonly total: number } & { readonly [G in Grade]: number };

export function gradeCounts(entries: readonly RateEntry[] = ALL_RATES): GradeCounts {
  const counts = { total: entries.length, A: 0, "A-": 0, B: 0, C: 0, D: 0 };
  for (const e of entries) counts[e.grade] += 1;
  return counts;
}

/** "A 63 of 299 (A- 0, B 120, C 90, D 26)", and the same per book. */
export function gradeReport(entries: readonly RateEntry[] = ALL_RATES): string {
  const line = (label: string, list: readonly RateEntry[]): string => {
    const c = gradeCounts(list);
    return `${label}: A ${c.A} of ${c.total} (A- ${c["A-"]}, B ${c.B}, C ${c.C}, D ${c.D})`;
  };
  const books = ["shop", "live", "ads"] as const;
  return [
    line("all", entries),
    ...books.map((b) =>
      line(
        b,
        entries.filter((e) => e.book === b),
      ),
    ),
  ].join("\n");
}
