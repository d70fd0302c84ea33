/**
 * Property-test sizes: the full size when `CI` is set (`.ci/run`, and `CI=1 npm test`), a tenth of it
 * (at least 1 run, at most the full size) otherwise, so `npm test` stays quick on a 2-core machine
 * while CI still runs every property at full size.
 */
export const FULL_SIZE = Boolean(process.env.CI) && process.env.CI !== "0" && process.env.CI !== "false";

/** How many runs a property gets: `full` under CI, `full / 10` (or `local` when given) otherwise. */
export function numRuns(full: number, local?: number): number {
  if (FULL_SIZE) return full;
  return Math.max(1, Math.min(full, local ?? Math.ceil(full / 10)));
}

/** fast-check parameters for a property of `full` runs under CI. */
export function runs(full: number, local?: number): { numRuns: number } {
  return { numRuns: numRuns(full, local) };
}
