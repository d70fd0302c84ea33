/**
 * The one table of TIKTOK.* functions: id, host-neutral implementation, parameters and result
 * shape. Excel's registration (JSDoc in functions.ts → functions.json), the formula-engine host and
 * the CLI all derive from it; test/functions/metadata.test.ts proves functions.json agrees.
 */
import { rateBookVersion } from "./library/ratebook";
import { shopCommissionFee, shopFee } from "./library/shop";

export interface ParameterSpec {
  readonly name: string;
  readonly optional: boolean;
}

export interface FunctionSpec {
  /** Excel id and name without the TIKTOK. namespace, e.g. "SHOPFEE". */
  readonly id: string;
  readonly impl: (...args: unknown[]) => unknown;
  readonly parameters: readonly ParameterSpec[];
  /** "scalar" returns one value; "table" spills a 2-D array with a header row. */
  readonly result: "scalar" | "table";
}

const required = (name: string): ParameterSpec => ({ name, optional: false });
const optional = (name: string): ParameterSpec => ({ name, optional: true });

const ORDER_LINE = [
  required("price"),
  optional("market"),
  optional("category"),
  optional("quantity"),
  optional("shipping"),
  optional("seller_discount"),
  optional("platform_discount"),
  optional("as_of"),
];

export const REGISTRY: readonly FunctionSpec[] = [
  { id: "RATEBOOK", impl: rateBookVersion, parameters: [], result: "scalar" },
  { id: "SHOPFEE", impl: shopFee, parameters: ORDER_LINE, result: "scalar" },
  { id: "SHOPCOMMISSION", impl: shopCommissionFee, parameters: ORDER_LINE, result: "scalar" },
];

export const NAMESPACE = "TIKTOK";
