/**
 * webpack loader for decimal.js: its LN10 and PI constants carry 1,025 digits each (about 2 KB of
 * incompressible text in functions.js, 3 % of its 60 KB budget) so that ln/log and trigonometry
 * work up to 1,025 significant digits. The core runs at precision 34 (src/core/decimal.ts) and
 * uses neither; 200 digits is ample. Past them decimal.js throws "[DecimalError] Precision limit
 * exceeded" — an error, never a less precise number.
 */
const DIGITS = 200;

module.exports = function trimDecimalConstants(source) {
  let found = 0;
  const trimmed = source.replace(/^(\s*(?:LN10|PI) = ')(\d\.\d+)(')/gm, (_match, start, digits, end) => {
    found++;
    return start + digits.slice(0, DIGITS + 2) + end;
  });
  if (found !== 2) {
    this.emitWarning(new Error("decimal.js: LN10 and PI not found as expected; their full-length constants stay."));
    return source;
  }
  return trimmed;
};
