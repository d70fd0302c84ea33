/**
 * The formula-engine host: every TIKTOK.* function of the one registry, registered as a
 * HyperFormula function plugin, so templates and formulas are evaluated for real without Excel
 * (tests, the preview, the CLI). HyperFormula is GPL-3.0: this folder is for development and the
 * preview only and is never part of the add-in bundle (a test checks).
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import { ExcelError, toExcelError } from "../functions/excelErrors";
import { type FunctionSpec, NAMESPACE, REGISTRY } from "../functions/registry";

type Ast = { type: string; value?: unknown; args?: Ast[] };
type Interp = {
  runFunction: (args: Ast[], state: unknown, metadata: unknown, fn: (...a: unknown[]) => unknown) => unknown;
  metadata(name: string): unknown;
};

const ERROR_TYPES: Record<ExcelError["code"], ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
};

const CODE_OF_ERROR_TYPE: Partial<Record<string, ExcelError["code"]>> = {
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.NUM]: "#NUM!",
};

/** HyperFormula's argument values → what the Excel adapters expect (Excel's conventions). */
function toExcelArg(value: unknown): unknown {
  if (value === undefined || value === EmptyValue) return null;
  if (value instanceof CellError)
    return new ExcelError(CODE_OF_ERROR_TYPE[value.type] ?? "#VALUE!", value.message ?? value.type);
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(toExcelArg));
  // Dates, currencies and percentages arrive as rich numbers carrying their value in `val`.
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: unknown }).val;
  return value;
}

function toEngineValue(value: unknown): unknown {
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return new CellError(ErrorType.VALUE, "Unexpected result type");
}

/** Literal arguments (numbers, text, omitted) let the engine know a table's size before evaluation. */
function literalArgs(ast: Ast): unknown[] | null {
  const out: unknown[] = [];
  for (const a of ast.args ?? []) {
    if (a.type === "NUMBER" || a.type === "STRING") out.push(a.value);
    else if (a.type === "EMPTY") out.push(null);
    else return null;
  }
  return out;
}

/** Rows × columns a table function will fill: exact for literal arguments, else the spec's maximum. */
function predictedSize(spec: FunctionSpec, ast: Ast): { rows: number; columns: number } {
  const max = spec.table ?? { columns: 1, maxRows: 1 };
  const literal = literalArgs(ast);
  if (literal) {
    try {
      const table = spec.impl(...literal) as unknown[][];
      return { rows: table.length, columns: table[0]?.length ?? 1 };
    } catch {
      return { rows: 1, columns: 1 };
    }
  }
  return { rows: max.maxRows, columns: max.columns };
}

function run(spec: FunctionSpec, args: unknown[], size: { rows: number; columns: number } | null): unknown {
  try {
    const result = spec.impl(...args.map(toExcelArg));
    if (spec.result !== "table") return toEngineValue(result);
    const table = (result as unknown[][]).map((row) => row.map(toEngineValue));
    if (size) {
      // Pad to the size predicted before evaluation; the engine needs the two to agree.
      while (table.length < size.rows) table.push([]);
      for (const row of table) while (row.length < size.columns) row.push("");
    }
    return SimpleRangeValue.onlyValues(table as never);
  } catch (e) {
    const err = toExcelError(e);
    return new CellError(ERROR_TYPES[err.code], err.message);
  }
}

export class TikTokPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {};
}

const translations: Record<string, string> = {};
for (const spec of REGISTRY) {
  const name = `${NAMESPACE}.${spec.id}`;
  translations[name] = name;
  const method = `fn_${spec.id}`;
  const sizeMethod = `size_${spec.id}`;
  TikTokPlugin.implementedFunctions[name] = {
    method,
    parameters: spec.parameters.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.optional })),
    vectorizationForbidden: true,
    ...(spec.result === "table" ? { sizeOfResultArrayMethod: sizeMethod } : {}),
  };
  const proto = TikTokPlugin.prototype as unknown as Record<string, unknown>;
  // A scalar function's runner is made once, not per evaluated cell.
  const runScalar = (...args: unknown[]) => run(spec, args, null);
  proto[method] = function (this: Interp, ast: Ast, state: unknown) {
    if (spec.result !== "table") return this.runFunction(ast.args ?? [], state, this.metadata(name), runScalar);
    const size = predictedSize(spec, ast);
    return this.runFunction(ast.args ?? [], state, this.metadata(name), (...args: unknown[]) => run(spec, args, size));
  };
  if (spec.result === "table") {
    proto[sizeMethod] = (ast: Ast) => {
      const s = predictedSize(spec, ast);
      return new ArraySize(s.columns, s.rows);
    };
  }
}

let registered = false;

/** Registers the TIKTOK.* functions with HyperFormula (once per process). */
export function registerTikTokFunctions(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(TikTokPlugin, { enGB: translations, enUS: translations });
  registered = true;
}

/** Engine settings that match Excel where it matters for money. */
export const ENGINE_CONFIG = {
  licenseKey: "gpl-v3",
  precisionRounding: 14,
  leapYear1900: true,
  useArrayArithmetic: false,
  maxRows: 200_000,
} as const;
