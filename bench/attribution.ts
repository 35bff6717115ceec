/**
 * Attribution benchmark on PolNeAR dev: runs ../shared/scorers/score-attrib.mjs, which runs the product CLI on every
 * dev text and scores its claims (an attribution is found when a claim's cue overlaps the gold cue; source and
 * content then by token-overlap F1). When the CLI gives no claims yet (not built, or claims not wired in), it says
 * so and scores extractClaims in-process instead, the same way (scripts/attrib-dev.ts).
 *   npm run bench:attribution
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { packageRoot, sharedPath } from "../src/util/paths.js";
import { scorePolnear } from "../scripts/attrib-dev.js";

const root = packageRoot();
const dev = sharedPath("data", "polnear", "dev");
const scorer = sharedPath("scorers", "score-attrib.mjs");

/** The newest modification time of the files under a folder. */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** The CLI to score: DOSSIER_CMD if set; the built bin when it is newer than the sources; else the sources through tsx. */
function cliCommand(): { cmd?: string; note: string } {
  if (process.env.DOSSIER_CMD) return { cmd: process.env.DOSSIER_CMD, note: `DOSSIER_CMD=${process.env.DOSSIER_CMD}` };
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const bin = typeof pkg.bin === "string" ? pkg.bin : Object.values(pkg.bin ?? {})[0];
  const built = typeof bin === "string" ? join(root, bin) : undefined;
  if (built && existsSync(built) && statSync(built).mtimeMs >= newest(join(root, "src"))) return { note: `the built CLI ${bin}` };
  const source = join(root, "src", "cli", "main.ts");
  if (existsSync(source)) return { cmd: `node --import tsx ${source}`, note: "the CLI from src/ through tsx (the build is older than the sources)" };
  return { note: "no CLI found" };
}

console.log(`PolNeAR dev: node ${scorer} ${dev}`);
const { cmd, note } = cliCommand();
console.log(`running ${note}`);
const run = spawnSync("node", [scorer, dev], { cwd: root, encoding: "utf8", env: { ...process.env, ...(cmd ? { DOSSIER_CMD: cmd } : {}) }, maxBuffer: 1 << 28 });
const printed = (run.stdout ?? "").trim();
const predicted = Number(printed.match(/predicted (\d+)/)?.[1] ?? 0);
if (run.status === 0 && predicted > 0) {
  console.log(printed);
} else {
  console.log(printed || (run.stderr ?? "").trim().split("\n").slice(-3).join("\n"));
  console.log("note: the CLI gave no claims on PolNeAR (not built, or claims not wired into analyze yet): scoring extractClaims in-process instead");
  for (const line of scorePolnear(dev).lines) console.log(line);
}
