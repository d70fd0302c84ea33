/**
 * Names inside function results in the reader's language (issue #23): countries (the core passes a
 * market's English name, Market.name; each language says it through Intl.DisplayNames), fees in
 * SHOPFEES and the ad formats in ADFORMATS (the sheets catalog's words, as the pane and the
 * sheets say them, given to the function layer by the host that loaded the language).
 */
import { MARKETS } from "../../src/core/rates/markets";
import { render } from "../../src/core/messages";
import { marketNameIn } from "../../src/i18n/format";
import { MESSAGE_CATALOGS } from "../../src/i18n/messageCatalogs";
import { SPECS } from "../../src/functions/registry";
import { englishIn } from "../support/english";
import { inLanguage } from "../support/inLanguage";
import { sheetsIn } from "../../src/i18n/sheetsCatalogs";
import { message } from "../../src/core/settlement/messages";

test("a market's name or code as the language names the country; anything else as given", () => {
  expect(marketNameIn("de-DE")("Mexico")).toBe("Mexiko");
  expect(marketNameIn("de-DE")("UK")).toBe("Vereinigtes Königreich");
  expect(marketNameIn("fr-FR")("United Kingdom")).toBe("Royaume-Uni");
  expect(marketNameIn("ja-JP")("Brazil")).toBe("ブラジル");
  expect(marketNameIn("th-TH")("Thailand")).toBe("ไทย");
  expect(marketNameIn("zh-CN")("South Korea")).toBe("韩国");
  // Not a market's name: never guessed.
  expect(marketNameIn("de-DE")("Atlantis")).toBe("Atlantis");
  expect(marketNameIn("de-DE")("mexico")).toBe("mexico");
});

test("every market has a name in every language's locale", () => {
  for (const locale of [
    "id-ID",
    "th-TH",
    "vi-VN",
    "ms-MY",
    "zh-CN",
    "ja-JP",
    "pt-BR",
    "es-ES",
    "de-DE",
    "fr-FR",
    "it-IT",
    "nl-NL",
  ]) {
    const say = marketNameIn(locale);
    for (const m of MARKETS) expect([locale, m.code, say(m.name) === m.code]).toEqual([locale, m.code, false]);
  }
});

test("CREATORREWARDSELIGIBLE names the market in the language", () => {
  const said = inLanguage("de", () => SPECS.CREATORREWARDSELIGIBLE.impl(12000, 150000, 75, 20, "MX") as string);
  expect(said).toContain("Mexiko");
  expect(said).not.toContain("Mexico");
});

test("MARKETS names each market in the language, and says 'by category' in it", () => {
  const english = SPECS.MARKETS.impl() as unknown[][];
  const german = inLanguage("de", () => SPECS.MARKETS.impl() as unknown[][]);
  const row = (t: unknown[][], code: string) => t.find((r) => r[0] === code)!;
  expect(row(english, "US")[1]).toBe("United States");
  expect(row(german, "US")[1]).toBe("Vereinigte Staaten");
  expect(row(german, "MX")[1]).toBe("Mexiko");
  const byCategory = english.filter((r) => r[3] === "by category").map((r) => r[0]);
  expect(byCategory.length).toBeGreaterThan(0);
  for (const code of byCategory) expect(row(german, code as string)[3]).toBe("nach Kategorie");
});

test("SHOPFEES names each fee as the pane and the sheets do, once the host gives the language's fee names", () => {
  const english = SPECS.SHOPFEES.impl(100, "ID", "Beauty", null, null, null, null, "2024-05-10") as unknown[][];
  const said = inLanguage(
    "id",
    () => SPECS.SHOPFEES.impl(100, "ID", "Beauty", null, null, null, null, "2024-05-10") as unknown[][],
    { sheets: true },
  );
  const labels = said.slice(1, -1).map((r) => r[0]);
  // TikTok's own Indonesian word for the commission, and its VAT (PPN) on top in 2024.
  expect(labels).toContain(sheetsIn("id").fees.commission);
  expect(labels).toContain(render(message("fee.vatOn", { fee: sheetsIn("id").fees.commission }), MESSAGE_CATALOGS.id));
  expect(labels.length).toBe(english.length - 2);
  // English: the rate book's own words.
  expect(english.slice(1, -1).map((r) => r[0])).toContain("Commission");
});

test("ADFORMATS says each format as the brand-launch sheet does, and its pricing, in the language", () => {
  const english = SPECS.ADFORMATS.impl() as unknown[][];
  for (const language of ["de", "th", "ja"] as const) {
    const said = inLanguage(language, () => SPECS.ADFORMATS.impl() as unknown[][], { sheets: true });
    const topView = said.find((r) => r[0] === sheetsIn(language).brandLaunch.formats.TopView.name)!;
    expect(topView[1]).toBe(sheetsIn(language).brandLaunch.formats.TopView.duration);
    expect(topView[2]).toBe(sheetsIn(language).brandLaunch.formats.TopView.delivery);
    // Prices, sources and row count as in English; no English word left in the text columns.
    expect(said.map((r) => r.slice(4))).toEqual(english.map((r, i) => (i === 0 ? said[0].slice(4) : r.slice(4))));
    for (const row of said.slice(1))
      for (const cell of row.slice(1, 4)) expect([cell, englishIn(String(cell))]).toEqual([cell, null]);
  }
});
