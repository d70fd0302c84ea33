/**
 * Builds the add-in: functions (custom functions), taskpane (UI) and commands, all loaded into the
 * one shared-runtime page taskpane.html, plus functions.json generated from JSDoc and its translated
 * copies functions-<locale>.json (scripts/function-help.js).
 *
 * Production URL: `npm run build` rewrites every https://localhost:3000/ in the manifest to the
 * deployment URL — package.json "config.production_url", or the ADDIN_PUBLIC_URL environment
 * variable when set (see README "Deploying").
 */
const path = require("path");
const { stripHelp } = require("./scripts/strip-function-help");
const { stripRateAlternatives } = require("./scripts/strip-rate-alternatives");
const { URL } = require("url");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const pkg = require("./package.json");
const { helpPage, sitePage } = require("./scripts/markdown");
const { manifestFor, supportContact, submissionWarnings } = require("./scripts/manifests");
const { LocalizedFunctionsMetadataPlugin, METADATA_ASSET } = require("./scripts/function-help");

const urlDev = "https://localhost:3000/";

function productionUrl() {
  const url = process.env.ADDIN_PUBLIC_URL || pkg.config.production_url;
  if (!/^https:\/\/[^/]+(\/.*)?$/.test(url)) {
    throw new Error(
      `The production URL must be an https:// URL, got "${url}" (package.json config.production_url or ADDIN_PUBLIC_URL).`,
    );
  }
  return url.endsWith("/") ? url : `${url}/`;
}

/**
 * Every occurrence, not only the first (the Yeoman template's string replace misses the rest); a
 * bare origin without the trailing slash (AppDomain) becomes the production origin.
 */
function rewriteUrls(content, from, to) {
  const text = content.toString().split(from).join(to);
  const fromOrigin = from.replace(/\/$/, "");
  return text.split(fromOrigin).join(new URL(to).origin);
}

/**
 * https options for the dev server. Windows and macOS: office-addin-dev-certs installs its CA, as
 * in the Yeoman templates. Linux: the CA cannot be installed without sudo, so the generated
 * certificate is used as is (browsers will warn) — or plain http with DEV_SERVER_HTTP=1.
 */
async function devServerTransport() {
  if (process.env.DEV_SERVER_HTTP === "1") {
    console.log("[dev-server] plain http (DEV_SERVER_HTTP=1): fine for the preview, not for Excel.");
    return { type: "http" };
  }
  const devCerts = require("office-addin-dev-certs");
  if (process.platform === "win32" || process.platform === "darwin") {
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  }
  const fs = require("fs");
  const os = require("os");
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = {
    ca: path.join(dir, "ca.crt"),
    cert: path.join(dir, "localhost.crt"),
    key: path.join(dir, "localhost.key"),
  };
  try {
    if (!fs.existsSync(files.cert) || !fs.existsSync(files.key)) {
      fs.mkdirSync(dir, { recursive: true });
      await devCerts.generateCertificates(files.ca, files.cert, files.key);
    }
    console.log(
      `[dev-server] https with the generated certificate in ${dir}; its CA is not installed (Linux needs sudo): trust ca.crt by hand, or use DEV_SERVER_HTTP=1.`,
    );
    return {
      type: "https",
      options: { ca: fs.readFileSync(files.ca), key: fs.readFileSync(files.key), cert: fs.readFileSync(files.cert) },
    };
  } catch (error) {
    console.log(`[dev-server] could not make the Office dev certificate (${error.message}); using a self-signed one.`);
    return { type: "https" };
  }
}

/**
 * Excel desktop and the shared runtime load every file from this same origin, so no CORS header is
 * needed there. Excel on the web fetches from an Office origin: answer those, and only those, with
 * their own origin — never `Access-Control-Allow-Origin: *` for any page that asks.
 */
const OFFICE_ORIGIN =
  /^https:\/\/([a-z0-9-]+\.)*(office\.com|officeapps\.live\.com|office365\.com|sharepoint\.com|microsoft365\.com|cloud\.microsoft)$/i;

function officeCorsHeaders(req) {
  const origin = req.headers.origin;
  return origin && OFFICE_ORIGIN.test(origin)
    ? { "Access-Control-Allow-Origin": origin, Vary: "Origin" }
    : { Vary: "Origin" };
}

/**
 * Emits the pages served with the add-in, from docs/: help.html (each function's helpUrl points at
 * its section), and the support, privacy and terms pages the manifest and the pane link to. The
 * support page names the maintainers' contact (config.support_contact).
 */
class SitePagesPlugin {
  constructor(contact) {
    this.contact = contact;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    const fs = require("fs");
    const pages = [
      ["help.html", "docs/functions.md", (md) => helpPage(md)],
      [
        "support.html",
        "docs/support.md",
        (md) => sitePage(md.split("{{support_contact}}").join(this.contact), "Support"),
      ],
      ["privacy.html", "docs/privacy.md", (md) => sitePage(md, "Privacy policy")],
      ["terms.html", "docs/terms.md", (md) => sitePage(md, "Terms of use")],
    ];
    compiler.hooks.thisCompilation.tap("SitePages", (compilation) => {
      for (const [, doc] of pages) compilation.fileDependencies.add(path.resolve(__dirname, doc));
      compilation.hooks.processAssets.tap(
        { name: "SitePages", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const [file, doc, render] of pages) {
            const markdown = fs.readFileSync(path.resolve(__dirname, doc), "utf8");
            compilation.emitAsset(file, new sources.RawSource(render(markdown)));
          }
        },
      );
    });
  }
}

/** The support contact as the support page shows it: a link for a URL, a mailto: link for an address. */
function contactMarkdown(contact) {
  return contact.startsWith("https://") ? `<${contact}>` : `[${contact}](mailto:${contact})`;
}

/**
 * Rewrites the dev URL in the generated functions.json and every functions-<locale>.json (help
 * links) for production; it runs after LocalizedFunctionsMetadataPlugin has written the latter.
 */
class RewriteFunctionsJsonPlugin {
  constructor(to) {
    this.to = to;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("RewriteFunctionsJson", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RewriteFunctionsJson", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS + 1 },
        () => {
          for (const asset of compilation.getAssets().filter((a) => METADATA_ASSET.test(a.name))) {
            const text = rewriteUrls(asset.source.source().toString(), urlDev, this.to);
            compilation.updateAsset(asset.name, new sources.RawSource(text));
          }
        },
      );
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  // A production build needs a way to reach the maintainers; a development build may go without.
  const contact = dev
    ? (process.env.ADDIN_SUPPORT_CONTACT || pkg.config.support_contact || "").trim()
    : supportContact();
  if (!dev) {
    for (const w of submissionWarnings(productionUrl(), contact))
      console.warn(`[build] not ready for the marketplace: ${w}.`);
  }
  return {
    devtool: dev ? "source-map" : false,
    // Shared runtime: functions, task pane and commands run in one page. The task pane and the
    // commands depend on the functions bundle, so the core (decimal.js, the rate book, the pricing
    // code) and webpack's runtime load once, in functions.js — one RATE_BOOK and one schedule cache
    // per page — and functions.js alone still registers every function (the manifest's script URL).
    entry: {
      functions: "./src/functions/generated/functions.ts",
      taskpane: { import: "./src/taskpane/taskpane.ts", dependOn: "functions" },
      commands: { import: "./src/commands/commands.ts", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Function help lives in functions.json for Excel; the bundle drops its copy (scripts/strip-function-help.js),
            // and the rate book's audit data — alternative figures, notes no function shows (scripts/strip-rate-alternatives.js).
            options: {
              transpileOnly: true,
              getCustomTransformers: () => ({ before: [stripHelp(), stripRateAlternatives()] }),
            },
          },
        },
        {
          // The version of the whole book, not of the stripped one (scripts/rate-book-version.js).
          test: /[\\/]src[\\/]core[\\/]rates[\\/]index\.ts$/,
          enforce: "pre",
          use: path.resolve(__dirname, "scripts/rate-book-version.js"),
        },
        {
          test: /[\\/]decimal\.js[\\/]decimal\.m?js$/,
          // Shorter constants, and no methods the add-in never calls (trigonometry, fractions…).
          use: [
            path.resolve(__dirname, "scripts/decimal-unused-methods-loader.js"),
            path.resolve(__dirname, "scripts/decimal-constants-loader.js"),
          ],
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    performance: { hints: false },
    // The shortest export and module names: functions.js keeps the exports taskpane.js uses from
    // the shared core, and every byte counts against its 60 KB budget (test/bundle).
    optimization: { mangleExports: "size", moduleIds: "size", chunkIds: "size" },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/generated/functions.ts" }),
      // functions-<locale>.json: functions.json with each language's help (src/i18n/<language>/functions.ts).
      new LocalizedFunctionsMetadataPlugin(),
      ...(dev ? [] : [new RewriteFunctionsJsonPlugin(productionUrl())]),
      // Shared runtime: functions, task pane and commands all run in this one page.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions", "commands"],
      }),
      new SitePagesPlugin(
        contact === "" ? "(no support contact set: config.support_contact)" : contactMarkdown(contact),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext][query]" },
          { from: "src/taskpane/*.css", to: "[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return manifestFor(content.toString(), dev ? "development" : "production", {
                rewriteUrls: (xml) => rewriteUrls(xml, urlDev, productionUrl()),
              });
            },
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          static: { directory: path.resolve(__dirname, "dist") },
          // Only this machine unless DEV_SERVER_HOST says otherwise (e.g. 0.0.0.0 for a VM's Excel).
          host: process.env.DEV_SERVER_HOST || "localhost",
          headers: officeCorsHeaders,
          server: await devServerTransport(),
          port: Number(pkg.config.dev_server_port),
          client: { overlay: { warnings: false, errors: true } },
        }
      : undefined,
  };
};

module.exports.rewriteUrls = rewriteUrls;
module.exports.officeCorsHeaders = officeCorsHeaders;
module.exports.SitePagesPlugin = SitePagesPlugin;
module.exports.contactMarkdown = contactMarkdown;
