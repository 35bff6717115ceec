/**
 * Cross-document entity resolution on the ECB+ dev topics (each topic's reports analysed together).
 * Scored: the gold person and location mentions that take part in a CROSS_DOC_COREF relation. A Dossier entity
 * mention matches a gold mention when it covers the gold mention's last token. Prints mention recall
 * (matched / scored) and B³ precision/recall/F1 of Dossier's entities against the gold chains over the matched mentions.
 * `npm run bench:coref` measures the dev topics; `-- --train` the train topics (for tuning), `-- 3 7` the topics given.
 */
import { DEV_TOPICS, bcubed, pct, runTopic, tokensCovered } from "./ecbplus.js";

const SCORED = /^(HUMAN_PART_PER|LOC_)/;
/** ECB+ topics 1–35 less the dev topics; 15 and 17 are not in the corpus. */
const TRAIN_TOPICS = Array.from({ length: 35 }, (_, i) => i + 1).filter((t) => !DEV_TOPICS.includes(t) && t !== 15 && t !== 17);

const args = process.argv.slice(2);
const given = args.map(Number).filter(Boolean);
const topics = args.includes("--train") ? TRAIN_TOPICS : given.length ? given : DEV_TOPICS;
let scored = 0;
const items: { gold: string; pred: string }[] = [];
const started = Date.now();
for (const topic of topics) {
  const run = await runTopic(topic);
  const labelled = run.dossier.entities.map((e) => ({ id: e.id, spans: e.mentions }));
  const tokens = run.docs.map((_, k) => tokensCovered(run, k, labelled));
  let topicScored = 0, topicMatched = 0;
  run.docs.forEach((doc, k) => {
    for (const g of doc.mentions) {
      if (!g.chain || !SCORED.test(g.type)) continue;
      scored++;
      topicScored++;
      const pred = tokens[k].get(g.tokens.at(-1)!);
      if (!pred) continue;
      topicMatched++;
      items.push({ gold: g.chain, pred: `${topic}:${pred}` });
    }
  });
  console.log(`topic ${topic}: ${run.docs.length} reports, ${topicMatched}/${topicScored} gold mentions matched`);
}
const b = bcubed(items);
console.log(`mention recall ${pct(items.length / (scored || 1))}% (${items.length}/${scored})`);
console.log(`B3 P ${pct(b.p)} R ${pct(b.r)} F1 ${pct(b.f)}   (${((Date.now() - started) / 1000).toFixed(1)} s)`);
