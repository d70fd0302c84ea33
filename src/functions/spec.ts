/**
 * One spec per TIKTOK.* function: the single source of its name, help text, parameters (name, kind,
 * optional, default, description), result shape, examples and implementation. Excel's JSDoc
 * declarations (generated/functions.ts), the formula-engine plugin, the CLI and the tests all read
 * the specs; nothing declares a function a second time.
 *
 * Arguments are read by kind before the implementation runs (as HyperFormula's function plugins
 * declare argument types), into an object keyed by parameter name, so an implementation never reads
 * a position.
 */
import type { IsoDate } from "../core/dates";
import type { Decimal, DecimalInput } from "../core/decimal";
import type { Cell, Table } from "./output";

/**
 * What a parameter holds. It decides how the argument is read and how bad input is answered:
 * - money: an amount of currency, zero or more; signedMoney: an amount as a settlement file signs it
 *   (fees and refunds negative); quantity: a number of things (coins, views, kilograms), zero
 *   allowed; count: a whole number of at least one (units, days);
 * - rate: a fraction from 0 to 1 (0.06, or "6%" as text); margin: a fraction from −1 to 1;
 * - market, category, name: codes looked up in the rate book (#N/A when unknown); a category may
 *   also be a commission rate;
 * - date: a date cell or ISO text.
 */
export type ParameterKind =
  "money" | "signedMoney" | "quantity" | "count" | "rate" | "margin" | "market" | "category" | "name" | "date";

/**
 * The closed lists a parameter's values come from, offered in Excel's formula AutoComplete as a
 * custom enum (src/functions/choices.ts builds each from the rate book or the core's vocabulary;
 * declarations.ts emits them into generated/functions.ts). Typing anything else stays allowed.
 */
export type ChoiceListId =
  | "MARKET"
  | "SHOP_MARKET"
  | "FBT_MARKET"
  | "COIN_MARKET"
  | "FEE"
  | "RATE_FEE"
  | "GIFT"
  | "COIN_CHANNEL"
  | "COIN_METHOD"
  | "ESTIMATE"
  | "AD_MODEL"
  | "AD_METRIC"
  | "INDUSTRY"
  | "BUDGET_LEVEL"
  | "BUDGET_PERIOD"
  | "CONVERSION"
  | "CONTENT_TYPE"
  | "SELLER_PROFILE";

export interface ParameterSpec<N extends string = string, K extends ParameterKind = ParameterKind> {
  readonly name: N;
  readonly kind: K;
  readonly optional: boolean;
  /** One line for Excel's argument help. */
  readonly description: string;
  /** What an omitted optional argument means, for help and docs ("US", "1", "the newest rates"). */
  readonly default?: string;
  /** A value to show in "is required, e.g. …" messages. */
  readonly example?: string;
  /** Optional, but needed in some cases (said here): left out then, it is #VALUE! naming it. */
  readonly neededWhen?: string;
  /**
   * A plain 0 is refused: Excel desktop passes an empty cell as 0, and for this parameter 0 would
   * silently replace a non-zero default (a real 0 can be typed as text, "0" or "0%").
   */
  readonly zeroIsEmptyCell?: true;
  /** The closed list of values Excel's AutoComplete offers for this parameter (a custom enum). */
  readonly choices?: ChoiceListId;
}

/** The value an argument of each kind has after reading. */
export interface KindValues {
  money: DecimalInput;
  signedMoney: DecimalInput;
  quantity: DecimalInput;
  count: DecimalInput;
  rate: DecimalInput;
  margin: DecimalInput;
  market: string;
  category: string | Decimal | number;
  name: string;
  date: IsoDate;
}

type ValueOf<P> =
  P extends ParameterSpec<string, infer K>
    ? P extends { readonly optional: true }
      ? KindValues[K] | null
      : KindValues[K]
    : never;

/** The named arguments an implementation receives, typed from its parameter list. */
export type ArgsOf<P extends readonly ParameterSpec[]> = { readonly [E in P[number] as E["name"]]: ValueOf<E> };

/** What an implementation may return: a core amount (rounded already), a cell value or a table. */
export type Result = Decimal | Cell | Table;

export interface Example {
  /** Raw arguments in Excel's order, as a cell formula would pass them (null = skipped). */
  readonly args: readonly unknown[];
  /** The cell's value, or the size and header of a spilled table, or "version" for RATEBOOK. */
  readonly expected: number | string | { rows: number; columns: number; header: readonly string[] };
  /** Where the expected number comes from (a public worked example). */
  readonly source?: string;
}

export interface FunctionSpec {
  /** Excel id and name without the TIKTOK. namespace, e.g. "SHOPFEE". */
  readonly id: string;
  /** Excel's function description (one sentence or two). */
  readonly description: string;
  /** The @returns line of Excel's help. */
  readonly returns: string;
  readonly parameters: readonly ParameterSpec[];
  /** "scalar" returns one value; "table" spills a 2-D array with a header row. */
  readonly result: "scalar" | "table";
  /** Scalar results: number or text (what Excel's metadata declares). */
  readonly resultType: "number" | "string" | "table";
  /** For tables: the columns and the most rows, so a host can size a spill before evaluating. */
  readonly table?: { readonly columns: number; readonly maxRows: number };
  /** Anchor of the function's section in the help page (docs/functions.md). */
  readonly helpAnchor: string;
  readonly examples: readonly Example[];
  /**
   * The function as every host calls it: raw arguments in Excel's order → a cell value or a table;
   * failures are thrown as ExcelError or CoreError. Built from the parameters and `run`.
   */
  readonly impl: (...args: unknown[]) => Cell | Table;
}

/** A parameter definition before it is marked required or optional. */
export type ParameterDef<N extends string = string, K extends ParameterKind = ParameterKind> = Omit<
  ParameterSpec<N, K>,
  "optional"
>;

export function param<const N extends string, const K extends ParameterKind>(
  name: N,
  kind: K,
  description: string,
  extra: {
    default?: string;
    example?: string;
    neededWhen?: string;
    zeroIsEmptyCell?: true;
    choices?: ChoiceListId;
  } = {},
): ParameterDef<N, K> {
  return { name, kind, description, ...extra };
}

export function required<const N extends string, const K extends ParameterKind>(
  p: ParameterDef<N, K>,
  description?: string,
): ParameterSpec<N, K> & { readonly optional: false } {
  return { ...p, ...(description ? { description } : {}), optional: false };
}

export function optional<const N extends string, const K extends ParameterKind>(
  p: ParameterDef<N, K>,
  description?: string,
): ParameterSpec<N, K> & { readonly optional: true } {
  return { ...p, ...(description ? { description } : {}), optional: true };
}
