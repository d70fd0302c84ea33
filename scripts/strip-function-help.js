/**
 * A TypeScript transformer for the add-in bundle (ts-loader's getCustomTransformers): Excel reads
 * every function's help from functions.json, so the help text in the specs — descriptions, returns
 * lines, parameter help and worked examples — is dead weight in functions.js, which must stay within
 * 60 KB gz (test/bundle). It is replaced by empty values there; the CLI, the formula engine and the
 * tests compile the specs untouched and keep it.
 */
const ts = require("typescript");

const EMPTY_IN_SPEC = { description: "string", returns: "string", examples: "array" };

/** `choices: "NAME"` in an object literal. */
function isChoices(p) {
  return (
    ts.isPropertyAssignment(p) &&
    ts.isIdentifier(p.name) &&
    p.name.text === "choices" &&
    ts.isStringLiteralLike(p.initializer)
  );
}

function stripHelp() {
  return (context) => {
    const f = context.factory;
    const visit = (node) => {
      // A parameter's `choices: "SHOP_MARKET"` names the AutoComplete list the generator writes
      // into functions.json (src/functions/declarations.ts); no function reads it.
      if (ts.isObjectLiteralExpression(node) && node.properties.some(isChoices)) {
        const kept = node.properties.filter((p) => !isChoices(p)).map((p) => ts.visitNode(p, visit));
        return f.updateObjectLiteralExpression(node, kept);
      }
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const name = node.expression.text;
        const args = node.arguments;
        if (name === "defineFunction" && args.length === 1 && ts.isObjectLiteralExpression(args[0])) {
          const props = args[0].properties.map((p) => {
            const key = p.name && ts.isIdentifier(p.name) ? p.name.text : null;
            if (!ts.isPropertyAssignment(p) || !key || !EMPTY_IN_SPEC[key]) return ts.visitEachChild(p, visit, context);
            const empty =
              EMPTY_IN_SPEC[key] === "string" ? f.createStringLiteral("") : f.createArrayLiteralExpression([]);
            return f.updatePropertyAssignment(p, p.name, empty);
          });
          return f.updateCallExpression(node, node.expression, node.typeArguments, [
            f.updateObjectLiteralExpression(args[0], props),
          ]);
        }
        // param(name, kind, description, extra): the help line goes; name, kind and extra stay.
        if (name === "param" && args.length >= 3 && ts.isStringLiteralLike(args[2])) {
          const rest = args.map((a, i) => (i === 2 ? f.createStringLiteral("") : ts.visitNode(a, visit)));
          return f.updateCallExpression(node, node.expression, node.typeArguments, rest);
        }
        // required(p, "help") / optional(p, "help"): a function-specific help line goes.
        if ((name === "required" || name === "optional") && args.length === 2) {
          return f.updateCallExpression(node, node.expression, node.typeArguments, [ts.visitNode(args[0], visit)]);
        }
      }
      return ts.visitEachChild(node, visit, context);
    };
    return (sourceFile) =>
      /[\\/]src[\\/]functions[\\/]/.test(sourceFile.fileName) ? ts.visitNode(sourceFile, visit) : sourceFile;
  };
}

module.exports = { stripHelp };
