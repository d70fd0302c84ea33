/**
 * The metadata Excel reads (functions.json) is generated from JSDoc by the same code the webpack
 * plugin runs. A JSDoc typo, a function turned into an arrow function (which the generator skips
 * silently) or a renamed parameter fails here, not in Excel.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { choiceLists } from "../../src/functions/choices";
import { memberName, usedChoiceLists } from "../../src/functions/declarations";
import { REGISTRY } from "../../src/functions/registry";

interface GeneratedFunction {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: {
    name: string;
    description?: string;
    optional?: boolean;
    type: string;
    dimensionality?: string;
    customEnumId?: string;
  }[];
  result: { type?: string; dimensionality?: string };
}

let functions: GeneratedFunction[];
let metadata: Record<string, unknown>;
let errors: string[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(["src/functions/generated/functions.ts"], true);
  errors = generated.errors;
  metadata = JSON.parse(generated.metadataJson);
  functions = metadata.functions as GeneratedFunction[];
});

test("the generator reports no errors", () => {
  expect(errors).toEqual([]);
});

test("functions.json holds exactly the registry's functions, in order", () => {
  expect(functions.map((f) => f.id)).toEqual(REGISTRY.map((s) => s.id));
  expect(functions.map((f) => f.name)).toEqual(REGISTRY.map((s) => s.id));
});

test.each(REGISTRY.map((s) => [s.id, s] as const))("%s: parameters, optional flags and result shape", (id, spec) => {
  const f = functions.find((g) => g.id === id);
  expect(f).toBeDefined();
  expect(f!.parameters.map((p) => ({ name: p.name, optional: p.optional === true }))).toEqual(
    spec.parameters.map((p) => ({ name: p.name, optional: p.optional })),
  );
  expect(f!.result.dimensionality ?? "scalar").toBe(spec.result === "table" ? "matrix" : "scalar");
});

test.each(REGISTRY.map((s) => [s.id] as const))(
  "%s: has a description, a help line per parameter and a help URL",
  (id) => {
    const f = functions.find((g) => g.id === id)!;
    expect(f.description?.length ?? 0).toBeGreaterThan(20);
    for (const p of f.parameters) expect(p.description?.length ?? 0).toBeGreaterThan(5);
    expect(f.helpUrl).toBe(`https://localhost:3000/help.html#${id.toLowerCase()}`);
  },
);

/**
 * The custom enums' metadata, checked against the shape Microsoft documents:
 * - https://learn.microsoft.com/en-us/office/dev/add-ins/excel/custom-functions-json#enums and
 *   #edit-custom-enums-in-json-metadata: a top-level `enums` array; "Each custom enum must have a
 *   unique ID value and type value of either string or number. Mixed type enums are not
 *   supported."; each constant has `name`, `stringValue` (required when the type is string) or
 *   `numberValue`, and an optional `tooltip`; a parameter names its enum with `customEnumId`.
 * - https://learn.microsoft.com/en-us/microsoft-365/extensibility/schema/enum?view=m365-app-1.30
 *   (the schema of the same object in the unified manifest): `id` 3–64 characters, starting with a
 *   letter, then letters, digits, periods and underscores; `type` "number" or "string"; `values`
 *   required; in each value only `name` (≤ 256 characters, required), `numberValue`, `stringValue`
 *   and `tooltip` (≤ 256 characters); no other property.
 * - https://learn.microsoft.com/en-us/microsoft-365/extensibility/schema/extension-custom-functions?view=m365-app-1.30:
 *   at most 256 enums; and extension-function-parameter: `customEnumId` at most 64 characters.
 */
describe("custom enums in functions.json have the documented shape", () => {
  interface EnumValue {
    name: string;
    stringValue?: string;
    numberValue?: number;
    tooltip?: string;
  }
  interface CustomEnum {
    id: string;
    type: string;
    values: EnumValue[];
  }
  const enums = () => metadata.enums as CustomEnum[];

  test("a top-level enums array, at most 256, ids unique and well-formed", () => {
    expect(Array.isArray(metadata.enums)).toBe(true);
    expect(enums().length).toBeGreaterThan(0);
    expect(enums().length).toBeLessThanOrEqual(256);
    const ids = enums().map((e) => e.id);
    expect(new Set(ids.map((i) => i.toLowerCase())).size).toBe(ids.length);
    for (const e of enums()) {
      expect(Object.keys(e).sort()).toEqual(["id", "type", "values"]);
      expect(e.id).toMatch(/^[A-Za-z][A-Za-z0-9._]{2,63}$/);
      expect(e.type).toBe("string");
      expect(e.values.length).toBeGreaterThan(0);
    }
  });

  test("each value: a name and a string value (the type is string), a tooltip, nothing else; names and tooltips within 256", () => {
    for (const e of enums()) {
      for (const v of e.values) {
        expect(Object.keys(v).sort()).toEqual(["name", "stringValue", "tooltip"]);
        expect(typeof v.stringValue).toBe("string");
        expect(v.name.length).toBeGreaterThan(0);
        expect(v.name.length).toBeLessThanOrEqual(256);
        expect(v.tooltip!.length).toBeGreaterThan(0);
        expect(v.tooltip!.length).toBeLessThanOrEqual(256);
      }
      expect(new Set(e.values.map((v) => v.stringValue)).size).toBe(e.values.length);
    }
  });

  test("the enums are the lists the specs use, value for value, with their tooltips", () => {
    const lists = choiceLists();
    expect(enums().map((e) => e.id)).toEqual(usedChoiceLists(REGISTRY));
    for (const e of enums()) {
      const list = lists[e.id as keyof typeof lists];
      expect(e.values).toEqual(
        list.choices.map((c) => ({ name: memberName(c.value), stringValue: c.value, tooltip: c.tooltip })),
      );
    }
  });

  test.each(REGISTRY.map((s) => [s.id, s] as const))(
    "%s: a parameter with a list names its enum (type string); every other parameter stays any",
    (id, spec) => {
      const f = functions.find((g) => g.id === id)!;
      const ids = new Set(enums().map((e) => e.id));
      f.parameters.forEach((p, i) => {
        const choices = spec.parameters[i].choices;
        if (choices) {
          expect(p.customEnumId).toBe(choices);
          expect(p.customEnumId!.length).toBeLessThanOrEqual(64);
          expect(ids.has(p.customEnumId!)).toBe(true);
          expect(p.type).toBe("string");
        } else {
          expect(p.customEnumId).toBeUndefined();
          expect(p.type).toBe("any");
        }
        expect(p.dimensionality ?? "scalar").toBe("scalar");
      });
    },
  );
});
