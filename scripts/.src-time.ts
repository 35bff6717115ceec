import { readTmlDir, timexValue } from "./time-dev.js";
import { findCandidates, extractTimes } from "../src/nlp/time/index.js";
import { splitSentences } from "../src/nlp/sentences.js";
const dirs = process.argv.slice(2);
const stats = new Map<string, { n: number; ok: number; wrong: number; spur: number }>();
for (const dir of dirs) for (const d of readTmlDir(dir)) {
  const cands = findCandidates(d.text);
  const preds = extractTimes(d.text, splitSentences(d.text), { docId: "x", published: d.dct });
  for (const p of preds) {
    const c = cands.find((c) => c.start === p.span.start && c.end === p.span.end)!;
    const s = stats.get(c.source) ?? { n: 0, ok: 0, wrong: 0, spur: 0 }; stats.set(c.source, s); s.n++;
    const g = d.gold.find((g) => g.start < p.span.end && p.span.start < g.end);
    if (!g) s.spur++; else if (g.value === timexValue(p)) s.ok++; else s.wrong++;
  }
}
for (const [k, s] of [...stats].sort((a, b) => b[1].n - a[1].n)) console.log(k.padEnd(20), s.n, "ok", s.ok, "wrong", s.wrong, "spur", s.spur, "precision", (s.ok / s.n).toFixed(2));
