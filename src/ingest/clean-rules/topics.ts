/** Tag and topic lists: "Topics: Ukraine, Russia, Vladimir Putin", "Tags: …", "Filed under: …", "Categories: …". */
import type { LineRule } from "./types.js";

const LIST_LABEL = /^(topics?|tags?|tagged|tagged with|tagged as|filed under|categories|category|related topics|related tags|more on|more about|keywords|subjects?|sections?|posted in|read more about|explore more on these topics|this article is about)\s*[:|]/;
const BARE_LABEL = /^(topics|tags|related topics|filed under|categories|more on this story|explore more on these topics)$/;

export const topics: LineRule = {
  name: "topics",
  kind: "line",
  test: (line) => {
    const t = line.plain;
    if (BARE_LABEL.test(t)) return true;
    if (!LIST_LABEL.test(t)) return false;
    // The rest is a list of names, not a sentence.
    const rest = line.text.slice(line.text.search(/[:|]/) + 1).trim();
    return !/[.!?]["')\]]?$/.test(rest) || rest.split(/[,|]/).length >= 2;
  },
};
