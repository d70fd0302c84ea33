/**
 * The two manifests the add-in ships, made from the one manifest.xml in the repository:
 * - development (manifest.xml itself: its own Id, "(dev)" in the name, localhost URLs), sideloaded
 *   by `npm start`; Microsoft asks for a separate Id and a distinguishable name per environment
 *   (office-js#3486), so a developer's copy never shadows the published add-in;
 * - production (`npm run build` → dist/manifest.xml): the published Id and name, every URL on the
 *   production URL, the version from package.json and the provider from config.
 * Both take ProviderName and Version from package.json, so they cannot drift from it, and both get
 * the same per-locale overrides (`localize`): each language's name, description and ribbon strings
 * (src/i18n/<language>/functions.ts, `manifest`), and its functions-<locale>.json as the
 * Functions.Metadata.Url — one override per Office locale of src/i18n/languages.ts, none for the
 * default locale. They are made from that data only: manifest.xml holds them as this file writes
 * them (`npm run generate:manifest`, a test fails when it is stale); never edit them by hand.
 */
const fs = require("fs");
const path = require("path");
const pkg = require("../package.json");
const { localeSections, manifestStringIds, metadataFileName } = require("./function-help");

const DEV_SUFFIX = " (dev)";
/** Domains reserved for examples (RFC 2606): a listing on one of them cannot be submitted. */
const EXAMPLE_DOMAIN = /(^|[.@/])example\.(com|org|net)([/:>]|$)/i;

/** package.json's version (semver a.b.c) as the manifest's a.b.c.d. */
function manifestVersion(version = pkg.version) {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(version);
  if (!m) throw new Error(`package.json version "${version}" is not a.b.c.`);
  if (Number(m[1]) < 1 || Number(m[1]) > 9999) {
    throw new Error(`package.json version "${version}": the marketplace needs a major version from 1 to 9999.`);
  }
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/**
 * The maintainers' support contact (an https URL or an e-mail address), from config.support_contact
 * or ADDIN_SUPPORT_CONTACT; a production manifest is refused without one (the marketplace asks for
 * a support page with a way to reach the publisher).
 */
function supportContact(config = pkg.config, env = process.env) {
  const contact = (env.ADDIN_SUPPORT_CONTACT || config.support_contact || "").trim();
  if (contact === "") {
    throw new Error(
      'No support contact: set "config": { "support_contact": "https://…" or "name@domain" } in package.json (or ADDIN_SUPPORT_CONTACT) before building for production; the support page must say how to reach the maintainers.',
    );
  }
  if (!/^https:\/\/[^\s/]+\.[^\s/]+/.test(contact) && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact)) {
    throw new Error(`The support contact "${contact}" is neither an https:// URL nor an e-mail address.`);
  }
  return contact;
}

/** Warnings for a build that works but could not be submitted as it is (placeholder domains). */
function submissionWarnings(productionUrl, contact) {
  const warnings = [];
  if (EXAMPLE_DOMAIN.test(productionUrl)) {
    warnings.push(`the production URL ${productionUrl} is a placeholder (example domain): set config.production_url`);
  }
  if (EXAMPLE_DOMAIN.test(contact)) {
    warnings.push(`the support contact ${contact} is a placeholder (example domain): set config.support_contact`);
  }
  return warnings;
}

function escapeXml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function setElement(xml, name, value) {
  const re = new RegExp(`<${name}>[^<]*</${name}>`);
  if (!re.test(xml)) throw new Error(`manifest.xml has no <${name}>`);
  return xml.replace(re, `<${name}>${escapeXml(value)}</${name}>`);
}

function setDisplayName(xml, transform) {
  const re = /<DisplayName DefaultValue="([^"]*)"\/>/;
  const m = re.exec(xml);
  if (!m) throw new Error("manifest.xml has no <DisplayName DefaultValue=…/>");
  return xml.replace(re, `<DisplayName DefaultValue="${transform(m[1])}"/>`);
}

/** Every locale override removed: each element back to its self-closing form. */
function withoutOverrides(xml) {
  return xml
    .replace(
      /<(DisplayName|Description) DefaultValue="([^"]*)">\s*(?:<Override [^>]*\/>\s*)*<\/\1>/g,
      '<$1 DefaultValue="$2"/>',
    )
    .replace(
      /<bt:(String|Url|Image) id="([^"]*)" DefaultValue="([^"]*)">\s*(?:<bt:Override [^>]*\/>\s*)*<\/bt:\1>/g,
      '<bt:$1 id="$2" DefaultValue="$3"/>',
    );
}

/** A self-closing element (the one `re` matches, at the start of its line) given override children. */
function addOverrides(xml, re, what, tag, overrides) {
  const m = re.exec(xml);
  if (!m) throw new Error(`manifest.xml has no ${what}`);
  const [whole, indent, open, name] = m;
  const lines = overrides.map(
    ({ locale, value }) => `${indent}  <${tag} Locale="${locale}" Value="${escapeXml(value)}"/>`,
  );
  return xml.replace(whole, () => `${indent}${open}>\n${lines.join("\n")}\n${indent}</${name}>`);
}

/**
 * The per-locale overrides, from the language data: DisplayName (with the dev suffix in the
 * development manifest), Description and the ribbon's strings in each language, and the metadata
 * URL on that locale's functions-<locale>.json. Idempotent: the overrides there are replaced.
 */
function localize(xml, target, sections = localeSections()) {
  let out = withoutOverrides(xml);
  const suffix = target === "development" ? DEV_SUFFIX : "";
  const text = (id) => sections.map(({ locale, section }) => ({ locale, value: section.manifest[id] }));
  for (const id of manifestStringIds()) {
    const values = text(id);
    for (const { locale, value } of values)
      if (typeof value !== "string" || value.trim() === "") throw new Error(`${locale} has no manifest text ${id}`);
    if (id === "DisplayName" || id === "Description") {
      const re = new RegExp(`^([ \\t]*)(<(${id}) DefaultValue="[^"]*")\\/>`, "m");
      const overrides = id === "DisplayName" ? values.map((v) => ({ ...v, value: v.value + suffix })) : values;
      out = addOverrides(out, re, `<${id} DefaultValue=…/>`, "Override", overrides);
    } else {
      const re = new RegExp(`^([ \\t]*)(<(bt:String) id="${id.replace(/\./g, "\\.")}" DefaultValue="[^"]*")\\/>`, "m");
      out = addOverrides(out, re, `a string resource ${id}`, "bt:Override", values);
    }
  }
  const metadata = /^([ \t]*)(<(bt:Url) id="Functions\.Metadata\.Url" DefaultValue="([^"]*)\/functions\.json")\/>/m;
  const base = metadata.exec(out)?.[4];
  if (base === undefined) throw new Error("manifest.xml has no Functions.Metadata.Url on …/functions.json");
  out = addOverrides(
    out,
    metadata,
    "Functions.Metadata.Url",
    "bt:Override",
    sections.map(({ locale }) => ({ locale, value: `${base}/${metadataFileName(locale)}` })),
  );
  return out;
}

/**
 * A manifest for one target. `rewriteUrls(xml)` moves URLs to production (webpack's rewrite);
 * development keeps the repository's URLs.
 */
function manifestFor(xml, target, { rewriteUrls = (x) => x, config = pkg.config, version = pkg.version } = {}) {
  if (target !== "development" && target !== "production") throw new Error(`unknown manifest target "${target}"`);
  let out = withoutOverrides(xml);
  out = setElement(out, "Version", manifestVersion(version));
  out = setElement(out, "ProviderName", config.provider_name);
  if (target === "development") return localize(out, target);
  supportContact(config);
  out = setElement(out, "Id", config.production_manifest_id);
  out = setDisplayName(out, (name) => (name.endsWith(DEV_SUFFIX) ? name.slice(0, -DEV_SUFFIX.length) : name));
  return rewriteUrls(localize(out, target));
}

const MANIFEST_FILE = path.resolve(__dirname, "..", "manifest.xml");

/** manifest.xml as this file writes it (the development manifest). */
function developmentManifest(file = MANIFEST_FILE) {
  return manifestFor(fs.readFileSync(file, "utf8"), "development");
}

module.exports = {
  manifestFor,
  manifestVersion,
  supportContact,
  submissionWarnings,
  localize,
  developmentManifest,
  DEV_SUFFIX,
};

// `npm run generate:manifest`: manifest.xml rewritten with its overrides (`--check`: exit 1 when stale).
if (require.main === module) {
  const current = fs.readFileSync(MANIFEST_FILE, "utf8");
  const text = developmentManifest();
  if (process.argv.includes("--check")) {
    if (text !== current) {
      process.stderr.write("manifest.xml is stale: run npm run generate:manifest\n");
      process.exit(1);
    }
  } else if (text !== current) {
    fs.writeFileSync(MANIFEST_FILE, text);
    process.stdout.write("Wrote manifest.xml\n");
  } else process.stdout.write("manifest.xml is up to date\n");
}
