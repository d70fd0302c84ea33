/**
 * Source ids cited in the code resolve inside the repository (issue #20): every id cited in src/ and
 * test/ has a row in docs/research/sources.md, and the research is cited by its copy under
 * docs/research/, not by a path outside the repository.
 */
import fs from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const SOURCES = "docs/research/sources.md";
/** A source id: rates.md's S01…S228 and settlement.md's S1…S20 (one to three digits, whole word). */
const SOURCE_ID = /\bS\d{1,3}\b/g;
/** A path to the research outside the repository, with or without the leading "../". */
const OUTSIDE_PATH = new RegExp(["shared", "research", ""].join("/"));
const RESEARCH_PATH = /docs\/research\/[\w.-]+\.md/g;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return filesUnder(rel);
    return /\.(ts|js|html|css)$/.test(entry.name) ? [rel] : [];
  });
}

/** Every line of src/ and test/ except this file (whose patterns would match themselves). */
const self = path.relative(ROOT, __filename).split(path.sep).join("/");
const lines = ["src", "test"]
  .flatMap(filesUnder)
  .filter((file) => file !== self)
  .flatMap((file) =>
    fs
      .readFileSync(path.join(ROOT, file), "utf8")
      .split("\n")
      .map((text, i) => ({ where: `${file}:${i + 1}`, text })),
  );

/** The ids in the first column of the rows under "## Table" in docs/research/sources.md. */
function documentedIds(): Set<string> {
  const ids = new Set<string>();
  const table = fs.readFileSync(path.join(ROOT, SOURCES), "utf8").split(/^## Table$/m)[1] ?? "";
  for (const line of table.split("\n")) {
    const id = /^\|\s*`?(S\d{1,3})`?\s*\|/.exec(line)?.[1];
    if (id) ids.add(id);
  }
  return ids;
}

test(`every source id cited in src/ and test/ has a row in ${SOURCES}`, () => {
  const documented = documentedIds();
  const missing = new Map<string, string[]>();
  for (const { where, text } of lines) {
    for (const [id] of text.matchAll(SOURCE_ID)) {
      if (!documented.has(id)) missing.set(id, [...(missing.get(id) ?? []), where]);
    }
  }
  const report = [...missing].map(([id, wheres]) => `${id} (cited at ${wheres.join(", ")})`);
  expect(report).toEqual([]);
});

test("the research is cited at docs/research/, not at a path outside the repository", () => {
  const outside = lines
    .filter(({ text }) => OUTSIDE_PATH.test(text))
    .map(({ where, text }) => `${where}: ${text.trim()}`);
  expect(outside).toEqual([]);
});

test("every docs/research/ file cited in src/ and test/ exists", () => {
  const absent = lines.flatMap(({ where, text }) =>
    [...text.matchAll(RESEARCH_PATH)]
      .filter(([p]) => !fs.existsSync(path.join(ROOT, p)))
      .map(([p]) => `${where}: ${p}`),
  );
  expect(absent).toEqual([]);
});
