/**
 * Words for writing an event's one-sentence summary, as data. A nominal trigger needs a verb to make a sentence
 * ("sanctions" → "imposed sanctions on Russia", "talks" → "talks were held in Gomel"); an event with no participant
 * named is told with a noun for its kind ("a meeting is planned near the Pripyat River").
 */
import type { EventType } from "../../types.js";

export interface LightVerb {
  /** The verb lemma, with any particle: "carry out", "hold". */
  verb: string;
  example: string;
}

/** The verb that does a nominal event, by the trigger entry's `match` (first) or its type. */
export const LIGHT_VERB_BY_NOUN: Record<string, LightVerb> = {
  invasion: { verb: "launch", example: "Russia launched an invasion of Ukraine" },
  offensive: { verb: "launch", example: "the army launched an offensive in the east" },
  lawsuit: { verb: "file", example: "Ukraine filed a lawsuit against Russia" },
  visit: { verb: "make", example: "the president made a visit to Kyiv" },
  treaty: { verb: "sign", example: "the two states signed a treaty" },
  ceasefire: { verb: "declare", example: "the rebels declared a ceasefire" },
  "cease-fire": { verb: "declare", example: "the rebels declared a cease-fire" },
  truce: { verb: "declare", example: "both sides declared a truce" },
  arrest: { verb: "make", example: "police made an arrest" },
  investigation: { verb: "open", example: "police opened an investigation" },
  probe: { verb: "open", example: "prosecutors opened a probe into the crash" },
  election: { verb: "hold", example: "the country held an election" },
  trial: { verb: "hold", example: "a trial was held" },
  alert: { verb: "put forces on", example: "Putin put forces on alert" },
  request: { verb: "make", example: "Kyiv made a request for air defences" },
  accusation: { verb: "make", example: "Moscow made accusations of genocide" },
  threat: { verb: "make", example: "he made a threat of force" },
  ultimatum: { verb: "issue", example: "Russia issued an ultimatum" },
  evacuation: { verb: "carry out", example: "rescuers carried out an evacuation of civilians" },
  withdrawal: { verb: "carry out", example: "Russia carried out a withdrawal of its forces" },
  deployment: { verb: "order", example: "NATO ordered a deployment of troops" },
  agreement: { verb: "reach", example: "the two leaders reached an agreement" },
  deal: { verb: "reach", example: "the two sides reached a deal" },
  accord: { verb: "reach", example: "the parties reached an accord" },
  nomination: { verb: "secure", example: "she secured the nomination" },
  war: { verb: "wage", example: "Russia waged war on Ukraine" },
};

export const LIGHT_VERB_BY_TYPE: Partial<Record<EventType, LightVerb>> = {
  ASSAULT: { verb: "carry out", example: "Russian forces carried out rocket strikes on Kharkiv" },
  CONSULT: { verb: "hold", example: "Ukraine and Russia held talks in Gomel" },
  AGREE: { verb: "reach", example: "the two leaders reached an agreement" },
  SANCTION: { verb: "impose", example: "the US and UK imposed sanctions on Russia" },
  ACCUSE: { verb: "bring", example: "prosecutors brought charges against him" },
  MOBILIZE: { verb: "order", example: "the ministry ordered a mobilisation" },
  PROTEST: { verb: "stage", example: "students staged a protest" },
  COERCE: { verb: "carry out", example: "police carried out a crackdown on dissent" },
  CONCEDE: { verb: "agree to", example: "the rebels agreed to a ceasefire" },
  RETREAT: { verb: "carry out", example: "troops carried out a withdrawal" },
  REQUEST: { verb: "make", example: "Kyiv made a request for aid" },
  THREATEN: { verb: "issue", example: "Moscow issued a threat" },
  SUPPORT: { verb: "give", example: "the EU gave its support" },
  AID: { verb: "provide", example: "the UN provided aid" },
  COOPERATE: { verb: "agree on", example: "the two states agreed on cooperation" },
};

/** The passive of a light verb for an event told without its doer: "talks were held", "strikes were carried out". */
export const PASSIVE_OF_LIGHT_VERB: Record<string, string> = {
  "carry out": "carried out", hold: "held", reach: "reached", impose: "imposed", bring: "brought", order: "ordered",
  stage: "staged", "agree to": "agreed", make: "made", issue: "issued", give: "given", provide: "provided",
  "agree on": "agreed", launch: "launched", file: "filed", sign: "signed", declare: "declared", open: "opened",
  "put forces on": "ordered", wage: "waged", secure: "secured",
};

/** A noun for an event's kind, by mode (first) or type, for an event told with no participant: "a meeting". */
export const EVENT_NOUN_BY_MODE: Record<string, string> = {
  missile: "a missile attack", aerial: "an air strike", artillery: "shelling", firearms: "a shooting",
  explosives: "a bombing", kill: "a killing", invasion: "an invasion", clash: "fighting", war: "war",
  talks: "talks", meet: "a meeting", visit: "a visit", phone: "a phone call", decision: "a decision",
  alert: "a military alert", deploy: "a deployment of forces", ceasefire: "a ceasefire", arrest: "an arrest",
  legal: "legal action", allege: "an accusation", economic: "sanctions", withdraw: "a withdrawal",
  release: "a release", return: "a return", praise: "praise", demonstrate: "a protest", earthquake: "an earthquake",
  flood: "flooding", storm: "a storm", fire: "a fire", crash: "a crash", traffic: "a traffic accident",
  fall: "a fall", outage: "an outage", investigate: "an investigation", trial: "a trial", dismiss: "a dismissal",
  appoint: "an appointment", election: "an election", acquisition: "an acquisition", injure: "injuries",
  death: "a death", evacuation: "an evacuation", rescue: "a rescue",
};

export const EVENT_NOUN_BY_TYPE: Record<EventType, string> = {
  ASSAULT: "an attack", CONSULT: "a meeting", AGREE: "an agreement", SUPPORT: "support", CONCEDE: "a concession",
  COOPERATE: "cooperation", AID: "aid", RETREAT: "a withdrawal", REQUEST: "a request", ACCUSE: "an accusation",
  REJECT: "a rejection", THREATEN: "a threat", PROTEST: "a protest", SANCTION: "a sanction", MOBILIZE: "a mobilisation",
  COERCE: "a coercive action", DISASTER: "a disaster", ACCIDENT: "an accident",
};

/** Words after which a summary's rest of clause ends: they link this event to another one. */
export const LINKING_VERBS = new Set([
  "follows", "followed", "follow", "comes", "came", "come", "means", "meant", "prompted", "sparked", "triggered",
]);

/** Finite verb forms that are not -ed words: a clause with one of these is a sentence. */
export const FINITE_WORDS = new Set([
  "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must",
  "did", "does", "do", "held", "met", "took", "made", "put", "began", "struck", "hit", "shot", "fought", "sent",
  "gave", "brought", "won", "lost", "left", "led", "fell", "fled", "set", "cut", "threw", "broke", "drove", "ran",
  "sold", "bought", "kept", "went", "saw", "holds", "takes",
  "continues", "continue", "remains", "remain", "begins", "begin", "ends", "end", "starts", "start", "'re", "'ve",
]);
