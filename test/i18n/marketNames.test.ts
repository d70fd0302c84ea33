/**
 * Country names inside messages in the reader's language (issue #23): the core passes a market's
 * English name (Market.name); each language says it through Intl.DisplayNames.
 */
import { MARKETS } from "../../src/core/rates/markets";
import { useCatalog } from "../../src/i18n/active";
import { marketNameIn } from "../../src/i18n/format";
import { MESSAGE_CATALOGS } from "../../src/i18n/messageCatalogs";
import { SPECS } from "../../src/functions/registry";

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
  useCatalog("de", MESSAGE_CATALOGS.de);
  try {
    const said = SPECS.CREATORREWARDSELIGIBLE.impl(12000, 150000, 75, 20, "MX") as string;
    expect(said).toContain("Mexiko");
    expect(said).not.toContain("Mexico");
  } finally {
    useCatalog("en", undefined);
  }
});

test("MARKETS names each market in the language, and says 'by category' in it", () => {
  const english = SPECS.MARKETS.impl() as unknown[][];
  useCatalog("de", MESSAGE_CATALOGS.de);
  try {
    const german = SPECS.MARKETS.impl() as unknown[][];
    const row = (t: unknown[][], code: string) => t.find((r) => r[0] === code)!;
    expect(row(english, "US")[1]).toBe("United States");
    expect(row(german, "US")[1]).toBe("Vereinigte Staaten");
    expect(row(german, "MX")[1]).toBe("Mexiko");
    const byCategory = english.filter((r) => r[3] === "by category").map((r) => r[0]);
    expect(byCategory.length).toBeGreaterThan(0);
    for (const code of byCategory) expect(row(german, code as string)[3]).toBe("nach Kategorie");
  } finally {
    useCatalog("en", undefined);
  }
});
