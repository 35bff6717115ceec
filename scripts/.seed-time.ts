import { readFileSync } from "node:fs";
import { extractTimes } from "../src/nlp/time/index.js";
import { splitSentences } from "../src/nlp/sentences.js";
const [file, published] = process.argv.slice(2);
const text = readFileSync(file, "utf8");
for (const t of extractTimes(text, splitSentences(text), { docId: "x", published, zoneOf: () => "Europe/Kyiv" })) console.log(JSON.stringify(t.value.text), t.kind, t.value.start, t.value.precision, t.value.timex, t.value.inferred);
