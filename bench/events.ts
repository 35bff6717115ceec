/**
 * Stories and event merging on the ECB+ dev topics (each topic's reports analysed together); `-- train` for the
 * training topics.
 * (a) Stories: each topic holds two real-world events, its …ecb.xml and its …ecbplus.xml reports; pairwise
 *     precision/recall/F1 of "same story" between the reports of a topic.
 * (b) Events: over the gold action mentions that take part in a CROSS_DOC_COREF relation and fall inside one of
 *     Dossier's event triggers, B³ F1 of Dossier's events against the gold chains, with trigger recall beside it.
 */
import { readdirSync } from "node:fs";
import { DEV_TOPICS, bcubed, pct, runTopic, tokensCovered } from "./ecbplus.js";
import { sharedPath } from "../src/util/paths.js";

// `npm run bench:events` scores the dev topics; `-- train` the training topics (every other topic); `-- 3 7` those.
const trainTopics = () => readdirSync(sharedPath("data", "ecbplus")).map(Number).filter((t) => t && !DEV_TOPICS.includes(t)).sort((a, b) => a - b);
const topics = process.argv.includes("train") ? trainTopics() : process.argv.slice(2).map(Number).filter(Boolean);
let tp = 0, fp = 0, fn = 0, scored = 0;
const items: { gold: string; pred: string }[] = [];
const started = Date.now();
for (const topic of topics.length ? topics : DEV_TOPICS) {
  const run = await runTopic(topic);
  const storyOf = new Map(run.dossier.stories.flatMap((s) => s.documents.map((d) => [d, s.id] as [string, string])));
  for (let i = 0; i < run.docs.length; i++)
    for (let j = i + 1; j < run.docs.length; j++) {
      const gold = run.docs[i].subset === run.docs[j].subset;
      const [a, b] = [run.ids[i], run.ids[j]];
      const pred = a !== undefined && b !== undefined && storyOf.get(a) === storyOf.get(b);
      if (gold && pred) tp++;
      else if (pred) fp++;
      else if (gold) fn++;
    }
  // For each document, the event id whose trigger covers each gold token.
  const labelled = run.dossier.events.map((e) => ({ id: e.id, spans: e.triggers }));
  const eventTokens = run.docs.map((_, k) => tokensCovered(run, k, labelled));
  let topicScored = 0, topicMatched = 0;
  run.docs.forEach((doc, k) => {
    for (const g of doc.mentions) {
      if (!g.chain || !/^ACTION_/.test(g.type)) continue;
      scored++;
      topicScored++;
      const pred = g.tokens.map((t) => eventTokens[k].get(t)).find(Boolean);
      if (!pred) continue;
      topicMatched++;
      items.push({ gold: g.chain, pred: `${topic}:${pred}` });
    }
  });
  console.log(`topic ${topic}: ${run.docs.length} reports, ${run.dossier.stories.length} stories, ${run.dossier.events.length} events, triggers on ${topicMatched}/${topicScored} gold actions`);
}
const P = tp / (tp + fp || 1), R = tp / (tp + fn || 1);
console.log(`stories: pairwise P ${(P).toFixed(3)} R ${(R).toFixed(3)} F1 ${((2 * P * R) / (P + R || 1)).toFixed(3)}`);
const b = bcubed(items);
console.log(`events: trigger recall ${pct(items.length / (scored || 1))}% (${items.length}/${scored}); B3 P ${pct(b.p)} R ${pct(b.r)} F1 ${pct(b.f)}   (${((Date.now() - started) / 1000).toFixed(1)} s)`);
