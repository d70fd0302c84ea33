/**
 * Every Excel wrapper in src/functions/generated/functions.ts, called the way Excel calls it (CustomFunctions.Error stubbed
 * in test/support), against the formula engine's answer for the same formula: every spec example,
 * every example in docs/functions.md, and the error matrix's bad inputs. A wrapper that passes its
 * arguments in the wrong order, or to the wrong spec, fails here.
 */
import fs from "fs";
import path from "path";
import { DECLARATIONS_FILE, formattedDeclarations } from "../../src/cli/generateFunctions";
import * as WRAPPERS from "../../src/functions/generated/functions";
import { FormulaEvaluator } from "../../src/engine/workbook";
import { REGISTRY, type FunctionSpec } from "../../src/functions/registry";

type Wrapper = (...args: unknown[]) => unknown;
const wrapperOf = (id: string) => (WRAPPERS as unknown as Record<string, Wrapper>)[id.toLowerCase()];

/** A literal for a formula: the same value Excel would pass the wrapper. */
function literal(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return `"${v.replace(/"/g, '""')}"`;
  if (Array.isArray(v)) return `{${v.map((row) => (row as unknown[]).map(literal).join(",")).join(";")}}`;
  throw new Error(`no literal for ${String(v)}`);
}

function formulaOf(id: string, args: readonly unknown[]): string {
  // Trailing skipped optional arguments are left out; a skipped required one stays as an empty slot.
  const spec = REGISTRY.find((s) => s.id === id)!;
  const requiredCount = spec.parameters.filter((p) => !p.optional).length;
  let last = args.length;
  while (last > requiredCount && (args[last - 1] === null || args[last - 1] === undefined)) last--;
  // An empty required argument is an empty cell, as a user's sheet would pass it.
  const text = args.slice(0, last).map((a, i) => (a === null && !spec.parameters[i]?.optional ? "Z99" : literal(a)));
  return `=TIKTOK.${id}(${text.join(",")})`;
}

/** What the wrapper answers, in the engine's terms: a value, a table, or { error }. */
function viaWrapper(spec: FunctionSpec, args: readonly unknown[]): unknown {
  const padded = [...args];
  while (padded.length < spec.parameters.length) padded.push(null);
  try {
    return wrapperOf(spec.id)(...padded);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (!code) throw e;
    return { error: code };
  }
}

// One engine for every formula (each on a cleared sheet): a new engine per formula was most of the time.
const engine = new FormulaEvaluator();
afterAll(() => engine.destroy());

function viaEngine(formula: string): unknown {
  const v = engine.evaluate(formula);
  if (v && typeof v === "object" && !Array.isArray(v)) return { error: (v as { error: string }).error };
  if (Array.isArray(v)) {
    // A table function that fails fills its predicted spill with the one error.
    const first = v[0]?.[0];
    if (first && typeof first === "object" && v.every((row) => row.every((c) => c && typeof c === "object")))
      return { error: (first as { error: string }).error };
    // The engine pads a spill to its predicted size; compare the table the function returned.
    return v
      .map((row) => {
        let end = row.length;
        while (end > 0 && (row[end - 1] === "" || row[end - 1] === null)) end--;
        return row.slice(0, end);
      })
      .filter((row) => row.length > 0);
  }
  return v;
}

function trimTable(t: unknown): unknown {
  if (!Array.isArray(t)) return t;
  return (t as unknown[][])
    .map((row) => {
      let end = row.length;
      while (end > 0 && (row[end - 1] === "" || row[end - 1] === null)) end--;
      return row.slice(0, end);
    })
    .filter((row) => row.length > 0);
}

test("every spec has a wrapper of its name with one parameter per spec parameter", () => {
  for (const spec of REGISTRY) {
    const fn = wrapperOf(spec.id);
    expect(typeof fn).toBe("function");
    expect(fn.length).toBe(spec.parameters.length);
  }
});

test("generated/functions.ts is exactly what the specs generate (run npm run generate:functions)", () => {
  expect(DECLARATIONS_FILE).toBe(path.resolve("src/functions/generated/functions.ts"));
  expect(fs.readFileSync(DECLARATIONS_FILE, "utf8")).toBe(formattedDeclarations(DECLARATIONS_FILE));
});

const specExamples = REGISTRY.flatMap((spec) => spec.examples.map((ex) => [spec.id, ex.args, spec] as const));

test.each(specExamples)("%s%p: wrapper = engine", (_id, args, spec) => {
  const w = viaWrapper(spec, args);
  expect(trimTable(w)).toEqual(viaEngine(formulaOf(spec.id, args)));
  expect(w).not.toHaveProperty("error");
});

// Each argument in turn made bad, as in the error matrix: the wrapper's Excel error must be the
// engine's, so the wrapper reads the same arguments in the same places.
const BAD: readonly unknown[] = [null, "zzz-nonsense", -5, true, "2001-01-01", "6%"];
const badCases: [string, string, unknown[], FunctionSpec][] = [];
for (const spec of REGISTRY) {
  const base = spec.examples[0].args;
  spec.parameters.forEach((p, i) => {
    for (const bad of BAD) {
      const args = [...base];
      while (args.length <= i) args.push(null);
      args[i] = bad;
      badCases.push([spec.id, `${p.name}=${JSON.stringify(bad)}`, args, spec]);
    }
  });
}

test.each(badCases)("%s with %s: wrapper = engine", (id, _label, args, spec) => {
  expect(trimTable(viaWrapper(spec, args))).toEqual(viaEngine(formulaOf(id, args)));
});

const doc = fs.readFileSync("docs/functions.md", "utf8");
const docExamples = [...doc.matchAll(/^Example: `=TIKTOK\.(\w+)\(([^`]*)\)` → /gm)].map((m) => [m[1], m[2]] as const);

test("docs/functions.md has examples to check", () => {
  expect(docExamples.length).toBeGreaterThan(40);
});

test.each(docExamples)("docs example TIKTOK.%s(%s): wrapper = engine", (id, argText) => {
  const spec = REGISTRY.find((s) => s.id === id)!;
  // The docs' arguments are literals: let the engine parse them, then pass the same values in.
  const args = parseLiterals(argText);
  const arrays = args.filter((a): a is unknown[][] => Array.isArray(a));
  if (arrays.length === 0) {
    expect(trimTable(viaWrapper(spec, args))).toEqual(viaEngine(`=TIKTOK.${id}(${argText})`));
    return;
  }
  // An array constant where one value belongs: Excel lifts the function, calling the wrapper once
  // per element (arrays of the same shape in these examples), and spills the results.
  const rows = arrays[0].length;
  const columns = arrays[0][0].length;
  const lifted = Array.from({ length: rows }, (_r, r) =>
    Array.from({ length: columns }, (_c, c) =>
      viaWrapper(
        spec,
        args.map((a) => (Array.isArray(a) ? (a as unknown[][])[r][c] : a)),
      ),
    ),
  );
  const spilled = engine.evaluate(`=TIKTOK.${id}(${argText})`) as unknown[][];
  const errorCode = (v: unknown) => (v && typeof v === "object" ? { error: (v as { error: string }).error } : v);
  expect(spilled.map((row) => row.map(errorCode))).toEqual(lifted);
});

/** Splits a formula's literal argument list ("20, \"US\", , {1,2;3,4}") into values. */
function parseLiterals(text: string): unknown[] {
  if (text.trim() === "") return [];
  const out: unknown[] = [];
  for (const m of text.matchAll(/\s*(\{[^}]*\}|"(?:[^"]|"")*"|[^,]*)\s*(?:,|$)/g)) {
    if (m.index === text.length) break;
    out.push(literalValue(m[1].trim()));
  }
  return out;
}

function literalValue(t: string): unknown {
  if (t === "") return null;
  if (t.startsWith("{"))
    return t
      .slice(1, -1)
      .split(";")
      .map((row) => row.split(",").map((cell) => literalValue(cell.trim())));
  if (t.startsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(t)) return /^TRUE$/i.test(t);
  return Number(t);
}
