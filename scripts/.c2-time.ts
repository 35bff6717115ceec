import { findCandidates } from "/work/main/src/nlp/time/index.js";
const t = process.argv[2];
for (const c of findCandidates(t)) console.log(c.source, JSON.stringify(t.slice(c.start, c.end)));
