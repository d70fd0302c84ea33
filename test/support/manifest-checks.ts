/**
 * Offline structural checks of manifest.xml. Microsoft's validator is an online service (and does
 * not check resids), so these catch what would otherwise fail only at sideload. Each check returns
 * the problems it found; none means the check passed.
 */
import fs from "fs";
import path from "path";
import { XMLParser } from "fast-xml-parser";

/** An element with its name, attributes and children, in document order. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlElement[];
  readonly text: string;
}

type Ordered = Record<string, unknown>[];

function toElements(nodes: Ordered): XmlElement[] {
  const out: XmlElement[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ":@");
    if (!name || name === "#text" || name === "#comment" || name === "?xml") continue;
    const attrs = (node[":@"] ?? {}) as Record<string, string>;
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(attrs)) attributes[k.replace(/^@_/, "")] = String(v);
    const childNodes = node[name] as Ordered;
    const text = childNodes
      .filter((c) => "#text" in c)
      .map((c) => String(c["#text"]))
      .join("")
      .trim();
    out.push({ name, attributes, children: toElements(childNodes), text });
  }
  return out;
}

export function parseManifest(xml: string): XmlElement {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    parseTagValue: false,
    parseAttributeValue: false,
    commentPropName: "#comment",
  });
  const root = toElements(parser.parse(xml) as Ordered);
  if (root.length !== 1) throw new Error("manifest.xml must have exactly one root element");
  return root[0];
}

export function all(el: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (e.name === name) found.push(e);
    e.children.forEach(walk);
  };
  walk(el);
  return found;
}

const child = (el: XmlElement | undefined, name: string) => el?.children.find((c) => c.name === name);

function resources(root: XmlElement): Map<string, { kind: string; value: string }> {
  const map = new Map<string, { kind: string; value: string }>();
  const res = all(root, "Resources")[0];
  for (const group of res?.children ?? []) {
    for (const item of group.children) {
      const id = item.attributes.id;
      if (map.has(id)) map.set(id, { kind: "duplicate", value: "" });
      else map.set(id, { kind: group.name, value: item.attributes.DefaultValue ?? "" });
    }
  }
  return map;
}

export type Check = (root: XmlElement, assetsDir: string) => string[];

export const CHECKS: Record<string, Check> = {
  rootIsTaskPaneApp: (root) =>
    root.name === "OfficeApp" && root.attributes["xsi:type"] === "TaskPaneApp"
      ? []
      : ["root must be OfficeApp xsi:type=TaskPaneApp"],

  idIsGuid: (root) => {
    const id = child(root, "Id")?.text ?? "";
    return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)
      ? []
      : [`Id "${id}" is not a GUID`];
  },

  versionIsFourPart: (root) => {
    const v = child(root, "Version")?.text ?? "";
    return /^\d+\.\d+\.\d+\.\d+$/.test(v) ? [] : [`Version "${v}" is not n.n.n.n`];
  },

  residsResolve: (root) => {
    const res = resources(root);
    const problems: string[] = [];
    const used = new Set<string>();
    const walk = (e: XmlElement) => {
      const resid = e.attributes.resid;
      if (resid !== undefined) {
        used.add(resid);
        const r = res.get(resid);
        if (!r) problems.push(`resid "${resid}" on <${e.name}> has no resource`);
        else if (r.kind === "duplicate") problems.push(`resource "${resid}" is defined twice`);
      }
      e.children.forEach(walk);
    };
    walk(root);
    for (const id of res.keys()) if (!used.has(id)) problems.push(`resource "${id}" is never used`);
    return problems;
  },

  urlsAreHttps: (root) => {
    const problems: string[] = [];
    const walk = (e: XmlElement) => {
      for (const [k, v] of Object.entries(e.attributes)) {
        if (/^[a-z]+:\/\//i.test(v) && !v.startsWith("https://") && !k.startsWith("xmlns") && k !== "xsi:type") {
          problems.push(`<${e.name} ${k}="${v}"> is not https`);
        }
      }
      if (e.name === "AppDomain" && !e.text.startsWith("https://")) problems.push(`AppDomain ${e.text} is not https`);
      e.children.forEach(walk);
    };
    walk(root);
    return problems;
  },

  sharedRuntimeAgrees: (root) => {
    const problems: string[] = [];
    const runtime = all(root, "Runtime")[0];
    if (!runtime) return ["no <Runtime>: functions and task pane would not share a runtime"];
    if (runtime.attributes.lifetime !== "long") problems.push('Runtime lifetime must be "long"');
    const id = runtime.attributes.resid;
    const cf = all(root, "ExtensionPoint").find((e) => e.attributes["xsi:type"] === "CustomFunctions");
    const page = child(child(cf, "Page"), "SourceLocation")?.attributes.resid;
    const functionFile = all(root, "FunctionFile")[0]?.attributes.resid;
    const actions = all(root, "Action").filter((a) => a.attributes["xsi:type"] === "ShowTaskpane");
    if (page !== id) problems.push(`CustomFunctions Page resid ${page} differs from Runtime ${id}`);
    if (functionFile !== id) problems.push(`FunctionFile resid ${functionFile} differs from Runtime ${id}`);
    for (const a of actions) {
      const loc = child(a, "SourceLocation")?.attributes.resid;
      if (loc !== id) problems.push(`ShowTaskpane SourceLocation ${loc} differs from Runtime ${id}`);
      if (child(a, "TaskpaneId"))
        problems.push("a ShowTaskpane action has a TaskpaneId (one task pane per shared runtime)");
    }
    const sets = all(root, "Set").map((s) => `${s.attributes.Name} ${s.attributes.MinVersion}`);
    if (!sets.includes("SharedRuntime 1.1")) problems.push("Requirements lack SharedRuntime 1.1");
    // The functions page must be the very page the task pane and the runtime load.
    const res = resources(root);
    const defaultPage = child(child(root, "DefaultSettings"), "SourceLocation")?.attributes.DefaultValue;
    if (defaultPage !== res.get(id)?.value)
      problems.push("DefaultSettings SourceLocation differs from the runtime page");
    const script = child(child(cf, "Script"), "SourceLocation")?.attributes.resid ?? "";
    const metadata = child(child(cf, "Metadata"), "SourceLocation")?.attributes.resid ?? "";
    if (!/\/functions\.js$/.test(res.get(script)?.value ?? "")) problems.push("Script must point at functions.js");
    if (!/\/functions\.json$/.test(res.get(metadata)?.value ?? ""))
      problems.push("Metadata must point at functions.json");
    return problems;
  },

  namespaceIsTiktok: (root) => {
    const cf = all(root, "ExtensionPoint").find((e) => e.attributes["xsi:type"] === "CustomFunctions");
    const resid = child(cf, "Namespace")?.attributes.resid ?? "";
    const value = resources(root).get(resid)?.value ?? "";
    if (value !== "TIKTOK") return [`Namespace is "${value}", not TIKTOK`];
    return value.length <= 32 && /^[A-Z][A-Z0-9_.]*$/.test(value)
      ? []
      : [`Namespace "${value}" is not a valid namespace`];
  },

  elementOrder: (root) => {
    const problems: string[] = [];
    const expectOrder = (el: XmlElement | undefined, order: string[], where: string) => {
      const names = (el?.children ?? []).map((c) => c.name).filter((n) => order.includes(n));
      if (names.join(",") !== order.join(","))
        problems.push(`${where}: children are ${names.join(", ")}; expected ${order.join(", ")}`);
    };
    const host = all(root, "Host").find((h) => h.attributes["xsi:type"] === "Workbook");
    expectOrder(host, ["Runtimes", "AllFormFactors", "DesktopFormFactor"], "Host");
    const cf = all(root, "ExtensionPoint").find((e) => e.attributes["xsi:type"] === "CustomFunctions");
    expectOrder(cf, ["Script", "Page", "Metadata", "Namespace"], "CustomFunctions");
    const top = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    expectOrder(root, top, "OfficeApp");
    return problems;
  },

  iconsExistWithTheirSize: (root, assetsDir) => {
    const problems: string[] = [];
    const urls = new Set<string>();
    for (const name of ["IconUrl", "HighResolutionIconUrl"]) {
      const v = child(root, name)?.attributes.DefaultValue;
      if (v) urls.add(v);
    }
    for (const img of all(root, "bt:Image")) if (img.attributes.DefaultValue) urls.add(img.attributes.DefaultValue);
    const required = new Set(["16", "32", "80"]);
    for (const img of all(root, "bt:Image")) if (img.attributes.size) required.delete(img.attributes.size);
    for (const s of required) problems.push(`no ${s} px ribbon icon`);
    for (const url of urls) {
      const file = path.join(assetsDir, path.basename(new URL(url).pathname));
      const claimed = /icon-(\d+)\.png$/.exec(file)?.[1];
      if (!fs.existsSync(file)) {
        problems.push(`${url}: ${path.basename(file)} is missing from assets/`);
        continue;
      }
      const png = fs.readFileSync(file);
      if (png.subarray(1, 4).toString() !== "PNG") {
        problems.push(`${path.basename(file)} is not a PNG`);
        continue;
      }
      const width = png.readUInt32BE(16);
      const height = png.readUInt32BE(20);
      if (claimed && (width !== Number(claimed) || height !== Number(claimed))) {
        problems.push(`${path.basename(file)} is ${width}×${height}, its name says ${claimed}×${claimed}`);
      }
    }
    return problems;
  },

  stringLimits: (root) => {
    const problems: string[] = [];
    const limit = (what: string, value: string | undefined, max: number) => {
      if ((value ?? "").length > max) problems.push(`${what} is ${value!.length} characters; the limit is ${max}`);
    };
    // Each limit holds for the default value and for every locale's override.
    const limitAll = (what: string, el: XmlElement | undefined, max: number) => {
      limit(what, el?.attributes.DefaultValue, max);
      for (const o of el?.children ?? []) limit(`${what} (${o.attributes.Locale})`, o.attributes.Value, max);
    };
    limitAll("DisplayName", child(root, "DisplayName"), 125);
    limitAll("Description", child(root, "Description"), 250);
    for (const s of all(root, "bt:ShortStrings").flatMap((g) => g.children))
      limitAll(`ShortString ${s.attributes.id}`, s, 125);
    for (const s of all(root, "bt:LongStrings").flatMap((g) => g.children))
      limitAll(`LongString ${s.attributes.id}`, s, 250);
    return problems;
  },

  /**
   * Locale overrides (Microsoft's manifest reference, "Override element", and "Localization for
   * Office Add-ins", learn.microsoft.com/office/dev/add-ins/develop/localization): top-level settings take <Override>, resources (bt:String, bt:Url, bt:Image) take
   * <bt:Override> (a plain one in a resource fails to load, office-js#2464); each names a full,
   * lower-case culture tag (es-es and es-mx apart, not "es") with a non-empty Value; one per locale
   * in each element, none for the default locale, and nothing else beside them.
   */
  localeOverrides: (root) => {
    const problems: string[] = [];
    const defaultLocale = (child(root, "DefaultLocale")?.text ?? "").toLowerCase();
    const check = (el: XmlElement, tag: string, where: string) => {
      const seen = new Set<string>();
      for (const o of el.children) {
        if (o.name !== tag) {
          problems.push(`${where}: <${o.name}> where only <${tag}> may be`);
          continue;
        }
        const locale = o.attributes.Locale ?? "";
        if (!/^[a-z]{2,3}-[a-z]{2,4}$/.test(locale))
          problems.push(`${where}: locale "${locale}" is not a full lower-case tag such as de-de`);
        if (locale === defaultLocale) problems.push(`${where}: an override for the default locale ${locale}`);
        if (seen.has(locale)) problems.push(`${where}: two overrides for ${locale}`);
        seen.add(locale);
        if (!(o.attributes.Value ?? "").trim()) problems.push(`${where}: the ${locale} override has no Value`);
      }
    };
    for (const name of ["DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
      const el = child(root, name);
      if (el) check(el, "Override", name);
    }
    const res = all(root, "Resources")[0];
    for (const group of res?.children ?? [])
      for (const item of group.children) check(item, "bt:Override", `${item.name} ${item.attributes.id}`);
    return problems;
  },
};

export function checkManifest(xml: string, assetsDir: string): Record<string, string[]> {
  const root = parseManifest(xml);
  const out: Record<string, string[]> = {};
  for (const [name, check] of Object.entries(CHECKS)) out[name] = check(root, assetsDir);
  return out;
}
