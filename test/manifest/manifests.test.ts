/**
 * The development and the production manifest, both made from manifest.xml (scripts/manifests.js):
 * every structural check holds for each; they differ in Id, name and URLs; their version and
 * provider come from package.json; a production manifest needs a support contact.
 */
import fs from "fs";
import path from "path";
import { manifestLocales } from "../../src/i18n/languages";
import { MANIFEST_STRINGS } from "../../src/i18n/functionsSection";
import { CHECKS, all, checkManifest, parseManifest, type XmlElement } from "../support/manifest-checks";

const manifests = require("../../scripts/manifests.js");

const pkg = require("../../package.json");

const { rewriteUrls } = require("../../webpack.config.js");

const SOURCE = fs.readFileSync("manifest.xml", "utf8");
const ASSETS = path.resolve("assets");
const PRODUCTION_URL = "https://addin.example.test/tiktok/";
const production = (config = pkg.config): string =>
  manifests.manifestFor(SOURCE, "production", {
    config,
    rewriteUrls: (xml: string) => rewriteUrls(xml, "https://localhost:3000/", PRODUCTION_URL),
  });
const development = (): string => manifests.manifestFor(SOURCE, "development");
const tag = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];
const displayName = (xml: string) => /<DisplayName DefaultValue="([^"]*)"/.exec(xml)?.[1];

test("manifest.xml is the development manifest as the build writes it (version and provider from package.json, overrides from src/i18n: npm run generate:manifest)", () => {
  expect(development()).toBe(SOURCE);
  expect(tag(SOURCE, "Version")).toBe(`${pkg.version}.0`);
  expect(tag(SOURCE, "ProviderName")).toBe(pkg.config.provider_name);
});

test.each(Object.keys(CHECKS))("%s passes on the production manifest too", (name) => {
  expect(checkManifest(production(), ASSETS)[name]).toEqual([]);
});

test("development and production have their own Id and name; the provider is not the product's name", () => {
  const dev = development();
  const prod = production();
  expect(tag(prod, "Id")).toBe(pkg.config.production_manifest_id);
  expect(tag(dev, "Id")).not.toBe(tag(prod, "Id"));
  expect(displayName(dev)).toBe("TikTok Economics (dev)");
  expect(displayName(prod)).toBe("TikTok Economics");
  expect(tag(prod, "ProviderName")).not.toBe(displayName(prod));
  expect(prod).not.toMatch(/localhost/);
  expect(prod).toContain(`<SupportUrl DefaultValue="${PRODUCTION_URL}support.html"/>`);
});

test("the manifest version is package.json's, as a.b.c.0, with a major version the marketplace accepts", () => {
  expect(manifests.manifestVersion("1.4.2")).toBe("1.4.2.0");
  expect(manifests.manifestVersion("12.0.3-beta.1")).toBe("12.0.3.0");
  expect(() => manifests.manifestVersion("0.1.0")).toThrow(/major version from 1 to 9999/);
  expect(() => manifests.manifestVersion("1.2")).toThrow(/not a\.b\.c/);
  expect(tag(manifests.manifestFor(SOURCE, "development", { version: "2.3.4" }), "Version")).toBe("2.3.4.0");
});

test("a production manifest without a support contact is refused, saying what to set", () => {
  const none = { ...pkg.config, support_contact: "" };
  const saved = process.env.ADDIN_SUPPORT_CONTACT;
  delete process.env.ADDIN_SUPPORT_CONTACT;
  try {
    expect(() => production(none)).toThrow(/No support contact: set "config": \{ "support_contact"/);
    expect(() => production({ ...pkg.config, support_contact: "call us" })).toThrow(/neither an https:\/\/ URL nor/);
    expect(() => development()).not.toThrow();
  } finally {
    if (saved !== undefined) process.env.ADDIN_SUPPORT_CONTACT = saved;
  }
  expect(manifests.supportContact({ support_contact: "help@shop.test" }, {})).toBe("help@shop.test");
  expect(manifests.supportContact({ support_contact: "" }, { ADDIN_SUPPORT_CONTACT: "https://help.shop.test/" })).toBe(
    "https://help.shop.test/",
  );
});

test("placeholder domains are reported as not ready for submission", () => {
  expect(
    manifests.submissionWarnings("https://tiktok-economics.example.com/", "support@tiktok-economics.example.com"),
  ).toHaveLength(2);
  expect(manifests.submissionWarnings("https://addin.shop.test/", "help@shop.test")).toEqual([]);
});

const help = require("../../scripts/function-help.js");

/** Locale → Value of an element's overrides. */
const overridesOf = (el: XmlElement | undefined) =>
  Object.fromEntries((el?.children ?? []).map((o) => [o.attributes.Locale, o.attributes.Value]));

function element(xml: string, id: string): XmlElement | undefined {
  const root = parseManifest(xml);
  if (id === "DisplayName" || id === "Description") return root.children.find((c) => c.name === id);
  return [...all(root, "bt:String"), ...all(root, "bt:Url")].find((e) => e.attributes.id === id);
}

describe.each([
  ["development", development, "https://localhost:3000/", " (dev)"],
  ["production", () => production(), PRODUCTION_URL, ""],
])("the %s manifest's locale overrides", (_target, make, base, suffix) => {
  const locales = manifestLocales().map((l) => l.locale);

  test("Functions.Metadata.Url names functions-<locale>.json for every Office locale of every language, and nothing else", () => {
    const url = element(make(), "Functions.Metadata.Url")!;
    expect(url.attributes.DefaultValue).toBe(`${base}functions.json`);
    expect(url.children.map((c) => c.name)).toEqual(locales.map(() => "bt:Override"));
    expect(overridesOf(url)).toEqual(Object.fromEntries(locales.map((l) => [l, `${base}functions-${l}.json`])));
    expect(locales).toEqual(expect.arrayContaining(["es-es", "es-mx"]));
    expect(locales).not.toContain("en-us");
  });

  test("the name, the description and the ribbon's strings come from each language's data, one override per locale", () => {
    const xml = make();
    for (const { locale, language } of manifestLocales()) {
      const { manifest } = help.loadSection(language);
      for (const id of MANIFEST_STRINGS) {
        const expected = id === "DisplayName" ? manifest[id] + suffix : manifest[id];
        expect([id, overridesOf(element(xml, id))[locale]]).toEqual([id, expected]);
      }
    }
    for (const id of MANIFEST_STRINGS) expect(Object.keys(overridesOf(element(xml, id)))).toEqual(locales);
  });
});

test("every string the manifest shows is translated: each ShortString and LongString but the namespace", () => {
  const root = parseManifest(SOURCE);
  const ids = [...all(root, "bt:ShortStrings"), ...all(root, "bt:LongStrings")].flatMap((g) =>
    g.children.map((c) => c.attributes.id),
  );
  expect(ids.filter((id) => id !== "Functions.Namespace").sort()).toEqual(
    MANIFEST_STRINGS.filter((id) => id !== "DisplayName" && id !== "Description").sort(),
  );
  // TIKTOK is the same in every language: formulas are typed with it.
  expect(element(SOURCE, "Functions.Namespace")?.children).toEqual([]);
});

test("the manifest text is translated (the product name aside) and its example formula works with any list separator", () => {
  for (const { locale, language } of manifestLocales()) {
    const { manifest } = help.loadSection(language);
    for (const id of MANIFEST_STRINGS) {
      const english = element(SOURCE, id)!.attributes.DefaultValue.replace(/ \(dev\)$/, "");
      if (english === "TikTok Economics") expect([locale, id, manifest[id]]).toEqual([locale, id, english]);
      else expect([locale, id, manifest[id]]).not.toEqual([locale, id, english]);
    }
    // No comma or semicolon between arguments: "," is ";" in de-de, fr-fr, es-es…
    expect(manifest["GetStarted.Description"]).toContain("=TIKTOK.SHOPFEE(20)");
  }
});

test("the overrides are rewritten, not added again, when the manifest is made from itself", () => {
  expect(manifests.localize(manifests.localize(SOURCE, "development"), "development")).toBe(SOURCE);
  const once = production();
  expect(once.match(/<bt:Override Locale="de-de"/g)).toHaveLength(MANIFEST_STRINGS.length - 2 + 1);
});
