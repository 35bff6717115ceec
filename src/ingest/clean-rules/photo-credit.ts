/** Photo and media credits and gallery chrome: "Photo: Damian Dovarganes, AP", "(Photo by X/Getty Images)", "Image 1 of 23", "Image caption". */
import type { LineRule } from "./types.js";

const AGENCY = /\b(getty images|afp|ap|reuters|epa|shutterstock|alamy|associated press|xinhua|anadolu|pa( media| images| wire)?|sipa|zuma|istock|file photo|handout|nurphoto|bloomberg|ians|pti|ani)\b/;
const CREDIT = [
  /^\(?(photo|photos|photograph|picture|pictures|image|images|video|graphic|illustration|file photo|photo illustration|credit|credits|image credit|photo credit|source|footage|pic|pics)( by| credit| courtesy| courtesy of| source)?(\s*[:|/]|\s+[-–—]\s)/,
  /^\(?(photo|picture|image|video|footage) (by|courtesy of|credit)\b/,
  /^(image|photo|picture|media|video) (copyright|caption|source)\b/,
  /^(image|photo|slide|picture) \d+ (of|\/) ?\d*$/,
  /^\d+ ?\/ ?\d+$/,
  /^(caption|close|back to gallery|enlarge|enlarge this image|expand|hide caption|show caption|toggle caption|view gallery|open gallery|view (all )?photos|launch gallery|fullscreen|full screen|play video|watch video|play|pause|mute|unmute|replay|loading|loading\.\.\.|video player is loading|now playing|\d+ photos?|\d+ images?|photos?|gallery)[.:]?$/,
  /credit\s*(\.\.\.|\u2026|:)\s*\S/,
];

export const photoCredit: LineRule = {
  name: "photo-credit",
  kind: "line",
  test: (line) => {
    const t = line.plain;
    if (line.words > 40 || /\b(said|says|told|according to)\b/.test(t)) return false;
    if (CREDIT.some((re) => re.test(t))) return true;
    // "Jane Doe/Getty Images", "(AP Photo/Evan Vucci)": a name and an agency, slashed.
    return line.words <= 10 && /\//.test(t) && AGENCY.test(t) && !line.endsSentence;
  },
};
