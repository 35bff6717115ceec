const t0 = performance.now();
const { extractTimes } = await import("../src/nlp/time/index.js");
const t1 = performance.now();
const { readFileSync } = await import("node:fs");
const text = readFileSync("../shared/corpus/seeds/000_d99bee6e80fc2bd6.txt", "utf8").repeat(50);
const t2 = performance.now();
const out = extractTimes(text, [], { docId: "x", published: "2022-02-27" });
console.log("import ms", (t1 - t0).toFixed(0), "extract ms for", text.length, "chars:", (performance.now() - t2).toFixed(0), "found", out.length);
