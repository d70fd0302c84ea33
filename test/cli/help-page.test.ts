/** The help page (docs/functions.md → help.html) is rendered at build time by marked. */
import fs from "fs";
import path from "path";
import { REGISTRY } from "../../src/functions/registry";

const { helpPage, markdownToHtml } = require("../../scripts/markdown");

test("every function's helpUrl anchor is a heading of the page, and the page runs nothing", () => {
  const doc = fs.readFileSync(path.resolve(__dirname, "../../docs/functions.md"), "utf8");
  const html: string = helpPage(doc);
  for (const s of REGISTRY) expect(html).toContain(`<h3 id="${s.id.toLowerCase()}">TIKTOK.${s.id}</h3>`);
  expect(html).not.toMatch(/<script/);
});

test("CommonMark and GFM as marked renders them: tables, fenced code, links; raw HTML shown as text", () => {
  const html: string = markdownToHtml(
    [
      "## Fees `SHOPFEE`",
      "",
      "| a | b |",
      "|---|--:|",
      "| `x` | **1.20** |",
      "",
      "```",
      '=TIKTOK.SHOPFEE(20,"US")',
      "```",
      "",
      "See [the rates](rates.md) and <img src=x onerror=alert(1)>.",
    ].join("\n"),
  );
  expect(html).toContain('<h2 id="fees-shopfee">Fees <code>SHOPFEE</code></h2>');
  expect(html).toContain('<td align="right"><strong>1.20</strong></td>');
  expect(html).toContain("<pre><code>=TIKTOK.SHOPFEE(20,&quot;US&quot;)\n</code></pre>");
  expect(html).toContain('<a href="rates.md">the rates</a>');
  expect(html).not.toContain("<img");
});
