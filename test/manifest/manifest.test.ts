/**
 * manifest.xml, checked offline (the online validator cannot run in CI): each structural check
 * passes on the real manifest, and each one fails on a copy broken in the way it guards against.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { CHECKS, checkManifest } from "../support/manifest-checks";

const MANIFEST = fs.readFileSync("manifest.xml", "utf8");
const ASSETS = path.resolve("assets");

test.each(Object.keys(CHECKS))("%s passes on manifest.xml", (name) => {
  expect(checkManifest(MANIFEST, ASSETS)[name]).toEqual([]);
});

const BREAKAGES: [string, string, (xml: string) => string, RegExp][] = [
  ["idIsGuid", "an Id that is not a GUID", (x) => x.replace(/<Id>[^<]+<\/Id>/, "<Id>not-a-guid</Id>"), /not a GUID/],
  [
    "versionIsFourPart",
    "a three-part version",
    (x) => x.replace("<Version>1.0.0.0</Version>", "<Version>1.0.0</Version>"),
    /n\.n\.n\.n/,
  ],
  [
    "residsResolve",
    "a renamed resid",
    (x) =>
      x.replace('<SourceLocation resid="Functions.Script.Url"/>', '<SourceLocation resid="Functions.Script.Uri"/>'),
    /Functions\.Script\.Uri.*has no resource/,
  ],
  [
    "urlsAreHttps",
    "an http URL",
    (x) => x.replace("https://localhost:3000/functions.json", "http://localhost:3000/functions.json"),
    /not https/,
  ],
  [
    "sharedRuntimeAgrees",
    "a Page that is not the runtime",
    (x) =>
      x.replace(
        /<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/,
        '<Page><SourceLocation resid="Functions.Script.Url"/>',
      ),
    /Page resid/,
  ],
  ["sharedRuntimeAgrees", "a short-lived runtime", (x) => x.replace('lifetime="long"', 'lifetime="short"'), /lifetime/],
  [
    "namespaceIsTiktok",
    "another namespace",
    (x) =>
      x.replace('id="Functions.Namespace" DefaultValue="TIKTOK"', 'id="Functions.Namespace" DefaultValue="CONTOSO"'),
    /not TIKTOK/,
  ],
  [
    "elementOrder",
    "Page before Script",
    (x) => x.replace(/(<Script>[\s\S]*?<\/Script>)(\s*)(<Page>[\s\S]*?<\/Page>)/, "$3$2$1"),
    /CustomFunctions/,
  ],
  [
    "stringLimits",
    "a description over 250 characters",
    (x) => x.replace(/<Description DefaultValue="[^"]*"/, `<Description DefaultValue="${"x".repeat(260)}"`),
    /limit is 250/,
  ],
  [
    "stringLimits",
    "a locale's description over 250 characters",
    (x) => x.replace(/(<Override Locale="de-de" Value=")TikTok-Shop-Gebühren[^"]*"/, `$1${"x".repeat(260)}"`),
    /Description \(de-de\) is 260 characters/,
  ],
  [
    "localeOverrides",
    "a plain Override in a resource",
    (x) =>
      x.replace(
        '<bt:Override Locale="de-de" Value="https://localhost:3000/functions-de-de.json"/>',
        '<Override Locale="de-de" Value="https://localhost:3000/functions-de-de.json"/>',
      ),
    /Functions\.Metadata\.Url: <Override> where only <bt:Override>/,
  ],
  [
    "localeOverrides",
    "a language without its region",
    (x) => x.replace(/<Override Locale="de-de"/, '<Override Locale="de"'),
    /locale "de" is not a full lower-case tag/,
  ],
  [
    "localeOverrides",
    "an override for the default locale",
    (x) => x.replace(/<Override Locale="de-de"/, '<Override Locale="en-us"'),
    /override for the default locale en-us/,
  ],
];

test.each(BREAKAGES)("%s fails on %s", (name, _what, breakIt, expected) => {
  const broken = breakIt(MANIFEST);
  expect(broken).not.toBe(MANIFEST);
  const problems = checkManifest(broken, ASSETS)[name];
  expect(problems.join("\n")).toMatch(expected);
});

test("iconsExistWithTheirSize fails when a file's pixels do not match its name, or it is missing", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "assets-"));
  for (const f of fs.readdirSync(ASSETS).filter((f) => f.endsWith(".png")))
    fs.copyFileSync(path.join(ASSETS, f), path.join(dir, f));
  fs.copyFileSync(path.join(ASSETS, "icon-64.png"), path.join(dir, "icon-80.png"));
  fs.rmSync(path.join(dir, "icon-16.png"));
  const problems = checkManifest(MANIFEST, dir).iconsExistWithTheirSize.join("\n");
  expect(problems).toMatch(/icon-80\.png is 64×64, its name says 80×80/);
  expect(problems).toMatch(/icon-16\.png is missing/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("every icon size the add-in ships exists: 16, 32, 64, 80, 128", () => {
  for (const s of [16, 32, 64, 80, 128]) {
    const png = fs.readFileSync(path.join(ASSETS, `icon-${s}.png`));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([s, s]);
  }
});
