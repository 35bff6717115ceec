import { readFileSync, readdirSync } from "node:fs";
import { cleanText } from "../src/ingest/clean.js";
import { parseHTML } from "linkedom";
const base = "/work/shared/data/readability-pages";
const text = (html: string) => { const { document } = parseHTML(html); const root: any = document.body?.childNodes.length ? document.body : document.documentElement; const out: string[] = []; const walk = (n: any) => { if (n.nodeType === 3) { out.push(n.textContent.replace(/\s+/g, " ")); return; } if (n.nodeType !== 1) return; if (/^(SCRIPT|STYLE)$/i.test(n.tagName)) return; const b = /^(P|DIV|LI|H\d|TD|TR|BR|BLOCKQUOTE|FIGCAPTION|SECTION|ARTICLE|UL|OL|PRE|TABLE|DD|DT)$/i.test(n.tagName); if (b) out.push("\n"); for (const c of n.childNodes) walk(c); if (b) out.push("\n"); }; walk(root); return out.join("").split("\n").map((l) => l.trim()).join("\n").replace(/\n{3,}/g, "\n\n"); };
for (const id of readdirSync(base)) {
  let html: string; try { html = readFileSync(`${base}/${id}/expected.html`, "utf8"); } catch { continue; }
  const r = cleanText(text(html), { findBody: false });
  for (const x of r.removed) console.log(`${id}\t[${x.rule}] ${x.text.slice(0, 150).replace(/\n/g, " ⏎ ")}`);
}
