/**
 * Function help in every language, at build time: reads `src/i18n/<language>/functions.ts` (see
 * src/i18n/functionsSection.ts) and turns the generated functions.json into one
 * `functions-<locale>.json` per Office locale of src/i18n/languages.ts (functions-de-de.json,
 * functions-es-es.json, functions-es-mx.json…). A localized file is functions.json with only the
 * function and parameter descriptions replaced: ids, names, parameter names, types, options, help
 * URLs and enums stay exactly as they are, so a formula means the same in every Excel.
 *
 * The language files are TypeScript with type imports only (they are data); they are transpiled
 * here and evaluated with no `require`, so a runtime import in one fails the build, and nothing of
 * them reaches a bundle.
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const ROOT = path.resolve(__dirname, "..");
const I18N = path.join(ROOT, "src", "i18n");

/** The exports of a TypeScript file that imports types only. */
function loadTypeScriptData(file) {
  const source = fs.readFileSync(file, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    fileName: file,
  });
  const module = { exports: {} };
  const noRequire = (what) => {
    throw new Error(
      `${path.relative(ROOT, file)} imports ${what} at run time; a build-time data file may import types only`,
    );
  };
  new Function("exports", "module", "require", outputText)(module.exports, module, noRequire);
  return module.exports;
}

/** LANGUAGES, manifestLocales() and MANIFEST_STRINGS, read from their TypeScript sources. */
function languages() {
  return loadTypeScriptData(path.join(I18N, "languages.ts"));
}

function manifestStringIds() {
  return loadTypeScriptData(path.join(I18N, "functionsSection.ts")).MANIFEST_STRINGS;
}

function sectionFile(language) {
  return path.join(I18N, language, "functions.ts");
}

/** A language's build-time section (its default export). */
function loadSection(language) {
  const section = loadTypeScriptData(sectionFile(language)).default;
  if (!section || typeof section !== "object" || !section.functions || !section.manifest)
    throw new Error(`${path.relative(ROOT, sectionFile(language))} must export default { manifest, functions }`);
  return section;
}

/** Every Office locale the manifest overrides, with its language's section: [{ locale, language, section }]. */
function localeSections() {
  const cache = new Map();
  return languages()
    .manifestLocales()
    .map(({ locale, language }) => {
      if (!cache.has(language)) cache.set(language, loadSection(language));
      return { locale, language, section: cache.get(language) };
    });
}

/**
 * Locales whose Excel writes a decimal point where their language's text (shared with another
 * locale) has a decimal comma: Spanish is one text for es-es and es-mx, written with Spain's
 * "0,06"; Mexico writes 0.06.
 */
const DECIMAL_POINT_LOCALES = new Set(["es-mx"]);

/** A language's function help as one locale shows it (only the decimal mark may differ). */
function localeFunctions(locale, functions) {
  if (!DECIMAL_POINT_LOCALES.has(locale)) return functions;
  const point = (text) => text.replace(/(\d),(\d)/g, "$1.$2");
  return Object.fromEntries(
    Object.entries(functions).map(([id, f]) => [
      id,
      {
        description: point(f.description),
        parameters: Object.fromEntries(Object.entries(f.parameters).map(([n, t]) => [n, point(t)])),
      },
    ]),
  );
}

/** The metadata file name for a locale: functions-de-de.json. */
function metadataFileName(locale) {
  return `functions-${locale}.json`;
}

/**
 * functions.json (text) with a language's descriptions. Every function and parameter of the
 * metadata must have its translation and nothing else may (the type check says the same for the
 * source files); anything else is left untouched.
 */
function localizeMetadata(json, functions, label = "translation") {
  const metadata = JSON.parse(json);
  const problems = [];
  const seen = new Set();
  for (const f of metadata.functions) {
    const help = functions[f.id];
    seen.add(f.id);
    if (!help) {
      problems.push(`${f.id} has no help`);
      continue;
    }
    f.description = help.description;
    const params = help.parameters || {};
    for (const p of f.parameters) {
      if (typeof params[p.name] !== "string") problems.push(`${f.id}(${p.name}) has no help`);
      else p.description = params[p.name];
    }
    const names = new Set(f.parameters.map((p) => p.name));
    for (const name of Object.keys(params)) if (!names.has(name)) problems.push(`${f.id} has no parameter ${name}`);
  }
  for (const id of Object.keys(functions)) if (!seen.has(id)) problems.push(`${id} is not a function`);
  if (problems.length > 0) throw new Error(`${label}: ${problems.join("; ")}`);
  return JSON.stringify(metadata);
}

/**
 * Emits functions-<locale>.json beside functions.json (which CustomFunctionsMetadataPlugin adds
 * when the compilation starts), for every locale of every language but English.
 */
class LocalizedFunctionsMetadataPlugin {
  constructor({ source = "functions.json" } = {}) {
    this.source = source;
  }
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsMetadata", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedFunctionsMetadata", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset(this.source);
          if (!asset) return; // the metadata plugin reported why
          try {
            const json = asset.source.source().toString();
            for (const { locale, language, section } of localeSections()) {
              compilation.fileDependencies.add(sectionFile(language));
              const functions = localeFunctions(locale, section.functions);
              const text = localizeMetadata(json, functions, `src/i18n/${language}/functions.ts`);
              compilation.emitAsset(metadataFileName(locale), new sources.RawSource(text));
            }
            compilation.fileDependencies.add(path.join(I18N, "languages.ts"));
          } catch (error) {
            compilation.errors.push(new WebpackError(`[function help] ${error.message}`));
          }
        },
      );
    });
  }
}

/** functions.json and every functions-<locale>.json. */
const METADATA_ASSET = /^functions(-[a-z]{2,3}-[a-z]{2,4})?\.json$/;

module.exports = {
  LocalizedFunctionsMetadataPlugin,
  METADATA_ASSET,
  loadSection,
  loadTypeScriptData,
  languages,
  localeSections,
  localeFunctions,
  localizeMetadata,
  manifestStringIds,
  metadataFileName,
};
