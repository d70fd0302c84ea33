/**
 * The message catalog (src/core/messages.ts) is the one place the core and the function layer say
 * a sentence to a person: (1) no error is raised with a sentence written at its call site, and (2)
 * every key of EN renders, reading only the parameters its type declares.
 */
import { ALL_EN as EN } from "../../src/core/settlement/messages";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { type MessageKey, type MessageParams, message, render } from "../../src/core/messages";
import { CHOOSERS, CHOSEN } from "../support/messageChoosers";

const ROOT = path.join(__dirname, "..", "..");
const SCANNED = ["src/core", "src/functions"];

/**
 * Files still saying some messages inline, pending their migration by the colleagues editing them:
 * none left (#20 finished the catalog). A file listed here comes off the list once it has none
 * left (the test below fails while it is still listed), so the list only shrinks; a file not listed
 * must not gain an inline message.
 */
const PENDING: readonly string[] = [];

function tsFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = `${dir}/${d.name}`;
    if (d.isDirectory()) return tsFiles(rel);
    return d.name.endsWith(".ts") ? [rel] : [];
  });
}

/**
 * Whether an expression builds its text from a string or template literal: the literal itself,
 * either branch of `a ? b : c`, a term of `+`, `[…].join()` or `\`…\`.trim()`. A call's arguments
 * are the call's business (`message("key", {…})`, `capitalize(reason)`), and so is a condition.
 */
function hasLiteral(node: ts.Node): boolean {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node))
    return true;
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node))
    return hasLiteral(node.expression);
  if (ts.isConditionalExpression(node)) return hasLiteral(node.whenTrue) || hasLiteral(node.whenFalse);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return hasLiteral(node.left) || hasLiteral(node.right);
  if (ts.isCallExpression(node)) return hasLiteral(node.expression);
  if (ts.isPropertyAccessExpression(node)) return hasLiteral(node.expression);
  if (ts.isArrayLiteralExpression(node)) return node.elements.some(hasLiteral);
  return false;
}

/** The calls of a file that raise an error with a message written inline, as "line: code". */
function inlineMessages(file: string, text = fs.readFileSync(path.join(ROOT, file), "utf8")): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    let said: ts.Expression | undefined;
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "CoreError") {
      said = node.arguments?.[2];
    } else if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      (node.expression.text === "invalidValue" || node.expression.text === "outOfRange")
    ) {
      said = node.arguments[1];
    }
    if (said && hasLiteral(said)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      out.push(`${line}: ${node.getText().replace(/\s+/g, " ").slice(0, 100)}`);
    }
    node.forEachChild(visit);
  };
  visit(source);
  return out;
}

describe("no inline messages: errors say theirs through the catalog", () => {
  const files = SCANNED.flatMap(tsFiles);

  test("the scan finds a sentence written at the call, in every shape, and only there", () => {
    const found = (code: string) => inlineMessages("example.ts", code).length;
    expect(found('throw invalidValue("price", "price is wrong.");')).toBe(1);
    expect(found("throw outOfRange(argument, `${argument} is ${value}.`);")).toBe(1);
    expect(found('throw new CoreError("notAvailable", "market", us ? "US." : `No ${name}.`);')).toBe(1);
    expect(found('throw invalidValue(fee, capitalize(reason) + ".");')).toBe(1);
    expect(found('throw new CoreError("notAvailable", "x", [`No ${a}.`, b].join(" "));')).toBe(1);
    expect(found('throw new CoreError("notAvailable", "x", `No ${a}. ${b}`.trim());')).toBe(1);
    expect(found('throw invalidValue("price", message("number.empty", { argument: "price", noun: "a price" }));')).toBe(
      0,
    );
    expect(found('throw invalidValue(argument, reason === "x" ? message("a.b", {}) : said);')).toBe(0);
    expect(found('throw new CoreError("notAvailable", "x", capitalize(lookup.reason));')).toBe(0);
    expect(files).toContain("src/core/money.ts");
    expect(PENDING.every((f) => files.includes(f))).toBe(true);
  });

  test.each(files.filter((f) => !PENDING.includes(f)))("%s", (file) => {
    expect(inlineMessages(file)).toEqual([]);
  });

  // test.each refuses an empty table: with nothing pending, there is nothing to check.
  if (PENDING.length > 0) {
    test.each([...PENDING])("%s is pending and still has an inline message (else take it off the list)", (file) => {
      expect(inlineMessages(file).length).toBeGreaterThan(0);
    });
  }
});

/**
 * The parameters each key declares, read from its `(p: { name: type; … }) =>` in the catalog's
 * sources: the function path's EN and the reader's SETTLEMENT_EN.
 */
function declaredParameters(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [file, name] of [
    ["src/core/messages.ts", "EN"],
    ["src/core/settlement/messages.ts", "SETTLEMENT_EN"],
  ] as const) {
    declaredIn(file, name, out);
  }
  return out;
}

function declaredIn(file: string, name: string, out: Map<string, string[]>): void {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(path.join(ROOT, file), "utf8"),
    ts.ScriptTarget.ES2020,
    true,
  );
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name) {
      let init = node.initializer;
      while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression(init))) init = init.expression;
      if (!init || !ts.isObjectLiteralExpression(init)) throw new Error("EN is not an object literal");
      for (const prop of init.properties) {
        if (!ts.isPropertyAssignment(prop) || !ts.isStringLiteral(prop.name)) throw new Error(`EN: ${prop.getText()}`);
        const template = prop.initializer;
        if (!ts.isArrowFunction(template)) throw new Error(`EN: ${prop.name.text}`);
        const type = template.parameters[0]?.type;
        if (type !== undefined && !ts.isTypeLiteralNode(type)) throw new Error(`EN: ${prop.name.text} parameters`);
        out.set(
          prop.name.text,
          (type?.members ?? []).map((member) => (member.name as ts.Identifier).text),
        );
      }
      return;
    }
    node.forEachChild(visit);
  };
  visit(source);
}

describe("the catalog: every key renders from the parameters it declares", () => {
  const keys = Object.keys(EN) as MessageKey[];
  const declared = declaredParameters();

  test("the source lists the same keys as EN", () => {
    expect([...declared.keys()]).toEqual(keys);
  });

  test.each(keys)("%s", (key) => {
    expect(key).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
    const params = declared.get(key)!;
    // Each parameter reads as a sample value; any other name read is recorded (and reads as "").
    const reads = new Set<string>();
    const sample = new Proxy({} as Record<string, string>, {
      get: (_, name) => {
        if (typeof name !== "string") return undefined;
        reads.add(name);
        const chosen = CHOSEN[key]?.[name];
        if (chosen !== undefined) return String(chosen);
        return params.includes(name) ? `<${name}>` : "";
      },
    });
    const text = (EN[key] as (p: MessageParams) => string)(sample);
    expect(text.trim()).not.toBe("");
    expect(text).not.toMatch(/undefined|null|\[object /);
    expect([...reads].filter((name) => !params.includes(name))).toEqual([]);
    // Every declared parameter is said: one the template never reads is a mistake at the call sites.
    expect(params.filter((name) => !reads.has(name))).toEqual([]);
    // A parameter that chooses the wording is read, not said (test/support/messageChoosers.ts).
    for (const name of params) if (!(CHOOSERS[key] ?? []).includes(name)) expect(text).toContain(`<${name}>`);
  });

  test("a message keeps key and parameters beside its English text, and renders in another catalog", () => {
    const said = message("live.tooManyCoinsForPacks", { max: "2,000,000" });
    expect(said).toEqual({
      key: "live.tooManyCoinsForPacks",
      params: { max: "2,000,000" },
      text: 'coins is above 2,000,000 for the packs method: use method "perCoin".',
    });
    expect(render(said, { "live.tooManyCoinsForPacks": (p) => `coins > ${p.max}` })).toBe("coins > 2,000,000");
    expect(render(said, {})).toBe(said.text);
  });
});
