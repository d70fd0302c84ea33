/**
 * A TypeScript transformer for the add-in bundle (ts-loader's getCustomTransformers): the rate
 * book's audit data — the figures other sources give (`alternatives`, ≈ 10 KB) and the entries'
 * `note` prose that no function shows (≈ 6 KB gz) — is kept for docs/rates.md, the research and the
 * rate-book tests, but no function needs it, and functions.js must stay within 60 KB gz
 * (test/bundle). The bundle's entries lose it; the CLI, the formula engine and the tests compile
 * the book untouched and keep it. (RATEBOOK's content hash is still the whole book's:
 * scripts/rate-book-version.js.)
 *
 * The notes a function shows stay: a shop commission's (CATEGORIES lists it) and an unpublished
 * entry's (its #N/A message ends with it), told apart by the object literal the note is written in,
 * which names `kind: "commission"` or `unpublished: true`. A note anywhere else in the entries' data
 * files goes, helper tables' included: a commission's note written apart from its entry needs
 * another property name (shop/eu.ts `commissionNote`). In the bundle the core's copies of a dropped
 * note (a fee breakdown line's `note`, an ad budget's `rule`) are then empty: no function, pane or
 * sheet shows them. test/bundle runs the built functions against the source, so a note that a
 * function shows and the bundle lost fails there.
 */
const ts = require("typescript");

const RATES = /[\\/]src[\\/]core[\\/]rates[\\/]/;
/**
 * The entries' data files. Not markets.ts (MARKETS, the pane and the "no sourced fees" message show
 * a market's note) nor book.ts, whose lookups hand an entry's note on.
 */
const ENTRY_DATA = /[\\/]src[\\/]core[\\/]rates[\\/](shop[\\/]|live[\\/]|ads\.ts$|liveAdditions\.ts$)/;

const nameOf = (p) =>
  (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && ts.isIdentifier(p.name) ? p.name.text : null;
/** `true`, or `true as const`. */
const isTrue = (e) => e.kind === ts.SyntaxKind.TrueKeyword || (ts.isAsExpression(e) && isTrue(e.expression));
/** "commission", or "commission" as const. */
const textOf = (e) => (ts.isStringLiteralLike(e) ? e.text : ts.isAsExpression(e) ? textOf(e.expression) : null);

/** The object literal is an entry whose note a function shows. */
function showsNote(node) {
  return node.properties.some(
    (p) =>
      ts.isPropertyAssignment(p) &&
      ((nameOf(p) === "kind" && textOf(p.initializer) === "commission") ||
        (nameOf(p) === "unpublished" && isTrue(p.initializer))),
  );
}

function stripRateAlternatives() {
  return (context) => {
    const visitor = (dropNotes) => {
      const visit = (node) => {
        if (ts.isObjectLiteralExpression(node)) {
          const dropNote = dropNotes && !showsNote(node);
          const kept = node.properties.filter(
            (p) => nameOf(p) !== "alternatives" && !(dropNote && nameOf(p) === "note"),
          );
          const updated =
            kept.length === node.properties.length ? node : context.factory.updateObjectLiteralExpression(node, kept);
          return ts.visitEachChild(updated, visit, context);
        }
        return ts.visitEachChild(node, visit, context);
      };
      return visit;
    };
    return (sourceFile) =>
      RATES.test(sourceFile.fileName)
        ? ts.visitNode(sourceFile, visitor(ENTRY_DATA.test(sourceFile.fileName)))
        : sourceFile;
  };
}

module.exports = { stripRateAlternatives };
