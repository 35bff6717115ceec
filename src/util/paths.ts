import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

/** The folder of the installed dossier package (where package.json, models/ and data/ live), wherever the code runs from (src or dist). */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, "utf8")).name === "dossier") return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error("dossier: cannot find the package root from " + fileURLToPath(import.meta.url));
    dir = up;
  }
}

/** A path inside the installed package: packagePath("models", "ner.bin"). */
export const packagePath = (...parts: string[]): string => join(packageRoot(), ...parts);

/** The shared gold data beside the repository (benchmarks and training only; the product never needs it). */
export function sharedPath(...parts: string[]): string {
  const dir = process.env.DOSSIER_SHARED ?? join(packageRoot(), "..", "shared");
  if (!existsSync(dir)) throw new Error(`the shared data folder ${dir} is missing (set DOSSIER_SHARED): benchmarks and training read their gold data from it`);
  return join(dir, ...parts);
}
