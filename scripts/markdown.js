/**
 * The add-in's help page (docs/functions.md → help.html), rendered at build time with `marked`
 * (CommonMark + GFM tables). Headings get the anchors each function's helpUrl points at.
 */
const fs = require("fs");
const path = require("path");

/**
 * marked is an ES module package; webpack's config and Jest load this file as CommonJS, and Jest
 * cannot require() an ES module. Its UMD build is plain CommonJS once given `module` and `exports`
 * (Node would read the .js file as an ES module because of the package's "type": "module").
 */
function loadMarked() {
  const file = path.join(path.dirname(require.resolve("marked/package.json")), "lib", "marked.umd.js");
  const mod = { exports: {} };
  new Function("module", "exports", fs.readFileSync(file, "utf8"))(mod, mod.exports);
  return mod.exports;
}

const { Marked } = loadMarked();

/** Anchor of a heading: "TIKTOK.SHOPFEE" → "shopfee" (the helpUrl fragment), others slugified. */
function anchor(heading) {
  const fn = /^TIKTOK\.([A-Z0-9.]+)$/.exec(heading.trim());
  if (fn) return fn[1].toLowerCase();
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const marked = new Marked({
  gfm: true,
  renderer: {
    heading({ tokens, depth, text }) {
      return `<h${depth} id="${anchor(text.replace(/`/g, ""))}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
    },
    // The docs are ours, but a page that runs nothing is simpler to trust: raw HTML is shown as text.
    html({ text }) {
      return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    },
  },
});

function markdownToHtml(markdown) {
  return marked.parse(markdown, { async: false });
}

function helpPage(markdown) {
  return sitePage(markdown, "function reference");
}

/** A page of the add-in's site: one Markdown document, no script, styles inline. */
function sitePage(markdown, title) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'unsafe-inline'" />
<title>TikTok Economics for Excel — ${title}</title>
<style>
body { font-family: "Segoe UI", -apple-system, Roboto, sans-serif; max-width: 820px; margin: 24px auto; padding: 0 16px; color: #242424; line-height: 1.5; }
code { background: #f5f5f5; padding: 1px 4px; border-radius: 3px; font-size: 90%; }
h1 { font-size: 24px; } h2 { font-size: 20px; margin-top: 32px; border-bottom: 1px solid #e0e0e0; } h3 { font-size: 16px; margin-top: 24px; }
table { border-collapse: collapse; } th, td { border: 1px solid #e0e0e0; padding: 4px 8px; }
</style>
</head>
<body>
${markdownToHtml(markdown)}
</body>
</html>
`;
}

module.exports = { markdownToHtml, helpPage, sitePage, anchor };
