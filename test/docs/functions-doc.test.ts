/**
 * docs/functions.md against the generated metadata (no drift): a section per registered function,
 * the signature exactly as Excel shows it, and examples that the formula engine evaluates to the
 * value the page states.
 */
import fs from "fs";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { evaluateFormula } from "../../src/engine/workbook";
import { REGISTRY } from "../../src/functions/registry";

const doc = fs.readFileSync("docs/functions.md", "utf8");
const sections = new Map<string, string>();
for (const part of doc.split(/^### /m).slice(1)) {
  const [heading, ...rest] = part.split("\n");
  sections.set(heading.trim(), rest.join("\n").split(/^## /m)[0]);
}

let metadata: { id: string; parameters: { name: string; optional?: boolean }[] }[];
beforeAll(async () => {
  metadata = JSON.parse(
    (await generateCustomFunctionsMetadata(["src/functions/generated/functions.ts"], true)).metadataJson,
  ).functions;
});

test("one section per registered function, no more", () => {
  expect([...sections.keys()].sort()).toEqual(REGISTRY.map((s) => `TIKTOK.${s.id}`).sort());
});

test.each(REGISTRY.map((s) => [s.id] as const))("TIKTOK.%s: the signature matches functions.json", (id) => {
  const f = metadata.find((m) => m.id === id)!;
  const signature = `TIKTOK.${id}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
  expect(sections.get(`TIKTOK.${id}`)).toContain(`\`${signature}\``);
});

const examples: [string, string, string][] = [];
for (const [name, body] of sections) {
  for (const m of body.matchAll(/^Example: `(=[^`]+)` → (.+)$/gm)) examples.push([name, m[1], m[2].trim()]);
}

test("every function has at least one example", () => {
  const withExamples = new Set(examples.map((e) => e[0]));
  expect(REGISTRY.map((s) => `TIKTOK.${s.id}`).filter((n) => !withExamples.has(n))).toEqual([]);
});

test.each(examples)("%s: %s → %s", (_name, formula, expected) => {
  const value = evaluateFormula(formula);
  const table = /^a table with the header `([^`]+)`$/.exec(expected);
  if (table) {
    expect(Array.isArray(value)).toBe(true);
    expect((value as unknown[][])[0].filter((c) => c !== null && c !== "")).toEqual(table[1].split(", "));
    return;
  }
  if (/^a text such as/.test(expected)) {
    expect(typeof value).toBe("string");
    return;
  }
  const literal = /^`([^`]*)`$/.exec(expected);
  expect(literal).not.toBeNull();
  const text = literal![1];
  // A spilled result of a lifted function, written as Excel writes an array: {a,b;c,d}.
  if (/^\{.*\}$/.test(text)) {
    expect(value).toEqual(arrayConstant(text));
    return;
  }
  expect(value).toBe(/^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);
});

/** Excel's array constant: rows split by ";", columns by ","; numbers or "text". */
function arrayConstant(text: string): unknown[][] {
  return text
    .slice(1, -1)
    .split(";")
    .map((row) =>
      row.split(",").map((cell) => {
        const t = cell.trim();
        return /^".*"$/.test(t) ? t.slice(1, -1) : Number(t);
      }),
    );
}

test("the help page (built from this file) has an anchor for every function's helpUrl", () => {
  const { helpPage } = require("../../scripts/markdown");
  const html: string = helpPage(doc);
  for (const s of REGISTRY) expect(html).toContain(`<h3 id="${s.id.toLowerCase()}">`);
  expect(html).not.toMatch(/<script/);
});
