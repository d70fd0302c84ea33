/**
 * The metadata Excel reads (functions.json) is generated from JSDoc by the same code the webpack
 * plugin runs. A JSDoc typo, a function turned into an arrow function (which the generator skips
 * silently) or a renamed parameter fails here, not in Excel.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { REGISTRY } from "../../src/functions/registry";

interface GeneratedFunction {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: { name: string; description?: string; optional?: boolean; type: string; dimensionality?: string }[];
  result: { type?: string; dimensionality?: string };
}

let functions: GeneratedFunction[];
let errors: string[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(["src/functions/generated/functions.ts"], true);
  errors = generated.errors;
  functions = JSON.parse(generated.metadataJson).functions;
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
