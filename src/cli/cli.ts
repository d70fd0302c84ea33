/**
 * tiktok-economics: the TIKTOK.* functions and the scenario templates on the command line,
 * evaluated by the formula engine (no Excel needed).
 *
 *   tiktok-economics eval '=TIKTOK.SHOPFEE(20,"US")'
 *   tiktok-economics functions [NAME]
 *   tiktok-economics templates
 *   tiktok-economics template shop-pnl --set B7=30 --market UK --format json
 *   tiktok-economics rates
 *   tiktok-economics reconcile FILE …
 *   tiktok-economics --lang de eval '=TIKTOK.SHOPFEE(-1,"US")'
 *
 * `--lang XX` (any command; else LC_ALL, LC_MESSAGES or LANG, read by pickLanguage) says the
 * functions' and the core's messages, a template's words and the reconcile report in that language;
 * the CLI's own usage text (--help) stays English.
 *
 * Arguments are parsed with node:util parseArgs (strict: an unknown option is a usage error).
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { isCoreError } from "../core/errors";
import { market as findMarket } from "../core/rates/markets";
import { type EngineValue, EngineWorkbook, FormulaProblem, evaluateFormula } from "../engine/workbook";
import { REGISTRY } from "../functions/registry";
import { activeLanguage, errorText, useCatalog, useSheetWords } from "../i18n/active";
import { type Language, pickLanguage } from "../i18n/languages";
import { MESSAGE_CATALOGS } from "../i18n/messageCatalogs";
import { sheetsIn } from "../i18n/sheetsCatalogs";
import { TEMPLATES, templateById } from "../templates";
import { formatForMarket, inRange, marketCellFor } from "../templates/marketFormats";
import { address, type SheetPlan } from "../templates/plan";
import { generalText, numberText } from "./cellText";
import { rateBookMarkdown } from "./rateBookDoc";
import { reconcileCommand } from "./reconcile";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_CELL_ERROR = 1;
export const EXIT_USAGE = 2;

/** Excel's grid: columns A–XFD, rows 1–1,048,576. */
const MAX_COLUMN = 16384;
const MAX_ROW = 1048576;

const HELP: Record<string, string> = {
  main: `Usage: tiktok-economics <command> [options]

Commands:
  eval <formula>        Evaluate one formula, e.g. '=TIKTOK.SHOPFEE(20,"US")'
  functions [NAME]      List every TIKTOK.* function with its arguments, or one function's help
  templates             List the scenario template ids
  template <id>         Evaluate a template and print its values
  rates                 Print the rate book as Markdown (docs/rates.md)
  reconcile <file>      Check a TikTok Shop settlement statement against the rate book

Options of every command:
  --lang XX             Messages, template sheets and the reconcile report in language XX (de, fr,
                        ja, pt-BR, …); without it LC_ALL, LC_MESSAGES or LANG, else English

Run 'tiktok-economics <command> --help' for a command's options.`,
  eval: `Usage: tiktok-economics eval <formula> [--set CELL=VALUE ...] [--format text|json]

Prints the value on stdout as a cell shows it (Excel's General format; a spilled table or a
function lifted over a range as tab-separated rows), or with --format json the exact values as JSON.
--set fills cells first, so the formula can name them: eval --set A1=10 --set A2=20
'=TIKTOK.SHOPFEE(A1:A2,"US")' (the formula goes in row 1, right of the cells set).
An Excel error prints "#VALUE! <message>" (or #N/A, #NUM!) on stderr and exits with 1; a wrong
number of arguments also prints the function's arguments.`,
  functions: `Usage: tiktok-economics functions [NAME]

Without NAME: every TIKTOK.* function with its arguments, one per line ([optional] in brackets).
With NAME (SHOPFEE or TIKTOK.SHOPFEE): that function's description, arguments and example.`,
  templates: `Usage: tiktok-economics templates

Lists the scenario template ids, one per line.`,
  rates: `Usage: tiktok-economics rates

Prints every rate-book entry (value, dates, grade, source) as Markdown.`,
  template: `Usage: tiktok-economics template <id> [--set CELL=VALUE ...] [--market CODE] [--format tsv|json]

Evaluates the template with its default inputs (changed by --set, e.g. --set B7=30 --set B5=UK)
and prints every value: tab-separated rows as the cells show them (tsv, the default: number formats
and currencies applied) or a JSON object of cell → exact value.
--market sets the template's default market (a code or alias: GB is UK). Exits with 1 if any cell
holds an error.`,
};

class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig["options"]>;

const HELP_OPTION = { help: { type: "boolean", short: "h" } } as const;

/** parseArgs, strict, with --help on every command; its errors become usage errors. */
function parse<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options: { ...options, ...HELP_OPTION }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n\n${HELP[command]}`);
  }
}

function isError(v: EngineValue): v is { error: string; message: string } {
  return typeof v === "object" && v !== null;
}

/** What a cell shows: numbers in its format (General when none), TRUE/FALSE, the error code. */
function cellText(v: EngineValue, format?: string): string {
  if (v === null) return "";
  if (isError(v)) return v.error;
  if (typeof v === "number") return numberText(v, format);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

/** Text typed after --set: numbers become numbers, TRUE/FALSE booleans, the rest stays text. */
function parseSetValue(text: string): string | number | boolean {
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return Number(text);
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === "true";
  return text;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** CELL=VALUE with CELL inside Excel's grid; anything else is a usage error. */
export function parseSet(text: string): [string, string | number | boolean] {
  const m = /^([A-Za-z]+)(\d+)=(.*)$/s.exec(text);
  if (!m) throw new UsageError(`--set takes CELL=VALUE, e.g. --set B7=30 (got "${text}").`);
  const [, letters, digits, value] = m;
  const row = Number(digits);
  if (letters.length > 3 || columnNumber(letters) > MAX_COLUMN || !/^[1-9]\d*$/.test(digits) || row > MAX_ROW) {
    throw new UsageError(
      `--set ${text}: ${letters.toUpperCase()}${digits} is not a cell (columns A to XFD, rows 1 to ${MAX_ROW}).`,
    );
  }
  return [`${letters.toUpperCase()}${row}`, parseSetValue(value)];
}

/** A market code or alias (GB → UK); an unknown one is a usage error listing the close matches. */
function marketCode(text: string): string {
  try {
    return findMarket(text).code;
  } catch (e) {
    throw new UsageError(`--market ${text}: ${isCoreError(e) ? errorText(e) : (e as Error).message}`);
  }
}

/** The specs, read only through what the registry promises: id and parameters' name/optional. */
interface FunctionInfo {
  readonly id: string;
  readonly parameters: readonly {
    readonly name: string;
    readonly optional: boolean;
    readonly description?: string;
    readonly default?: string;
  }[];
  readonly description?: string;
  readonly returns?: string;
  readonly helpAnchor?: string;
  readonly examples?: readonly { readonly args: readonly unknown[]; readonly expected: unknown }[];
}

const FUNCTIONS = REGISTRY as readonly FunctionInfo[];

export function signature(f: FunctionInfo): string {
  return `TIKTOK.${f.id}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
}

function findFunction(name: string): FunctionInfo | undefined {
  const id = name
    .trim()
    .toUpperCase()
    .replace(/^(=?TIKTOK\.)/, "");
  return FUNCTIONS.find((f) => f.id === id);
}

function formulaArgument(v: unknown): string {
  if (v === null || v === undefined) return "";
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}

function functionHelp(f: FunctionInfo): string {
  const lines = [signature(f)];
  if (f.description) lines.push("", f.description);
  if (f.parameters.length > 0) {
    lines.push("", "Arguments:");
    const width = Math.max(...f.parameters.map((p) => p.name.length));
    for (const p of f.parameters) {
      const defaultSaid = p.default === undefined || /\bdefault\b/i.test(p.description ?? "");
      const note = [p.description ?? "", p.optional ? `Optional${defaultSaid ? "" : `; default ${p.default}`}.` : ""]
        .filter(Boolean)
        .join(" ");
      lines.push(`  ${p.name.padEnd(width)}  ${note}`);
    }
  }
  if (f.returns) lines.push("", `Returns: ${f.returns}`);
  const example = f.examples?.find((e) => typeof e.expected === "number" || typeof e.expected === "string");
  if (example) {
    const args = [...example.args];
    while (args.length > 0 && (args[args.length - 1] === null || args[args.length - 1] === undefined)) args.pop();
    lines.push("", `Example: =TIKTOK.${f.id}(${args.map(formulaArgument).join(",")}) → ${String(example.expected)}`);
  }
  if (f.helpAnchor) lines.push("", `More: docs/functions.md#${f.helpAnchor}`);
  return lines.join("\n");
}

function runFunctions(args: string[], io: Io): number {
  const { values, positionals } = parse("functions", args, {});
  if (values.help) return help("functions", io);
  if (positionals.length > 1) throw new UsageError(`functions takes at most one name.\n\n${HELP.functions}`);
  if (positionals.length === 0) {
    io.out(FUNCTIONS.map(signature).join("\n"));
    return EXIT_OK;
  }
  const f = findFunction(positionals[0]);
  if (!f) {
    const wanted = positionals[0].toUpperCase().replace(/^TIKTOK\./, "");
    const close = FUNCTIONS.filter((g) => g.id.includes(wanted) || wanted.includes(g.id)).map((g) => g.id);
    throw new UsageError(
      `No function TIKTOK.${wanted}.${close.length ? ` Did you mean ${close.join(", ")}?` : ""} 'tiktok-economics functions' lists them all.`,
    );
  }
  io.out(functionHelp(f));
  return EXIT_OK;
}

/** The signatures of the TIKTOK.* functions a formula calls, for a wrong number of arguments. */
function signaturesIn(formula: string): string[] {
  const ids = new Set([...formula.matchAll(/TIKTOK\.([A-Za-z0-9]+)\s*\(/gi)].map((m) => m[1].toUpperCase()));
  return FUNCTIONS.filter((f) => ids.has(f.id)).map(signature);
}

function reportError(e: { error: string; message: string }, formula: string, io: Io): void {
  io.err(`${e.error} ${e.message}`.trimEnd());
  if (/wrong number of arguments/i.test(e.message)) {
    for (const s of signaturesIn(formula)) io.err(`Arguments: ${s}`);
  }
}

function runEval(args: string[], io: Io): number {
  const { values, positionals } = parse("eval", args, {
    format: { type: "string", default: "text" },
    set: { type: "string", multiple: true, default: [] },
  });
  if (values.help) return help("eval", io);
  if (positionals.length !== 1) throw new UsageError(`eval takes one formula.\n\n${HELP.eval}`);
  const format = values.format as string;
  if (format !== "text" && format !== "json") throw new UsageError(`--format is text or json, not ${format}.`);
  const formula = positionals[0];
  let result: ReturnType<typeof evaluateFormula>;
  try {
    result = evaluateFormula(formula, (values.set as string[]).map(parseSet));
  } catch (e) {
    // A formula the engine cannot read: Excel's words, and the exit of a cell error.
    if (!(e instanceof FormulaProblem)) throw e;
    io.err(e.message);
    return EXIT_CELL_ERROR;
  }
  const errors = (Array.isArray(result) ? result.flat() : [result]).filter(isError);
  if (format === "json") io.out(JSON.stringify(result));
  else if (Array.isArray(result)) io.out(result.map((row) => row.map((v) => cellText(v)).join("\t")).join("\n"));
  else if (!isError(result)) io.out(cellText(result));
  if (errors.length > 0) {
    reportError(errors[0], formula, io);
    return EXIT_CELL_ERROR;
  }
  return EXIT_OK;
}

function runTemplates(args: string[], io: Io): number {
  const { values, positionals } = parse("templates", args, {});
  if (values.help) return help("templates", io);
  if (positionals.length > 0) throw new UsageError(`templates takes no arguments.\n\n${HELP.templates}`);
  io.out(TEMPLATES.map((t) => t.id).join("\n"));
  return EXIT_OK;
}

/** Each cell's number format as the sheet shows it now: the market's currency where a rule says so. */
function formatOf(plan: SheetPlan, read: (cell: string) => unknown): (cell: string) => string | undefined {
  const planned = new Map(plan.cells.filter((c) => c.numberFormat).map((c) => [c.address, c.numberFormat]));
  return (cell) => {
    for (const r of plan.marketFormats ?? []) {
      if (!inRange(r.range, cell)) continue;
      const format = formatForMarket(read(marketCellFor(r.range, r.marketCell, cell)));
      if (format) return format;
    }
    return planned.get(cell);
  };
}

function runTemplate(args: string[], io: Io): number {
  const { values, positionals } = parse("template", args, {
    set: { type: "string", multiple: true, default: [] },
    market: { type: "string", default: "US" },
    format: { type: "string", default: "tsv" },
  });
  if (values.help) return help("template", io);
  if (positionals.length === 0)
    throw new UsageError("template needs a template id (see 'tiktok-economics templates').");
  if (positionals.length > 1) throw new UsageError(`Unexpected argument ${positionals[1]}.`);
  const id = positionals[0];
  const format = values.format as string;
  if (format !== "tsv" && format !== "json") throw new UsageError(`--format is tsv or json, not ${format}.`);
  const sets = (values.set as string[]).map(parseSet);
  const market = marketCode(values.market as string);
  const template = templateById(id);
  if (!template) throw new UsageError(`No template "${id}". Templates: ${TEMPLATES.map((t) => t.id).join(", ")}.`);

  const wb = new EngineWorkbook();
  try {
    // The sheet in the CLI's language, as the pane writes it in its own.
    const plan = template.build({ market }, sheetsIn(activeLanguage()));
    const sheet = wb.addPlan(plan);
    for (const [cell, value] of sets) wb.set(sheet, cell, value);
    const grid = wb.values(sheet);
    if (format === "json") {
      const cells: Record<string, EngineValue> = {};
      grid.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null && v !== "") cells[address(r, c)] = v;
        }),
      );
      io.out(JSON.stringify({ template: id, sheet, market, cells }, null, 2));
    } else {
      const formatAt = formatOf(plan, (cell) => wb.value(sheet, cell));
      io.out(
        grid
          .map((row, r) =>
            row
              .map((v, c) => cellText(v, formatAt(address(r, c))))
              .join("\t")
              .replace(/\t+$/, ""),
          )
          .join("\n"),
      );
    }
    const errors = wb.errors(sheet);
    for (const e of errors) io.err(`${e.cell}: ${e.error} ${e.message}`);
    return errors.length > 0 ? EXIT_CELL_ERROR : EXIT_OK;
  } finally {
    wb.destroy();
  }
}

function runRates(args: string[], io: Io): number {
  const { values, positionals } = parse("rates", args, {});
  if (values.help) return help("rates", io);
  if (positionals.length > 0) throw new UsageError(`rates takes no arguments.\n\n${HELP.rates}`);
  io.out(rateBookMarkdown().trimEnd());
  return EXIT_OK;
}

function help(topic: string, io: Io): number {
  io.out(HELP[topic]);
  return EXIT_OK;
}

/** The environment variables that name a language, strongest first (POSIX: LC_ALL overrides the rest). */
export type LanguageEnv = Readonly<Partial<Record<"LC_ALL" | "LC_MESSAGES" | "LANG", string>>>;

/**
 * Takes `--lang XX` (or `--lang=XX`) out of the arguments, wherever it is, and picks the language:
 * the option's, else the environment's, else English (pickLanguage: "de_DE.UTF-8" is German, "C"
 * English).
 */
export function takeLanguage(argv: readonly string[], env: LanguageEnv): { language: Language; rest: string[] } {
  const rest: string[] = [];
  let asked: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--lang") {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("-"))
        throw new UsageError(`--lang takes a language, e.g. --lang de.`);
      asked = value;
      i++;
    } else if (a.startsWith("--lang=")) {
      asked = a.slice("--lang=".length);
    } else {
      rest.push(a);
    }
  }
  const tag = asked ?? (env.LC_ALL || env.LC_MESSAGES || env.LANG);
  return { language: pickLanguage(tag), rest };
}

/** Speak `language` in the functions' and the core's messages from now on. */
function speak(language: Language): void {
  useCatalog(language, language === "en" ? undefined : MESSAGE_CATALOGS[language]);
  // The words the functions' tables use (SHOPFEES, ADFORMATS), as the pane gives them in Excel.
  useSheetWords(language, sheetsIn(language));
}

/** Every command but `reconcile` (which streams; see run). */
export function main(argv: string[], io: Io, env: LanguageEnv = process.env): number {
  let args: string[];
  try {
    const picked = takeLanguage(argv, env);
    speak(picked.language);
    args = picked.rest;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(e.message);
    return EXIT_USAGE;
  }
  const [command, ...rest] = args;
  try {
    switch (command) {
      case "eval":
        return runEval(rest, io);
      case "functions":
        return runFunctions(rest, io);
      case "templates":
        return runTemplates(rest, io);
      case "template":
        return runTemplate(rest, io);
      case "rates":
        return runRates(rest, io);
      case "--help":
      case "-h":
      case "help":
        return help("main", io);
      default:
        io.err(command === undefined ? HELP.main : `Unknown command "${command}".\n\n${HELP.main}`);
        return EXIT_USAGE;
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message);
      return EXIT_USAGE;
    }
    throw e;
  }
}

/** The installed command: `reconcile` streams to stdout/stderr (its report in the language picked); everything else goes through main. */
export function run(
  argv: string[],
  io: Io,
  streams: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream } = process,
): Promise<number> {
  let picked: { language: Language; rest: string[] };
  try {
    picked = takeLanguage(argv, process.env);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(e.message);
    return Promise.resolve(EXIT_USAGE);
  }
  if (picked.rest[0] === "reconcile") {
    speak(picked.language);
    return reconcileCommand(picked.rest.slice(1), streams.stdout, streams.stderr);
  }
  return Promise.resolve(main(argv, io));
}

export { generalText };
