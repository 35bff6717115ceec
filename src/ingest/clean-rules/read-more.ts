/** Links to other articles: "Read more: …", "ALSO READ | …", "Related articles", "Most popular", "Recommended for you". */
import type { LineRule } from "./types.js";

const LEAD_IN = /^(read more|read also|also read|also see|see also|related|related story|related article|related coverage|recommended|more|watch|watch now|listen|click here|read next|up next|next|previous|read the full (story|article)|read full (story|article)|don't miss|must read|trending|in pictures|in photos|video|opinion|explained|analysis)\s*[:|>\u00bb\u2192-]/;
const SECTION_HEAD = /^(related|related articles|related stories|related posts|related coverage|related news|related content|more (from|on|in|stories|news|articles|like this)\b.*|recommended( for you| stories| articles| reading)?|most (popular|read|viewed|shared|watched|commented|emailed)( now| today| this week)?|popular (now|stories|posts|articles)|trending( now| stories| news)?|top stories|latest (news|stories|headlines|posts|articles|videos)|editor's picks|editors' picks|you (might|may) (also )?like|you (might|may) (also )?be interested in|don't miss|must read|what to read next|read next|up next|more stories|further reading|around the web|sponsored stories|from our partners|promoted stories|in case you missed it|featured|special reports|more news|news feed|share this article|continue reading|read more|read full article|load more|show more|see more|view more|view all|see all|next article|previous article|next story|previous story|back to top|return to top|top|go to top|go to home page\b.*)[.:!\u00bb\u203a>]?$/;

export const readMore: LineRule = {
  name: "read-more",
  kind: "line",
  test: (line) => {
    const t = line.plain;
    if (SECTION_HEAD.test(t)) return line.words <= 10;
    // "Read more: <headline>" is a link; a sentence after the colon that reports is not.
    return line.words <= 30 && LEAD_IN.test(t) && !/\b(said|says|told)\b/.test(t);
  },
};
