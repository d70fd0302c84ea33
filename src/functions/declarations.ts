/**
 * Renders generated/functions.ts — the JSDoc'd declarations custom-functions-metadata reads to write Excel's
 * functions.json — from the specs. The metadata plugin only sees top-level `function` declarations
 * with a JSDoc `@customfunction` tag, so each spec becomes one such wrapper that hands its
 * arguments, in the spec's order, to the spec. A test fails when the committed file differs from
 * what this renders (regenerate with `npm run generate:functions`).
 *
 * A parameter with `choices` gets a custom enum (`@customenum {string}`) built from its list
 * (choices.ts: the rate book and the core's vocabularies) as its type: custom-functions-metadata
 * writes the list into functions.json (`enums`, and `customEnumId` on the parameter) and Excel
 * offers it in the formula AutoComplete. The enums are declared in this same file, the only place
 * the metadata generator looks, and `declare`d, so they are types only: nothing of them is in
 * functions.js. Every other parameter stays `unknown` (metadata type any: Excel converts nothing).
 */
import { type ChoiceList, choiceLists } from "./choices";
import type { ChoiceListId, FunctionSpec } from "./spec";

export const HELP_BASE = "https://localhost:3000/help.html";

const RESULT_TYPES: Record<FunctionSpec["resultType"], string> = {
  number: "number",
  string: "string",
  table: "any[][]",
};

function jsdocLine(text: string): string {
  // A "*/" inside help text would end the comment early.
  return text.replace(/\*\//g, "* /");
}

/** A TypeScript enum member for a value: the name Excel shows ("Spark Ad" → Spark_Ad). */
export function memberName(value: string): string {
  const name = value
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return /^[A-Za-z]/.test(name) ? name : `_${name}`;
}

function enumDeclaration(id: ChoiceListId, list: ChoiceList): string {
  const used = new Set<string>();
  const members = list.choices.map((c) => {
    let name = memberName(c.value);
    for (let i = 2; used.has(name); i++) name = `${memberName(c.value)}_${i}`;
    used.add(name);
    return [`  /** ${jsdocLine(c.tooltip)} */`, `  ${name} = ${JSON.stringify(c.value)},`].join("\n");
  });
  return [
    `/**`,
    ` * ${jsdocLine(list.about)}`,
    ` * @customenum {string}`,
    ` */`,
    `declare enum ${id} {`,
    ...members,
    `}`,
  ].join("\n");
}

function declaration(spec: FunctionSpec): string {
  const doc = [
    `/**`,
    ` * ${jsdocLine(spec.description)}`,
    ` * @customfunction ${spec.id}`,
    ` * @helpurl ${HELP_BASE}#${spec.helpAnchor}`,
    ...spec.parameters.map((p) => ` * @param ${p.optional ? `[${p.name}]` : p.name} ${jsdocLine(p.description)}`),
    ` * @returns ${jsdocLine(spec.returns)}`,
    ` */`,
  ];
  const params = spec.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}: ${p.choices ?? "unknown"}`).join(", ");
  const names = spec.parameters.map((p) => p.name).join(", ");
  return [
    ...doc,
    `export function ${spec.id.toLowerCase()}(${params}): ${RESULT_TYPES[spec.resultType]} {`,
    `  return inExcel(SPECS.${spec.id}, [${names}]) as ${RESULT_TYPES[spec.resultType]};`,
    `}`,
  ].join("\n");
}

/** The lists the specs use, in the order the specs first use them. */
export function usedChoiceLists(specs: readonly FunctionSpec[]): ChoiceListId[] {
  return [...new Set(specs.flatMap((s) => s.parameters.flatMap((p) => (p.choices ? [p.choices] : []))))];
}

/**
 * The whole file, before formatting (the generator runs Prettier over it, as lint expects); the
 * lists come from the shipped rate book unless a test passes others.
 */
export function renderDeclarations(
  specs: readonly FunctionSpec[],
  lists: Record<ChoiceListId, ChoiceList> = choiceLists(),
): string {
  const enums = usedChoiceLists(specs).map((id) => enumDeclaration(id, lists[id]));
  return [
    `/**`,
    ` * GENERATED FILE — do not edit by hand. Written by \`npm run generate:functions\``,
    ` * (src/cli/generateFunctions.ts) from the specs in ../specs, rendered by ../declarations.ts; a test`,
    ` * fails when it is stale. Functions are written in src/functions/specs, not here.`,
    ` *`,
    ` * The TIKTOK.* custom functions Excel sees, and the webpack entry of functions.js.`,
    ` * Each is a top-level function declaration with JSDoc, the only form custom-functions-metadata reads;`,
    ` * it appends the CustomFunctions.associate calls itself.`,
    ` */`,
    `import { inExcel } from "../excelHost";`,
    `import { SPECS } from "../registry";`,
    ``,
    ...(enums.length > 0 ? [enums.join("\n\n"), ``] : []),
    specs.map(declaration).join("\n\n"),
    ``,
  ].join("\n");
}
