/**
 * webpack loader for decimal.js in the add-in bundle: the core computes money at precision 34 with
 * Decimal's arithmetic, comparisons, rounding, powers and text, and never calls its trigonometric and
 * hyperbolic functions, cube root, fractions or binary, octal and hexadecimal output. Those methods,
 * and the helpers only they call (which the minifier then drops), were ≈ 2.6 KB gz of functions.js,
 * which must stay within 60 KB gz (test/bundle). The bundle's Decimal loses them — called there, one
 * is "not a function", an error, never a wrong number — and test/bundle checks that no source calls
 * one. The CLI, the formula engine and the tests use decimal.js whole.
 */
const ts = require("typescript");

/** `P.<name> = …` statements of decimal.mjs (P is Decimal.prototype). */
const UNUSED = [
  "cosine",
  "cubeRoot",
  "hyperbolicCosine",
  "hyperbolicSine",
  "hyperbolicTangent",
  "inverseCosine",
  "inverseHyperbolicCosine",
  "inverseHyperbolicSine",
  "inverseHyperbolicTangent",
  "inverseSine",
  "inverseTangent",
  "sine",
  "tangent",
  "toBinary",
  "toFraction",
  "toHexadecimal",
  "toOctal",
];

/** `P.name = …` or `P.name = P.alias = …`: the method's name. */
function prototypeMethod(statement) {
  if (!ts.isExpressionStatement(statement) || !ts.isBinaryExpression(statement.expression)) return null;
  const target = statement.expression.left;
  return ts.isPropertyAccessExpression(target) && ts.isIdentifier(target.expression) && target.expression.text === "P"
    ? target.name.text
    : null;
}

function dropUnusedDecimalMethods(source) {
  const file = ts.createSourceFile("decimal.mjs", source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const dropped = file.statements.filter((s) => UNUSED.includes(prototypeMethod(s)));
  if (dropped.length !== UNUSED.length) {
    this.emitWarning(new Error("decimal.js: its unused methods were not found as expected; it stays whole."));
    return source;
  }
  let out = source;
  for (const s of [...dropped].reverse()) out = out.slice(0, s.getStart(file)) + out.slice(s.end);
  return out;
}

module.exports = dropUnusedDecimalMethods;
module.exports.UNUSED = UNUSED;
