/**
 * Writes src/functions/generated/functions.ts from the function specs (see src/functions/declarations.ts)
 * and src/functions/generated/help.ts, the shape of every language's function help (see
 * src/functions/helpShape.ts), formatted by Prettier as the linter expects. `--check` exits 1 when
 * either file is stale.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";
import { renderDeclarations } from "../functions/declarations";
import { renderHelpShape } from "../functions/helpShape";
import { REGISTRY } from "../functions/registry";

export const DECLARATIONS_FILE = path.resolve("src", "functions", "generated", "functions.ts");
export const HELP_SHAPE_FILE = path.resolve("src", "functions", "generated", "help.ts");

function formatted(text: string, file: string): string {
  const prettier = require.resolve("prettier/bin/prettier.cjs");
  return execFileSync(process.execPath, [prettier, "--stdin-filepath", file], { input: text, encoding: "utf8" });
}

/**
 * The formatted file text. Prettier runs as its own command (its API loads ES modules, which a
 * CommonJS test runner cannot), with the project's settings found from the file's path.
 */
export function formattedDeclarations(file = DECLARATIONS_FILE): string {
  return formatted(renderDeclarations(REGISTRY), file);
}

/** generated/help.ts as the generator writes it. */
export function formattedHelpShape(file = HELP_SHAPE_FILE): string {
  return formatted(renderHelpShape(REGISTRY), file);
}

function main(): void {
  const outputs: [string, string][] = [
    [DECLARATIONS_FILE, formattedDeclarations()],
    [HELP_SHAPE_FILE, formattedHelpShape()],
  ];
  const check = process.argv.includes("--check");
  let stale = false;
  for (const [file, text] of outputs) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
    if (check) {
      if (current !== text) {
        process.stderr.write(`${path.relative(process.cwd(), file)} is stale: run npm run generate:functions\n`);
        stale = true;
      }
      continue;
    }
    fs.writeFileSync(file, text);
    process.stdout.write(`Wrote ${path.relative(process.cwd(), file)} (${REGISTRY.length} functions)\n`);
  }
  if (stale) process.exit(1);
}

if (require.main === module) {
  try {
    main();
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
