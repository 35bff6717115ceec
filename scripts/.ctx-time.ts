import { readTmlDir, scoreDocs, dossierPredict } from "./time-dev.js";
const [dir, word] = process.argv.slice(2);
for (const d of readTmlDir(dir)) {
  const preds = dossierPredict(d);
  for (const p of preds) {
    if (p.value.text.toLowerCase() !== word) continue;
    const g = d.gold.find((g) => g.start < p.span.end && p.span.start < g.end);
    console.log(g ? "GOLD " : "SPUR ", d.text.slice(p.span.start - 50, p.span.end + 40).replace(/\s+/g, " "));
  }
}
