/**
 * Renders generated/help.ts — the shape every language's function help (src/i18n/<language>/functions.ts)
 * must have: each function id of the registry, with its description and one help line per parameter,
 * by the parameter's name. A function or parameter left out, or one that no longer exists, fails the
 * type check. Types only: nothing of it is in any bundle. Written with generated/functions.ts by
 * `npm run generate:functions`; a test fails when it is stale.
 */
import type { FunctionSpec } from "./spec";

function shape(spec: FunctionSpec): string {
  const params =
    spec.parameters.length === 0
      ? "Readonly<Record<string, never>>"
      : `{\n${spec.parameters.map((p) => `      readonly ${p.name}: string;`).join("\n")}\n    }`;
  return [
    `  readonly ${spec.id}: {`,
    `    readonly description: string;`,
    `    readonly parameters: ${params};`,
    `  };`,
  ].join("\n");
}

export function renderHelpShape(specs: readonly FunctionSpec[]): string {
  return [
    `/**`,
    ` * GENERATED FILE — do not edit by hand. Written by \`npm run generate:functions\``,
    ` * (src/cli/generateFunctions.ts) from the specs, rendered by ../helpShape.ts; a test fails when it`,
    ` * is stale.`,
    ` *`,
    ` * The function help a language must translate (src/i18n/<language>/functions.ts): every function`,
    ` * by id, its description and each parameter's help line by the parameter's name. Function and`,
    ` * parameter names themselves are never translated.`,
    ` */`,
    `export interface FunctionHelpCatalog {`,
    specs.map(shape).join("\n"),
    `}`,
    ``,
  ].join("\n");
}
