/**
 * `npm test` first makes sure of its browser (scripts/ensure-browser.js, the "pretest" script). The
 * install path (apt-get as root) is exercised on a simulated bare machine — see the commit notes;
 * here: a present browser passes silently, a wrong CHROMIUM_PATH fails with what to do.
 */
import { spawnSync } from "child_process";
import path from "path";

const script = path.resolve(__dirname, "../../scripts/ensure-browser.js");
const run = (env: Record<string, string>) =>
  spawnSync(process.execPath, [script], {
    // The font step is its own concern (installing fonts is no part of these checks).
    env: { ...process.env, ENSURE_FONTS: "0", ...env },
    encoding: "utf8",
    timeout: 30_000,
  });

test("an executable CHROMIUM_PATH is accepted without a word", () => {
  const r = run({ CHROMIUM_PATH: process.execPath });
  expect(r.status).toBe(0);
  expect(r.stdout + r.stderr).toBe("");
});

test("a CHROMIUM_PATH that is not an executable file fails before the suite, saying so", () => {
  for (const wrong of ["/nonexistent/chromium", path.dirname(process.execPath), script]) {
    const r = run({ CHROMIUM_PATH: wrong });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`CHROMIUM_PATH is ${wrong}, which is not an executable file: fix it or unset it.`);
  }
});

test("package.json runs it before the tests", () => {
  const pkg = require("../../package.json");
  expect(pkg.scripts.pretest).toBe("node scripts/ensure-browser.js");
  expect(pkg.optionalDependencies).toHaveProperty("office-addin-debugging");
  expect(pkg.devDependencies).not.toHaveProperty("office-addin-debugging");
});
