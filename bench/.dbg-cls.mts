import { readFileSync } from "node:fs";
import { stopwordsFor, toLines } from "../src/ingest/clean-rules/lines.js";
import { classify, weight } from "../src/ingest/clean-rules/main-body.js";
const t = readFileSync(process.argv[2]!, "utf8");
const sw = stopwordsFor(t);
for (const l of toLines(t, sw)) { const c = classify(l); console.log(c.padEnd(7), weight(l, c).toFixed(1).padStart(5), l.words, l.stopwordRatio?.toFixed(2), l.endsSentence ? "E" : "-", l.text.slice(0, 100)); }
