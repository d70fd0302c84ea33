/**
 * The production build: what ships. The manifest points at the production URL only (every
 * localhost occurrence rewritten), functions.json lists every registered function, the bundles stay
 * within their size budgets, and no HyperFormula (GPL-3.0) code is in them.
 */
import fs from "fs";
import os from "os";
import path from "path";
import zlib from "zlib";
import { REGISTRY } from "../../src/functions/registry";
import { runWebpack } from "../support/browser";

jest.setTimeout(180_000);

/** Gzipped size budgets (bytes). Raise only with a reason in docs/benchmarks.md. */
export const BUDGETS = { "functions.js": 60 * 1024, "taskpane.js": 90 * 1024 };
const PRODUCTION_URL = "https://addin.example.test/tiktok/";

let dist: string;

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "tiktok-econ-prod-"));
  process.env.ADDIN_PUBLIC_URL = PRODUCTION_URL;
  try {
    const config = await require("../../webpack.config.js")({ WEBPACK_BUILD: true }, { mode: "production" });
    await runWebpack(config, dist);
  } finally {
    delete process.env.ADDIN_PUBLIC_URL;
  }
});

afterAll(() => {
  if (dist) fs.rmSync(dist, { recursive: true, force: true });
});

const read = (f: string) => fs.readFileSync(path.join(dist, f), "utf8");

test("the manifest points only at the production URL", () => {
  const manifest = read("manifest.xml");
  expect(manifest).not.toMatch(/localhost/);
  expect(manifest).toContain("<AppDomain>https://addin.example.test</AppDomain>");
  expect(
    (manifest.match(new RegExp(PRODUCTION_URL.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"), "g")) ?? []).length,
  ).toBeGreaterThan(5);
});

test("functions.json lists every registered function with a production help URL", () => {
  const meta = JSON.parse(read("functions.json"));
  expect(meta.functions.map((f: { id: string }) => f.id)).toEqual(REGISTRY.map((s) => s.id));
  for (const f of meta.functions) expect(f.helpUrl).toBe(`${PRODUCTION_URL}help.html#${f.id.toLowerCase()}`);
});

test("the functions bundle registers every function with Excel", () => {
  const js = read("functions.js");
  for (const s of REGISTRY) expect(js).toContain(`"${s.id}"`);
  expect(js).toMatch(/CustomFunctions\.associate/);
});

test.each(Object.entries(BUDGETS))("%s stays within its gzipped size budget", (file, budget) => {
  const gz = zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
  expect(gz).toBeLessThanOrEqual(budget);
});

test("no HyperFormula code is in the add-in", () => {
  for (const file of fs.readdirSync(dist).filter((f) => f.endsWith(".js"))) {
    const js = read(file);
    expect(js).not.toMatch(/hyperformula|HyperFormula|gpl-v3|chevrotain/i);
  }
});

test("the task pane page loads Office.js from Microsoft's CDN and allows nothing else remote", () => {
  const html = read("taskpane.html");
  // The minifier drops optional quotes around attribute values.
  expect(html).toMatch(/<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/);
  const csp = /Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";
  expect(csp).toMatch(/default-src 'self'/);
  expect(csp.match(/https:\/\/[^\s;]+/g)).toEqual(["https://appsforoffice.microsoft.com"]);
});
