/**
 * Writes src/functions/generated/functions.ts from the function specs (see src/functions/declarations.ts),
 * formatted by Prettier as the linter expects. `--check` exits 1 when the file is stale.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";
import { renderDeclarations } from "../functions/declarations";
import { REGISTRY } from "../functions/registry";

export const DECLARATIONS_FILE = path.resolve("src", "functions", "generated", "functions.ts");

/**
 * The formatted file text. Prettier runs as its own command (its API loads ES modules, which a
 * CommonJS test runner cannot), with the project's settings found from the file's path.
 */
export function formattedDeclarations(file = DECLARATIONS_FILE): string {
  const prettier = require.resolve("prettier/bin/prettier.cjs");
  return execFileSync(process.execPath, [prettier, "--stdin-filepath", file], {
    input: renderDeclarations(REGISTRY),
    encoding: "utf8",
  });
}

function main(): void {
  const text = formattedDeclarations();
  const current = fs.existsSync(DECLARATIONS_FILE) ? fs.readFileSync(DECLARATIONS_FILE, "utf8") : "";
  if (process.argv.includes("--check")) {
    if (current !== text) {
      process.stderr.write(
        `${path.relative(process.cwd(), DECLARATIONS_FILE)} is stale: run npm run generate:functions\n`,
      );
      process.exit(1);
    }
    return;
  }
  fs.writeFileSync(DECLARATIONS_FILE, text);
  process.stdout.write(`Wrote ${path.relative(process.cwd(), DECLARATIONS_FILE)} (${REGISTRY.length} functions)\n`);
}

if (require.main === module) {
  try {
    main();
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
