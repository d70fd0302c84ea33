/**
 * axe-core (Deque's accessibility engine, the one the #25 review ran) on the whole preview page —
 * workbook, charts and the real task pane — in headless Chromium, light and dark: on first load,
 * with each pane tab shown, and with a computed template sheet and its charts inserted. No critical
 * or serious finding is allowed; moderate and minor ones are listed in the failure message too, so
 * a regression shows what else the page carries.
 */
import path from "path";
import type { Page } from "playwright-core";
import { launchBrowser, serveDirectory } from "../support/browser";
import { sharedBuild } from "../support/builds";

jest.setTimeout(180_000);

const TABS = ["templates", "calculator", "reconcile", "settings", "rates"];

let server: Awaited<ReturnType<typeof serveDirectory>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  // axe is served beside the page: its Content-Security-Policy (default-src 'self') refuses inline scripts.
  server = await serveDirectory(await sharedBuild("preview"), {
    mounts: { "/axe/": path.dirname(require.resolve("axe-core/axe.min.js")) },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe's violations on the page as it is now (WCAG 2.0–2.2 A and AA, plus best practices). */
async function audit(page: Page): Promise<Finding[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ url: "/axe/axe.min.js" });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<any> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n: any) => String(n.target)),
    }));
  });
}

function describeFindings(where: string, findings: Finding[]): string {
  return findings.map((f) => `${where}: [${f.impact}] ${f.id} — ${f.help} (${f.targets.join("; ")})`).join("\n");
}

/** Only the critical and serious ones fail; the message lists every finding of the page. */
function expectNoSeriousFindings(where: string, findings: Finding[]): void {
  if (process.env.AXE_REPORT === "1" && findings.length > 0) console.log(describeFindings(where, findings));
  const serious = findings.filter((f) => f.impact === "critical" || f.impact === "serious");
  expect({ where, serious: describeFindings(where, serious), all: describeFindings(where, findings) }).toEqual({
    where,
    serious: "",
    all: expect.any(String),
  });
}

describe.each(["light", "dark"] as const)("axe on the whole preview page (%s)", (colorScheme) => {
  let page: Page;

  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.emulateMedia({ colorScheme });
    await page.goto(server.url);
    await page.waitForSelector(".grid td[data-cell]");
  });

  afterAll(async () => {
    await page?.close();
  });

  test("on first load", async () => {
    expectNoSeriousFindings("first load", await audit(page));
  });

  test.each(TABS)("with the %s tab shown", async (tab) => {
    await page.click(`#tab-${tab}`);
    await page.waitForSelector(`#panel-${tab}:not([hidden])`);
    expectNoSeriousFindings(`${tab} tab`, await audit(page));
  });

  test("the audit itself finds a nameless button (so a pass means something)", async () => {
    await page.evaluate(() =>
      document.body.append(Object.assign(document.createElement("button"), { id: "axe-probe" })),
    );
    const findings = await audit(page);
    await page.evaluate(() => document.getElementById("axe-probe")?.remove());
    expect(findings.find((f) => f.id === "button-name")).toMatchObject({ impact: "critical", targets: ["#axe-probe"] });
  });

  test("with a computed template sheet and its chart inserted", async () => {
    await page.click("#tab-templates");
    await page.click('[data-template="shop-pnl"]');
    await page.waitForSelector(".card .status.ok");
    expectNoSeriousFindings("Shop P&L inserted", await audit(page));
  });
});
