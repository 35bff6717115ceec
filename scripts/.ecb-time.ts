import { readFileSync, readdirSync } from "node:fs";
import { extractTimes } from "../src/nlp/time/index.js";
import { splitSentences } from "../src/nlp/sentences.js";
const dir = "../shared/data/ecbplus/" + process.argv[2];
for (const f of readdirSync(dir).slice(0, Number(process.argv[3] ?? 4))) {
  const xml = readFileSync(`${dir}/${f}`, "utf8");
  const toks = [...xml.matchAll(/<token[^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)];
  let text = "", last = "";
  for (const t of toks) { if (t[1] !== last && text) text += "\n"; else if (text) text += " "; text += t[2].replace(/&amp;/g, "&").replace(/&apos;/g, "'").replace(/&quot;/g, '"'); last = t[1]; }
  const out = extractTimes(text, splitSentences(text), { docId: f, published: "2011-03-15" });
  console.log("==", f, text.slice(0, 100).replace(/\n/g, " | "));
  for (const t of out) console.log("   ", JSON.stringify(t.value.text), t.kind, t.value.timex, t.value.inferred ? "inferred" : "");
}
