/** Ad markers left in pasted text: "Advert", "ADVERTISEMENT", "Story continues below advertisement", "Sponsored". */
import type { LineRule } from "./types.js";

const AD_LINE = /^(advert|advertisement|advertising|ad|ads|sponsored|sponsored content|paid content|paid post|promoted|promoted content|partner content|story continues below( this)? (advertisement|ad)|(article|story) continues (below|after (this )?(advertisement|ad))|continue reading (the main story|below)|skip advertisement|scroll to continue( with content)?|advertisement - scroll to continue|report this ad|ad feedback|close ad|remove ads?|adchoices)[.:]?$/;

export const advert: LineRule = {
  name: "advert",
  kind: "line",
  test: (line) => line.words <= 8 && AD_LINE.test(line.plain.replace(/^[-–—•*\s]+|[-–—•*\s]+$/g, "")),
};
