import { readTmlDir } from "/work/main/scripts/time-dev.js";
import { extractTimes } from "/work/main/src/nlp/time/index.js";
import { splitSentences } from "/work/main/src/nlp/sentences.js";
const [dir, name, re] = process.argv.slice(2);
const d = readTmlDir(dir).find((x) => x.name.startsWith(name))!;
const sents = splitSentences(d.text);
for (const t of extractTimes(d.text, sents, { docId: "x", published: d.dct })) {
  if (re && !new RegExp(re, "i").test(t.value.text)) continue;
  const s = sents.find((s) => s.start <= t.span.start && t.span.start < s.end)!;
  console.log(t.value.text, "=>", t.value.timex, "|", d.text.slice(s.start, s.end).replace(/\s+/g, " ").slice(0, 200));
}
