/**
 * A TypeScript transformer for the add-in bundle (ts-loader's getCustomTransformers): the rate
 * book's `alternatives` — the figures other sources give, kept for the audit trail (docs/rates.md's
 * research, the rate-book tests) — are read by no function or pane, yet were ≈ 10 KB of
 * functions.js, which must stay within 66 KB gz (test/bundle). The bundle's entries lose the
 * property; the CLI, the formula engine and the tests compile the book untouched and keep it.
 */
const ts = require("typescript");

function stripRateAlternatives() {
  return (context) => {
    const visit = (node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const kept = node.properties.filter(
          (p) => !(ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === "alternatives"),
        );
        const updated =
          kept.length === node.properties.length ? node : context.factory.updateObjectLiteralExpression(node, kept);
        return ts.visitEachChild(updated, visit, context);
      }
      return ts.visitEachChild(node, visit, context);
    };
    return (sourceFile) =>
      /[\\/]src[\\/]core[\\/]rates[\\/]/.test(sourceFile.fileName) ? ts.visitNode(sourceFile, visit) : sourceFile;
  };
}

module.exports = { stripRateAlternatives };
