/** docs/rates.md is generated from the rate book; it must match the data (regenerate with `npx tiktok-economics rates > docs/rates.md`). */
import fs from "fs";
import { rateBookMarkdown } from "../../src/cli/rateBookDoc";
import { ALL_RATES } from "../../src/core/rates";

test("docs/rates.md is up to date with the rate book", () => {
  expect(fs.readFileSync("docs/rates.md", "utf8")).toBe(rateBookMarkdown());
});

test("every entry appears with its source", () => {
  const doc = rateBookMarkdown();
  for (const e of ALL_RATES) expect(doc).toContain(`<${e.source}>`);
  expect(doc.split("\n").filter((l) => /^\| [a-zA-Z0-9]+ \|/.test(l) && !l.startsWith("| kind")).length).toBe(
    ALL_RATES.length,
  );
});
