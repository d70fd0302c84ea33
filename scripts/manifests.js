/**
 * The two manifests the add-in ships, made from the one manifest.xml in the repository:
 * - development (manifest.xml itself: its own Id, "(dev)" in the name, localhost URLs), sideloaded
 *   by `npm start`; Microsoft asks for a separate Id and a distinguishable name per environment
 *   (office-js#3486), so a developer's copy never shadows the published add-in;
 * - production (`npm run build` → dist/manifest.xml): the published Id and name, every URL on the
 *   production URL, the version from package.json and the provider from config.
 * Both take ProviderName and Version from package.json, so they cannot drift from it.
 */
const pkg = require("../package.json");

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

/**
 * A manifest for one target. `rewriteUrls(xml)` moves URLs to production (webpack's rewrite);
 * development keeps the repository's URLs.
 */
function manifestFor(xml, target, { rewriteUrls = (x) => x, config = pkg.config, version = pkg.version } = {}) {
  let out = setElement(xml, "Version", manifestVersion(version));
  out = setElement(out, "ProviderName", config.provider_name);
  if (target === "development") return out;
  if (target !== "production") throw new Error(`unknown manifest target "${target}"`);
  supportContact(config);
  out = setElement(out, "Id", config.production_manifest_id);
  out = setDisplayName(out, (name) => (name.endsWith(DEV_SUFFIX) ? name.slice(0, -DEV_SUFFIX.length) : name));
  return rewriteUrls(out);
}

module.exports = { manifestFor, manifestVersion, supportContact, submissionWarnings, DEV_SUFFIX };
