/**
 * The Node versions package.json accepts are ones every locked dependency accepts, so `npm ci` on
 * the oldest supported Node gives no EBADENGINE warning (webpack-cli 7's rechoir wanted ≥ 22.15
 * while we accepted 20); .npmrc's engine-strict turns any future disagreement into an error.
 */
import fs from "fs";
import path from "path";

const semver = require("semver");

const root = path.resolve(__dirname, "../..");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
const lock = JSON.parse(fs.readFileSync(path.join(root, "package-lock.json"), "utf8"));

test("the oldest and newest accepted Node satisfy every locked package's engines", () => {
  const range: string = pkg.engines.node;
  const oldest = semver.minVersion(range).version;
  const versions = [oldest, "20.20.0", "22.0.0", "24.0.0"].filter((v) => semver.satisfies(v, range));
  expect(versions).toContain(oldest);
  const disagreeing: string[] = [];
  for (const [where, entry] of Object.entries<{ version?: string; engines?: { node?: string } }>(lock.packages)) {
    const wanted = entry.engines?.node;
    if (!where || !wanted) continue;
    for (const v of versions)
      if (!semver.satisfies(v, wanted)) disagreeing.push(`${where}@${entry.version} wants node ${wanted}, not ${v}`);
  }
  expect(disagreeing).toEqual([]);
});

test("npm refuses an install on a Node the dependencies do not support", () => {
  expect(fs.readFileSync(path.join(root, ".npmrc"), "utf8")).toMatch(/^engine-strict=true$/m);
  expect(lock.packages["node_modules/webpack-cli"].version).toMatch(/^6\./);
});
