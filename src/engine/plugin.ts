/**
 * The formula-engine host: every TIKTOK.* function of the one registry, registered as a
 * HyperFormula function plugin, so templates and formulas are evaluated for real without Excel
 * (tests, the preview, the CLI). HyperFormula is GPL-3.0: this folder is for development and the
 * preview only and is never part of the add-in bundle (a test checks).
 *
 * Ranges and arrays given where one value belongs are lifted, as Excel lifts a function over them
 * (docs/functions.md, "Ranges and arrays"): a function that returns one value is called once per
 * element and its results spill in the shape of the arguments — a one-row or one-column argument
 * repeats along the other direction, one value repeats everywhere, and where arguments of different
 * sizes leave no element the cell is #N/A. The Excel wrappers stay scalar: the lifting is the
 * host's, here as in Excel. Functions that return a table are not lifted (a table per element
 * would nest arrays): a range there is #VALUE!, as before.
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
import { errorText } from "../i18n/active";
import { type FunctionSpec, NAMESPACE, REGISTRY } from "../functions/registry";

type Ast = { type: string; value?: unknown; args?: Ast[] };
type Interp = {
  runFunction: (args: Ast[], state: unknown, metadata: unknown, fn: (...a: unknown[]) => unknown) => unknown;
  metadata(name: string): unknown;
  /** HyperFormula's prediction of what an argument's formula gives: a range's rows and columns, 1 × 1 for one value. */
  arraySizeForAst(ast: Ast, state: unknown): ArraySize;
};

/** Rows × columns. */
interface Shape {
  readonly rows: number;
  readonly columns: number;
}

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
    return new CellError(ERROR_TYPES[err.code], errorText(err));
  }
}

/**
 * Each argument's shape as the formula writes it: A2:A100 is 99 × 1 even where its last cells are
 * empty (the engine hands over only the filled part), {10,20,30} is 1 × 3, a cell or a value 1 × 1.
 */
function argumentShapes(interp: Interp, ast: Ast, state: unknown): Shape[] {
  return (ast.args ?? []).map((a) => {
    const size = interp.arraySizeForAst(a, state);
    return { rows: size.height, columns: size.width };
  });
}

/** The shape of the lifted result: the largest rows and columns of the arguments; null when every argument is one value. */
function liftedShape(shapes: readonly Shape[]): Shape | null {
  const rows = Math.max(1, ...shapes.map((s) => s.rows));
  const columns = Math.max(1, ...shapes.map((s) => s.columns));
  return rows === 1 && columns === 1 ? null : { rows, columns };
}

const NO_ELEMENT = "No value here: the ranges or arrays given to this function differ in size.";

/**
 * The argument of one call of a lifted function, for the result's row r and column c: Excel's
 * broadcasting — a one-row (one-column) argument gives its only row (column) to every row (column),
 * a one-value argument is the same everywhere; past the end of a smaller argument there is none.
 */
function elementOf(value: unknown, shape: Shape, r: number, c: number): { value: unknown } | null {
  if (shape.rows === 1 && shape.columns === 1) return { value };
  const row = shape.rows === 1 ? 0 : r;
  const column = shape.columns === 1 ? 0 : c;
  if (row >= shape.rows || column >= shape.columns) return null;
  if (!(value instanceof SimpleRangeValue)) return { value };
  // Cells past the filled part of a range are empty cells.
  return { value: value.rawData()[row]?.[column] ?? EmptyValue };
}

/** A function that returns one value, called once per element of its lifted arguments. */
function runLifted(spec: FunctionSpec, args: unknown[], shapes: readonly Shape[], result: Shape): SimpleRangeValue {
  const rows: unknown[][] = [];
  for (let r = 0; r < result.rows; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < result.columns; c++) {
      const elements = args.map((a, i) => elementOf(a, shapes[i] ?? { rows: 1, columns: 1 }, r, c));
      row.push(
        elements.some((e) => e === null)
          ? new CellError(ErrorType.NA, NO_ELEMENT)
          : run(
              spec,
              elements.map((e) => e!.value),
              null,
            ),
      );
    }
    rows.push(row);
  }
  return SimpleRangeValue.onlyValues(rows as never);
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
    // The lifting is ours (HyperFormula vectorizes only in its array-arithmetic mode, and fills
    // a missing element with the default instead of #N/A).
    vectorizationForbidden: true,
    sizeOfResultArrayMethod: sizeMethod,
  };
  const proto = TikTokPlugin.prototype as unknown as Record<string, unknown>;
  // A scalar function's runner is made once, not per evaluated cell.
  const runScalar = (...args: unknown[]) => run(spec, args, null);
  proto[method] = function (this: Interp, ast: Ast, state: unknown) {
    if (spec.result !== "table") {
      const shapes = argumentShapes(this, ast, state);
      const result = liftedShape(shapes);
      if (result === null) return this.runFunction(ast.args ?? [], state, this.metadata(name), runScalar);
      return this.runFunction(ast.args ?? [], state, this.metadata(name), (...args: unknown[]) =>
        runLifted(spec, args, shapes, result),
      );
    }
    const size = predictedSize(spec, ast);
    return this.runFunction(ast.args ?? [], state, this.metadata(name), (...args: unknown[]) => run(spec, args, size));
  };
  proto[sizeMethod] = function (this: Interp, ast: Ast, state: unknown) {
    if (spec.result !== "table") {
      const result = liftedShape(argumentShapes(this, ast, state));
      return result === null ? ArraySize.scalar() : new ArraySize(result.columns, result.rows);
    }
    const s = predictedSize(spec, ast);
    return new ArraySize(s.columns, s.rows);
  };
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
