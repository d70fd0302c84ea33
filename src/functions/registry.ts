/**
 * The one list of TIKTOK.* functions, in the order Excel lists them. Each entry is a spec (see
 * spec.ts) defined in ./specs; Excel's declarations (generated/functions.ts, written by
 * `npm run generate:functions`), the formula-engine host, the CLI and the tests all read this list.
 */
import * as ADS from "./specs/ads";
import * as LIVE from "./specs/live";
import * as RATES from "./specs/ratebook";
import * as SETTLEMENT from "./specs/settlement";
import * as SHOP from "./specs/shop";
import type { FunctionSpec } from "./spec";

export type { FunctionSpec, ParameterKind, ParameterSpec } from "./spec";

export const NAMESPACE = "TIKTOK";

/**
 * Every FunctionSpec a domain module exports (helpers are skipped), by id: a module namespace lists
 * its exports alphabetically under ES modules but in declaration order under CommonJS, so the id
 * order is the one both agree on.
 */
function specsOf(module: Record<string, unknown>): FunctionSpec[] {
  return Object.values(module)
    .filter((v): v is FunctionSpec => typeof v === "object" && v !== null && "impl" in v && "parameters" in v)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Domains in the order Excel's metadata lists them; within a domain, by id.
 * A new function in an existing domain file needs no line here.
 */
export const REGISTRY: readonly FunctionSpec[] = [
  ...specsOf(RATES),
  ...specsOf(SHOP),
  ...specsOf(LIVE),
  ...specsOf(ADS),
  ...specsOf(SETTLEMENT),
];

/** Specs by id, for the Excel wrappers and lookups by name. */
export const SPECS: Readonly<Record<string, FunctionSpec>> = Object.fromEntries(REGISTRY.map((s) => [s.id, s]));
