/**
 * webpack loader for src/core/rates/index.ts in the add-in bundle: RATE_BOOK_VERSION (what
 * =TIKTOK.RATEBOOK() and the pane show) is a hash of every entry's content, and the bundle strips the
 * book's audit data (scripts/strip-rate-alternatives.js), so hashed there it would name a book no
 * other host has. The loader writes in the version of the whole book, as the CLI, the formula engine
 * and docs/rates.md compute it, and tells webpack it depends on every file of src/core/rates (so a
 * cached or watched build is remade when an entry changes).
 *
 * The whole book is evaluated in a child process (this file run as a script, printing the version as
 * JSON), so no .ts loader stays installed in the build's own process.
 */
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const RATES = path.join(ROOT, "src", "core", "rates");
const COMPUTED = "rateBookVersion(ALL_RATES, RATE_BOOK.newestEffective)";

/** { newestEffective, hash, label } of the book in src/core/rates, untouched. */
function wholeBookVersion() {
  const { execFileSync } = require("child_process");
  return JSON.parse(
    execFileSync(process.execPath, [path.join(__dirname, "rate-book-version.js")], { cwd: ROOT, encoding: "utf8" }),
  );
}

function rateBookVersionLoader(source) {
  this.addContextDependency(RATES);
  if (!source.includes(COMPUTED)) {
    this.emitError(new Error(`src/core/rates/index.ts: "${COMPUTED}" not found; the bundle's version would be wrong.`));
    return source;
  }
  return source.replace(COMPUTED, JSON.stringify(wholeBookVersion()));
}

if (require.main === module) {
  const fs = require("fs");
  const ts = require("typescript");
  // The core's TypeScript, compiled module by module to CommonJS as it is required.
  require.extensions[".ts"] = (module, file) => {
    const { outputText } = ts.transpileModule(fs.readFileSync(file, "utf8"), {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    });
    module._compile(outputText, file);
  };
  const { RATE_BOOK_VERSION } = require(path.join(RATES, "index.ts"));
  process.stdout.write(JSON.stringify(RATE_BOOK_VERSION));
}

module.exports = rateBookVersionLoader;
module.exports.wholeBookVersion = wholeBookVersion;
