/** Short all-capital labels that mark page furniture, not text: "PREMIUM", "EXCLUSIVE", "UPCOMING EVENTS", "WATCH". */
import type { LineRule } from "./types.js";

export const allCapsLabel: LineRule = {
  name: "all-caps-label",
  kind: "line",
  // A dateline ("KYIV, Ukraine (AP) —") or a shouted quote runs on with lower-case text or ends a sentence.
  test: (line, ctx) => line.index !== ctx.headline && line.allCaps && line.words >= 1 && line.words <= 4 && !line.endsSentence && !/[—–-]\s*$/.test(line.text),
};
