/**
 * The task pane in Debian's Firefox ESR (the Marketplace asks for the latest Edge, Chrome, Firefox
 * and Safari): the same development build as taskpane.test.ts, driven over WebDriver BiDi
 * (test/support/firefox.ts). Without Firefox on the machine the tests are skipped with the reason.
 */
import { TEMPLATES } from "../../src/templates";
import { sharedBuild } from "../support/builds";
import { type FirefoxPage, firefoxMissing, launchFirefox, serveWithLocalOffice } from "../support/firefox";

jest.setTimeout(180_000);

const missing = firefoxMissing();

if (missing) {
  test.skip(`task pane in Firefox: skipped, ${missing}`, () => {});
} else {
  let server: Awaited<ReturnType<typeof serveWithLocalOffice>>;
  let page: FirefoxPage;

  const text = (selector: string) =>
    page.evaluate<string | null>(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? null`);

  beforeAll(async () => {
    server = await serveWithLocalOffice(await sharedBuild("addin"));
    page = await launchFirefox();
    await page.goto(`${server.url}taskpane.html`);
    await page.waitFor(`document.querySelector("[role=tablist]")`);
  });

  afterAll(async () => {
    await page?.close();
    await server?.close();
  });

  test("Firefox ESR renders the pane with the header, tabs and the rate book version, without script errors", async () => {
    expect(page.version).toMatch(/^\d+\./);
    expect(await text("h1")).toBe("TikTok Economics");
    const tabs = await page.evaluate<string[]>(
      `Array.from(document.querySelectorAll("[role=tab]"), (t) => t.textContent)`,
    );
    expect(tabs.filter((t) => t !== "Reconcile")).toEqual(["Templates", "Calculator", "Settings", "Rates"]);
    expect(await text(".app-footer .rate-book")).toMatch(/^Rate book \d{4}-\d{2}-\d{2}\+[0-9a-f]{8}$/);
    expect(await text(".notice")).toMatch(/Not running in Excel/);
    expect(page.errors).toEqual([]);
  });

  test("lists every template as a card with an Insert button", async () => {
    const titles = await page.evaluate<string[]>(
      `Array.from(document.querySelectorAll(".card h3"), (h) => h.textContent)`,
    );
    expect(titles).toEqual(TEMPLATES.map((t) => t.title));
    expect(await page.evaluate<number>(`document.querySelectorAll(".card button").length`)).toBe(TEMPLATES.length);
  });

  test("Insert outside Excel explains that Excel or the preview is needed", async () => {
    await page.evaluate(`document.querySelector('[data-template="${TEMPLATES[0].id}"]').click()`);
    await page.waitFor(`document.querySelector(".card .status.error")?.textContent`);
    expect(await text(".card .status.error")).toMatch(/needs Excel.*npm run preview/);
  });

  test("the calculator answers: $100 in the US → $6.00 fees, $84.00 net at 10 % affiliate", async () => {
    await page.evaluate(`document.querySelector("#tab-calculator").click()`);
    const fill = (name: string, value: string) =>
      page.evaluate(
        `(() => { const el = document.querySelector("input[name=${name}]"); el.value = ${JSON.stringify(value)}; el.dispatchEvent(new Event("input", { bubbles: true })); el.dispatchEvent(new Event("change", { bubbles: true })); })()`,
      );
    await fill("price", "100");
    await fill("unit_cost", "20");
    await fill("affiliate", "10");
    await page.evaluate(
      `(() => { const s = document.querySelector("select[name=market]"); s.value = "US"; s.dispatchEvent(new Event("change", { bubbles: true })); })()`,
    );
    await page.waitFor(`document.querySelector("[data-output=fees]")?.textContent === "USD 6.00"`);
    expect(await text("[data-output=net]")).toBe("USD 84.00");
    expect(await text("[data-output=profit]")).toBe("USD 64.00");
    expect(await text("[data-output=margin]")).toBe("64%");
    expect(page.errors).toEqual([]);
  });
}
