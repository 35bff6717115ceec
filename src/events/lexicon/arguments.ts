/**
 * Argument patterns as data: which preposition gives which role to the phrase it heads, for which event types.
 * "from Belarus" is where missiles came from (origin); "into/on/against Ukraine" is what they were aimed at
 * (target); "in/at Gomel" is where talks were held (venue) and, for everything else, the area.
 */
import type { EventType } from "../../types.js";

export type ArgumentRole = "origin" | "target" | "venue" | "area" | "actor" | "patient";

export interface PrepositionRole {
  prep: string;
  role: ArgumentRole;
  /** Event types the pattern holds for; absent: every type. */
  types?: EventType[];
  /** Only after a passive verb ("by" names the doer only in "were launched by …"). */
  passiveOnly?: boolean;
  example: string;
}

const MEETINGS: EventType[] = ["CONSULT", "AGREE", "COOPERATE", "PROTEST", "SUPPORT"];
const FORCE: EventType[] = ["ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN", "MOBILIZE", "DISASTER", "ACCIDENT", "PROTEST", "REJECT", "REQUEST"];

/** The first entry whose preposition and type fit gives the role. */
export const PREPOSITION_ROLES: PrepositionRole[] = [
  { prep: "from", role: "origin", types: ["ASSAULT", "MOBILIZE", "RETREAT", "AID", "COERCE"], example: "missiles were launched from Belarus" },
  { prep: "into", role: "target", example: "launched into Ukraine" },
  { prep: "against", role: "target", example: "sanctions against Russia" },
  { prep: "on", role: "target", types: FORCE, example: "rocket strikes on the city of Kharkiv" },
  { prep: "upon", role: "target", types: FORCE, example: "fire upon the convoy" },
  { prep: "at", role: "target", types: ["ASSAULT"], example: "fired at the crowd" },
  { prep: "toward", role: "target", types: ["ASSAULT", "MOBILIZE"], example: "missiles fired toward Kyiv" },
  { prep: "towards", role: "target", types: ["ASSAULT", "MOBILIZE"], example: "forces deployed towards Europe" },
  { prep: "to", role: "target", types: ["MOBILIZE", "AID"], example: "deploy forces to eastern Europe" },
  { prep: "at", role: "venue", types: MEETINGS, example: "talks at the Belarus border" },
  { prep: "in", role: "venue", types: MEETINGS, example: "the meeting in Gomel" },
  { prep: "near", role: "venue", types: MEETINGS, example: "meet near the Pripyat River" },
  { prep: "on", role: "venue", types: MEETINGS, example: "talks were held on the border of Belarus" },
  { prep: "in", role: "area", example: "a shooting in Los Angeles" },
  { prep: "at", role: "area", example: "a fire at a warehouse" },
  { prep: "near", role: "area", example: "shelling near Kharkiv" },
  { prep: "outside", role: "area", example: "a bombing outside Kabul" },
  { prep: "across", role: "area", example: "strikes across Ukraine" },
  { prep: "throughout", role: "area", example: "protests throughout the country" },
  { prep: "off", role: "area", example: "piracy off Somalia" },
  { prep: "by", role: "actor", passiveOnly: true, example: "the city was shelled by Russian forces" },
  { prep: "between", role: "actor", types: ["CONSULT", "AGREE", "COOPERATE", "ASSAULT", "CONCEDE"], example: "talks between Kyiv and Moscow" },
  { prep: "with", role: "actor", types: ["CONSULT", "AGREE", "COOPERATE"], example: "talks with Russia" },
  { prep: "of", role: "patient", types: ["ASSAULT", "COERCE", "ACCUSE", "SANCTION", "RETREAT", "CONCEDE", "MOBILIZE", "AID", "SUPPORT"], example: "the killing of a teenager" },
  { prep: "to", role: "target", types: ["ACCUSE"], example: "a lawsuit to the court" },
];

/** Words that close the phrase a preposition opens, besides punctuation: verbs of reporting, conjunctions. */
export const PHRASE_BREAKERS = new Set([
  "and", "or", "but", "while", "as", "after", "before", "when", "which", "who", "that", "because", "since", "amid",
  "said", "says", "according", "following", "following", "where", "if", "until", "including", "to",
  "is", "are", "was", "were", "has", "have", "had", "will", "would", "could",
  // verbs that link one event to another ("the missile attack follows …", "news of the launch comes after …")
  "follows", "followed", "follow", "comes", "came", "began", "begins", "continued", "continues", "means", "meant",
  "made", "took", "brought", "caused", "sparked", "prompted", "led",
]);

/** Prepositions that give no role: they close the object phrase ("meet without preconditions near the river"). */
export const OTHER_PREPOSITIONS = new Set(["without", "despite", "over", "about", "for", "under", "within", "during", "through", "like", "per", "via", "among", "amongst", "beyond", "behind", "since"]);

/** Linking words after a nominal trigger that keep its phrases open: "the meeting is being held at …". */
export const LIGHT_VERB_WORDS = new Set(["is", "are", "was", "were", "will", "be", "being", "been", "set", "to", "due", "scheduled", "expected", "has", "have", "had", "now", "currently", "already"]);
export const LIGHT_VERBS = new Set(["held", "hosted", "convened", "underway", "take", "takes", "took", "taking", "taken", "began", "begun", "begin", "begins", "started", "start", "resumed", "resume", "ended", "end", "opened", "open", "continued", "continue", "staged", "carried"]);

/** Words that end a clause when scanning for an actor or modality cue. */
export const CLAUSE_BREAKERS = new Set([
  ",", ";", ":", "—", "–", "(", ")", "[", "]", "but", "while", "as", "after", "before", "when", "which", "who", "because",
  "since", "although", "though", "whereas", "if", "that", "amid", "following", "where", "until", "so",
]);

/** Weapon words give an ASSAULT its mode: "rocket strikes" → missile, "gunmen" → firearms. */
export const WEAPON_MODES: Record<string, string> = {
  missile: "missile", missiles: "missile", rocket: "missile", rockets: "missile", iskander: "missile", iskanders: "missile",
  "cruise": "missile", ballistic: "missile", drone: "aerial", drones: "aerial", airstrike: "aerial", airstrikes: "aerial",
  jets: "aerial", warplanes: "aerial", helicopter: "aerial", helicopters: "aerial", bomber: "aerial", bombers: "aerial",
  artillery: "artillery", shell: "artillery", shells: "artillery", mortar: "artillery", mortars: "artillery",
  howitzer: "artillery", tank: "armor", tanks: "armor", gun: "firearms", guns: "firearms", gunman: "firearms",
  gunmen: "firearms", rifle: "firearms", rifles: "firearms", bullets: "firearms", pistol: "firearms", sniper: "firearms",
  bomb: "explosives", bombs: "explosives", explosive: "explosives", explosives: "explosives", grenade: "explosives",
  ied: "explosives", knife: "beat", knives: "beat", machete: "beat",
};
