/**
 * The development and the production manifest, both made from manifest.xml (scripts/manifests.js):
 * every structural check holds for each; they differ in Id, name and URLs; their version and
 * provider come from package.json; a production manifest needs a support contact.
 */
import fs from "fs";
import path from "path";
import { CHECKS, checkManifest } from "../support/manifest-checks";

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
const displayName = (xml: string) => /<DisplayName DefaultValue="([^"]*)"\/>/.exec(xml)?.[1];

test("manifest.xml is the development manifest as the build writes it (version and provider from package.json)", () => {
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
