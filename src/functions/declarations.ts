/**
 * Renders generated/functions.ts — the JSDoc'd declarations custom-functions-metadata reads to write Excel's
 * functions.json — from the specs. The metadata plugin only sees top-level `function` declarations
 * with a JSDoc `@customfunction` tag, so each spec becomes one such wrapper that hands its
 * arguments, in the spec's order, to the spec. A test fails when the committed file differs from
 * what this renders (regenerate with `npm run generate:functions`).
 */
import type { FunctionSpec } from "./spec";

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
  const params = spec.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}: unknown`).join(", ");
  const names = spec.parameters.map((p) => p.name).join(", ");
  return [
    ...doc,
    `export function ${spec.id.toLowerCase()}(${params}): ${RESULT_TYPES[spec.resultType]} {`,
    `  return inExcel(SPECS.${spec.id}, [${names}]) as ${RESULT_TYPES[spec.resultType]};`,
    `}`,
  ].join("\n");
}

/** The whole file, before formatting (the generator runs Prettier over it, as lint expects). */
export function renderDeclarations(specs: readonly FunctionSpec[]): string {
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
    specs.map(declaration).join("\n\n"),
    ``,
  ].join("\n");
}
