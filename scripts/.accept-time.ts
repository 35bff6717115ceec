import { readFileSync, writeFileSync } from "node:fs";
import { extractTimes } from "../src/nlp/time/index.js";
import { splitSentences } from "../src/nlp/sentences.js";
const docs = [["000_d99bee6e80fc2bd6.txt", "2022-02-27"], ["003_d424f5f705e33254.txt", "2022-02-28"]].map(([f, p], i) => {
  const text = readFileSync(`../shared/corpus/seeds/${f}`, "utf8");
  return { id: `d${i}`, source: f, text, published: p, times: extractTimes(text, splitSentences(text), { docId: `d${i}`, published: p, zoneOf: () => "Europe/Kyiv" }) };
});
writeFileSync("/tmp/t4/seeds.json", JSON.stringify({ schema: "dossier/1", documents: docs.map(({ times, ...d }) => d), times: docs.flatMap((d) => d.times) }));
