/**
 * Turns a declaration (parameters + implementation over named arguments) into a FunctionSpec whose
 * `impl` every host calls with raw arguments in Excel's order.
 */
import { Decimal } from "../core/decimal";
import { ExcelError } from "./excelErrors";
import { MESSAGES } from "./messages";
import { type Cell, type Table, toCellNumber } from "./output";
import { readArguments } from "./read";
import type { ArgsOf, Example, FunctionSpec, ParameterSpec, Result } from "./spec";

export interface Declaration<P extends readonly ParameterSpec[]> {
  readonly id: string;
  readonly description: string;
  readonly returns: string;
  readonly parameters: P;
  readonly result: "number" | "string" | "table";
  readonly table?: { readonly columns: number; readonly maxRows: number };
  readonly examples: readonly Example[];
  /**
   * The implementation over named arguments. It must not keep `args` (or hand it to anything that
   * outlives the call): the object is refilled by the function's next call.
   */
  readonly run: (args: ArgsOf<P>) => Result;
}

function toCell(value: Result): Cell {
  if (value instanceof Decimal) return toCellNumber(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new ExcelError("#NUM!", MESSAGES.tooLargeForCell());
    return value === 0 ? 0 : value;
  }
  if (typeof value === "string" || typeof value === "boolean") return value;
  throw new ExcelError("#VALUE!", MESSAGES.tableForValue());
}

export function defineFunction<const P extends readonly ParameterSpec[]>(d: Declaration<P>): FunctionSpec {
  // One arguments object per function, refilled on every call (a sheet recalculates a function
  // hundreds of thousands of times; run() reads it and keeps nothing of it). A call made while
  // it is in use (re-entry) gets its own.
  const reused: Record<string, unknown> = Object.fromEntries(d.parameters.map((p) => [p.name, null]));
  let inUse = false;
  const impl = (...raw: unknown[]): Cell | Table => {
    if (inUse) return evaluate(readArguments(d.parameters, raw) as ArgsOf<P>);
    inUse = true;
    try {
      return evaluate(readArguments(d.parameters, raw, reused) as ArgsOf<P>);
    } finally {
      inUse = false;
    }
  };
  const evaluate = (args: ArgsOf<P>): Cell | Table => {
    const value = d.run(args);
    if (d.result !== "table") return toCell(value);
    if (!Array.isArray(value)) throw new ExcelError("#VALUE!", MESSAGES.valueForTable());
    return value.map((row) => row.map((cell) => toCell(cell as Result)));
  };
  return {
    id: d.id,
    description: d.description,
    returns: d.returns,
    parameters: d.parameters,
    result: d.result === "table" ? "table" : "scalar",
    resultType: d.result,
    ...(d.table ? { table: d.table } : {}),
    helpAnchor: d.id.toLowerCase(),
    examples: d.examples,
    impl,
  };
}
