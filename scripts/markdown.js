/**
 * A small Markdown-to-HTML converter for the add-in's help page (docs/functions.md → help.html):
 * headings with anchors, paragraphs, lists, tables, code spans, emphasis and links. Our docs use
 * only these, so no dependency is needed.
 */
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function inline(text) {
  const parts = text.split(/(`[^`]*`)/g);
  return parts
    .map((part) => {
      if (part.startsWith("`") && part.endsWith("`") && part.length > 1)
        return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return escapeHtml(part)
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, label, href) => `<a href="${href}">${label}</a>`)
        .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
        .replace(/\*([^*]+)\*/g, "<em>$1</em>");
    })
    .join("");
}

/** Anchor of a heading: "TIKTOK.SHOPFEE" → "shopfee" (the helpUrl fragment), others slugified. */
function anchor(heading) {
  const fn = /^TIKTOK\.([A-Z0-9.]+)$/.exec(heading.trim());
  if (fn) return fn[1].toLowerCase();
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function markdownToHtml(markdown) {
  const lines = markdown.split(/\r?\n/);
  const out = [];
  let paragraph = [];
  let list = null;
  const flush = () => {
    if (paragraph.length) out.push(`<p>${inline(paragraph.join(" "))}</p>`);
    paragraph = [];
  };
  const closeList = () => {
    if (list) out.push(`</${list}>`);
    list = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      closeList();
      const level = heading[1].length;
      out.push(`<h${level} id="${anchor(heading[2])}">${inline(heading[2])}</h${level}>`);
      continue;
    }
    if (/^\s*\|/.test(line)) {
      flush();
      closeList();
      const rows = [];
      while (i < lines.length && /^\s*\|/.test(lines[i])) rows.push(lines[i++]);
      i--;
      const cells = (row) =>
        row
          .trim()
          .replace(/^\||\|$/g, "")
          .split("|")
          .map((c) => c.trim());
      const [head, , ...body] = rows;
      out.push(
        `<table><thead><tr>${cells(head)
          .map((c) => `<th>${inline(c)}</th>`)
          .join("")}</tr></thead><tbody>` +
          body
            .map(
              (r) =>
                `<tr>${cells(r)
                  .map((c) => `<td>${inline(c)}</td>`)
                  .join("")}</tr>`,
            )
            .join("") +
          "</tbody></table>",
      );
      continue;
    }
    const item = /^([-*]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      flush();
      const kind = /\d/.test(item[1]) ? "ol" : "ul";
      if (list !== kind) {
        closeList();
        out.push(`<${kind}>`);
        list = kind;
      }
      // An item runs on over indented lines; an indented "- " starts a sub-item.
      const items = [{ sub: false, text: [item[2]] }];
      while (i + 1 < lines.length && /^\s{2,}\S/.test(lines[i + 1])) {
        const next = lines[++i].trim();
        const sub = /^[-*]\s+(.*)$/.exec(next);
        if (sub) items.push({ sub: true, text: [sub[1]] });
        else items[items.length - 1].text.push(next);
      }
      const [main, ...subs] = items;
      const nested = subs.length ? `<ul>${subs.map((x) => `<li>${inline(x.text.join(" "))}</li>`).join("")}</ul>` : "";
      out.push(`<li>${inline(main.text.join(" "))}${nested}</li>`);
      continue;
    }
    if (line.trim() === "") {
      flush();
      closeList();
      continue;
    }
    closeList();
    paragraph.push(line.trim());
  }
  flush();
  closeList();
  return out.join("\n");
}

function helpPage(markdown) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'unsafe-inline'" />
<title>TikTok Economics for Excel — function reference</title>
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

module.exports = { markdownToHtml, helpPage, anchor };
