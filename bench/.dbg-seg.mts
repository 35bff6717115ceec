import { readFileSync } from "node:fs";
import { stopwordsFor, toLines } from "../src/ingest/clean-rules/lines.js";
import { classify, weight } from "../src/ingest/clean-rules/main-body.js";
import { cleanText } from "../src/ingest/clean.js";
const t = readFileSync(process.argv[2]!, "utf8");
const r = cleanText(t);
console.log(r.removed.filter((x) => x.rule !== "outside-main-body").map((x) => `[${x.rule}] ${x.text.slice(0, 60).replace(/\n/g, " ⏎ ")}`).join("\n"));
