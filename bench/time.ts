/**
 * `npm run bench:time`: TempEval-3 time expressions on AQUAINT (dev). Runs the official scorer
 * (../shared/scorers/score-time.mjs, which starts `dossier analyze FILE --published DCT --json` per document),
 * then prints the same figures for bare chrono-node on the same documents (chrono.parse with the DCT as
 * reference, mapped to TimeValue) for comparison.
 *
 *   node --import tsx bench/time.ts [TML_DIR]
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import * as chrono from "chrono-node";
import type { TimeMention } from "../src/types.js";
import { sharedPath, packagePath, packageRoot } from "../src/util/paths.js";
import { dossierPredict, formatScore, readTmlDir, scoreDocs, type TmlDoc } from "../scripts/time-dev.js";

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** Bare chrono-node: every result of chrono.parse with the DCT as reference, at the grain chrono is certain of. */
export function chronoPredict(d: TmlDoc): TimeMention[] {
  const ref = new Date(d.dct.length <= 10 ? d.dct + "T12:00:00Z" : d.dct);
  return chrono.parse(d.text, ref).map((r) => {
    const s = r.start;
    const day = `${pad(s.get("year")!, 4)}-${pad(s.get("month")!)}-${pad(s.get("day")!)}`;
    const clock = s.isCertain("hour");
    const precision = clock ? "minute" : s.isCertain("day") || s.isCertain("weekday") ? "day" : s.isCertain("month") ? "month" : "year";
    const start = clock ? `${day}T${pad(s.get("hour")!)}:${pad(s.get("minute") ?? 0)}` : day;
    return {
      span: { doc: d.name, start: r.index, end: r.index + r.text.length },
      value: { start, precision, text: r.text, inferred: false },
      kind: clock ? "time" : "date",
    } as TimeMention;
  });
}

function main(): void {
  const dir = process.argv[2] ?? sharedPath("data", "tempeval3", "AQUAINT");
  if (!existsSync(dir)) throw new Error(`${dir} is missing: the benchmark reads TempEval-3 from ../shared/data`);
  console.log(`Dossier (CLI, ../shared/scorers/score-time.mjs ${dir}):`);
  const bin = JSON.parse(readFileSync(packagePath("package.json"), "utf8")).bin?.dossier as string | undefined;
  if (!process.env.DOSSIER_CMD && (!bin || !existsSync(packagePath(bin)))) {
    console.log(`(the CLI ${bin ?? "bin"} is not built: run \`npm run build\` first; in-process figures: \`npm run time:dev -- ${dir}\`)`);
  } else runScorer(dir);
  const docs = readTmlDir(dir);
  console.log(`\nDossier in-process (extractTimes, as scripts/time-dev.ts) on the same documents:`);
  console.log(formatScore(scoreDocs(docs, dossierPredict)));
  console.log(`\nbare chrono-node (chrono.parse with the DCT as reference) on the same documents:`);
  console.log(formatScore(scoreDocs(docs, chronoPredict)));
}

/** The official scorer, which runs the CLI once per document; only its summary lines are shown. */
function runScorer(dir: string): void {
  const scorer = sharedPath("scorers", "score-time.mjs");
  const run = spawnSync(process.execPath, [scorer, dir], { cwd: packageRoot(), stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
  process.stdout.write(run.stdout.split("\n").filter((l) => !/the product failed/.test(l) || l === "").slice(-3).join("\n") + "\n");
  if (run.status !== 0) console.log(`(the scorer exited with status ${run.status})`);
  const failed = (run.stdout.match(/the product failed/g) ?? []).length;
  if (failed) console.log(`(${failed} documents failed in the CLI)`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
