import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { packagePath } from "./paths.js";

test("finds the package root from wherever the code runs", () => {
  assert.ok(existsSync(packagePath("package.json")));
});
