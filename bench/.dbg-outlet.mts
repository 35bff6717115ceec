import { readFileSync } from "node:fs";
import { cleanText } from "../src/ingest/clean.js";
import { inferOutlet, headlineOf } from "../src/ingest/outlet.js";
const raw = JSON.parse(readFileSync("/work/shared/data/article-extraction/output/html-text.json", "utf8")).output;
for (const [id, v] of Object.entries<any>(raw)) { const r = cleanText(v.articleBody); console.log(id.slice(0, 8), "|", inferOutlet(r.text, r.removed), "|", (headlineOf(r.text) ?? "").slice(0, 60), "|", r.credits.join(", ")); }
