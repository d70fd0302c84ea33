/**
 * tiktok-economics: the TIKTOK.* functions and the scenario templates on the command line,
 * evaluated by the formula engine (no Excel needed).
 *
 *   tiktok-economics eval '=TIKTOK.SHOPFEE(20,"US")'
 *   tiktok-economics templates
 *   tiktok-economics template shop-pnl --set B7=30 --format json
 */
import { type EngineValue, EngineWorkbook, evaluateFormula } from "../engine/workbook";
import { TEMPLATES, templateById } from "../templates";
import { parseAddress } from "../templates/plan";
import { rateBookMarkdown } from "./rateBookDoc";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_CELL_ERROR = 1;
export const EXIT_USAGE = 2;

const HELP: Record<string, string> = {
  main: `Usage: tiktok-economics <command> [options]

Commands:
  eval <formula>        Evaluate one formula, e.g. '=TIKTOK.SHOPFEE(20,"US")'
  templates             List the scenario template ids
  template <id>         Evaluate a template and print its values
  rates                 Print the rate book as Markdown (docs/rates.md)

Run 'tiktok-economics <command> --help' for a command's options.`,
  eval: `Usage: tiktok-economics eval <formula>

Prints the value alone on stdout (a spilled table as tab-separated rows).
An Excel error prints "#VALUE! <message>" (or #N/A, #NUM!) on stderr and exits with 1.`,
  templates: `Usage: tiktok-economics templates

Lists the scenario template ids, one per line.`,
  rates: `Usage: tiktok-economics rates

Prints every rate-book entry (value, dates, grade, source) as Markdown.`,
  template: `Usage: tiktok-economics template <id> [--set CELL=VALUE ...] [--market CODE] [--format tsv|json]

Evaluates the template with its default inputs (changed by --set, e.g. --set B7=30 --set B5=UK)
and prints every value: tab-separated rows (tsv, the default) or a JSON object of cell → value.
--market sets the template's default market. Exits with 1 if any cell holds an error.`,
};

function isError(v: EngineValue): v is { error: string; message: string } {
  return typeof v === "object" && v !== null;
}

function cellText(v: EngineValue): string {
  if (v === null) return "";
  if (isError(v)) return v.error;
  return String(v);
}

/** Text typed after --set: numbers become numbers, TRUE/FALSE booleans, the rest stays text. */
function parseSetValue(text: string): string | number | boolean {
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return Number(text);
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === "true";
  return text;
}

function runEval(args: string[], io: Io): number {
  if (args.includes("--help") || args.includes("-h")) return help("eval", io);
  if (args.length !== 1) {
    io.err(`eval takes one formula.\n\n${HELP.eval}`);
    return EXIT_USAGE;
  }
  const result = evaluateFormula(args[0]);
  if (Array.isArray(result)) {
    const errors = result.flat().filter(isError);
    io.out(result.map((row) => row.map(cellText).join("\t")).join("\n"));
    if (errors.length > 0) {
      io.err(`${errors[0].error} ${errors[0].message}`);
      return EXIT_CELL_ERROR;
    }
    return EXIT_OK;
  }
  if (isError(result)) {
    io.err(`${result.error} ${result.message}`);
    return EXIT_CELL_ERROR;
  }
  io.out(cellText(result));
  return EXIT_OK;
}

function runTemplates(args: string[], io: Io): number {
  if (args.includes("--help") || args.includes("-h")) return help("templates", io);
  if (args.length > 0) {
    io.err(`templates takes no arguments.\n\n${HELP.templates}`);
    return EXIT_USAGE;
  }
  io.out(TEMPLATES.map((t) => t.id).join("\n"));
  return EXIT_OK;
}

function runTemplate(args: string[], io: Io): number {
  if (args.includes("--help") || args.includes("-h")) return help("template", io);
  let id: string | null = null;
  let format = "tsv";
  let market = "US";
  const sets: [string, string | number | boolean][] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const next = () => {
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value.`);
      return v;
    };
    if (a === "--format") format = next();
    else if (a === "--market") market = next();
    else if (a === "--set") {
      const m = /^([A-Za-z]{1,3}\d+)=(.*)$/.exec(next());
      if (!m) throw new UsageError(`--set takes CELL=VALUE, e.g. --set B7=30.`);
      parseAddress(m[1]);
      sets.push([m[1].toUpperCase(), parseSetValue(m[2])]);
    } else if (a.startsWith("-")) throw new UsageError(`Unknown option ${a}.`);
    else if (id === null) id = a;
    else throw new UsageError(`Unexpected argument ${a}.`);
  }
  if (id === null) throw new UsageError("template needs a template id (see 'tiktok-economics templates').");
  if (format !== "tsv" && format !== "json") throw new UsageError(`--format is tsv or json, not ${format}.`);
  const template = templateById(id);
  if (!template) throw new UsageError(`No template "${id}". Templates: ${TEMPLATES.map((t) => t.id).join(", ")}.`);

  const wb = new EngineWorkbook();
  try {
    const sheet = wb.addPlan(template.build({ market }));
    for (const [cell, value] of sets) wb.set(sheet, cell, value);
    const values = wb.values(sheet);
    if (format === "json") {
      const cells: Record<string, EngineValue> = {};
      values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null && v !== "") cells[`${colName(c)}${r + 1}`] = v;
        }),
      );
      io.out(JSON.stringify({ template: id, sheet, cells }, null, 2));
    } else {
      io.out(values.map((row) => row.map(cellText).join("\t").replace(/\t+$/, "")).join("\n"));
    }
    const errors = wb.errors(sheet);
    for (const e of errors) io.err(`${e.cell}: ${e.error} ${e.message}`);
    return errors.length > 0 ? EXIT_CELL_ERROR : EXIT_OK;
  } finally {
    wb.destroy();
  }
}

function colName(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

class UsageError extends Error {}

function help(topic: string, io: Io): number {
  io.out(HELP[topic]);
  return EXIT_OK;
}

export function main(argv: string[], io: Io): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "eval":
        return runEval(rest, io);
      case "templates":
        return runTemplates(rest, io);
      case "template":
        return runTemplate(rest, io);
      case "rates":
        if (rest.includes("--help") || rest.includes("-h")) return help("rates", io);
        io.out(rateBookMarkdown().trimEnd());
        return EXIT_OK;
      case "--help":
      case "-h":
      case "help":
        return help("main", io);
      default:
        io.err(command === undefined ? HELP.main : `Unknown command "${command}".\n\n${HELP.main}`);
        return EXIT_USAGE;
    }
  } catch (e) {
    if (e instanceof UsageError || (e instanceof Error && /not an A1 address/.test(e.message))) {
      io.err(e.message);
      return EXIT_USAGE;
    }
    throw e;
  }
}
