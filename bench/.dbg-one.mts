import { readFileSync } from "node:fs";
import { cleanText } from "../src/ingest/clean.js";
const r = cleanText(readFileSync(process.argv[2]!, "utf8"));
console.log(r.text.slice(0, +(process.argv[3] ?? 3000)));
