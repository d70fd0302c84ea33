import { officePrefs, storagePrefs, WELCOME_DISMISSED_KEY } from "../../src/taskpane/prefs";

function fakeStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

test("localStorage keeps a preference under its prefix", () => {
  const storage = fakeStorage();
  storagePrefs("part/", () => storage).set(WELCOME_DISMISSED_KEY, "1");
  expect(storage.getItem(`part/${WELCOME_DISMISSED_KEY}`)).toBe("1");
  expect(storagePrefs("part/", () => storage).get(WELCOME_DISMISSED_KEY)).toBe("1");
  expect(storagePrefs("other/", () => storage).get(WELCOME_DISMISSED_KEY)).toBeNull();
});

test("refused storage: nothing throws and the value holds for the session", () => {
  const refused = () => {
    throw new Error("SecurityError");
  };
  const prefs = storagePrefs("", refused);
  expect(prefs.get("k")).toBeNull();
  prefs.set("k", "v");
  expect(prefs.get("k")).toBe("v");
});

test("inside Office: roaming settings when the host has them, saved; a throwing host is survived", () => {
  const values = new Map<string, unknown>();
  let saves = 0;
  const roamingSettings = {
    get: (k: string) => values.get(k),
    set: (k: string, v: unknown) => void values.set(k, v),
    saveAsync: () => void saves++,
  };
  officePrefs({ roamingSettings }).set("k", "v");
  expect([values.get("k"), saves]).toEqual(["v", 1]);
  expect(officePrefs({ roamingSettings }).get("k")).toBe("v");
  const broken = {
    get: () => {
      throw new Error("x");
    },
    set: () => {
      throw new Error("x");
    },
    saveAsync: () => undefined,
  };
  const p = officePrefs({ roamingSettings: broken });
  expect(p.get("k")).toBeNull();
  p.set("k", "v");
  expect(p.get("k")).toBe("v");
});
