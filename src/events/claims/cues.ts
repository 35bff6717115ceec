/**
 * The cue lexicon: words that introduce what someone says, writes, thinks, finds or stands for. A third of the cues
 * in attribution corpora are not verbs of saying ("endorse", "found", "called for", "believe"), so the table covers
 * stance, cognition and evidence as well. Each entry lists its forms, the frame that says where its speaker and its
 * content sit, and an invented example phrase.
 *
 * frames:
 *  speech   — "X said (that) C", "C, X said", "C," said X; speaker before, or after in inversion
 *  tell     — like speech, but a recipient comes first and is not content: "X told reporters (that) C"
 *  stance   — an attitude towards what follows: "X criticized C", "X called for C"
 *  evidence — a finding: "the poll showed C", "investigators found C"
 *  raising  — the content is the subject and what follows: "C-subject seems/is expected to C-rest"
 *  prep     — "according to X, C" / "C, according to X"
 *  hedge    — an adverb that marks the clause as hearsay: "X reportedly C"
 */
export type CueFrame = "speech" | "tell" | "stance" | "evidence" | "raising" | "prep" | "hedge";

export interface CueEntry {
  cue: string; // the lemma or phrase
  forms: string[]; // word forms that trigger it (lower case); phrases as space-separated words
  frame: CueFrame;
  example: string;
  /** Only a cue when the next word is one of these ("called for", "pointed out"). */
  next?: string[];
  /** Not a cue when the next word is one of these ("says who"). */
  notNext?: string[];
}

const e = (cue: string, forms: string, frame: CueFrame, example: string, extra: Partial<CueEntry> = {}): CueEntry => ({
  cue,
  forms: forms.split(/\s*,\s*|\s+/).filter(Boolean),
  frame,
  example,
  ...extra,
});

export const CUES: CueEntry[] = [
  // verbs of saying
  e("say", "say says said saying", "speech", "the mayor said the bridge would reopen on Friday"),
  e("add", "adds added adding", "speech", "“We are ready,” she added"),
  e("tell", "tell tells told telling", "tell", "the governor told reporters that the roads were closed"),
  e("ask", "ask asks asked asking", "tell", "a journalist asked whether the border was open"),
  e("write", "write writes wrote writing", "speech", "the commander wrote in a letter that supplies were low"),
  e("tweet", "tweeted tweeting", "speech", "the senator tweeted that the vote was rigged"),
  e("retweet", "retweet retweets retweeted retweeting", "speech", "the candidate retweeted a post calling the judge biased"),
  e("post", "posted posting", "speech", "the adviser posted footage of the blast onto Facebook"),
  e("report", "reports reported", "speech", "the news agency reported that three people were hurt"),
  e("announce", "announce announces announced announcing", "speech", "the ministry announced a curfew"),
  e("state", "stated stating", "speech", "the company stated that no data was lost"),
  e("note", "notes noted noting", "speech", "the report noted that prices had doubled"),
  e("explain", "explain explains explained explaining", "speech", "the engineer explained that the dam had cracked"),
  e("continue", "continued", "speech", "the spokesman continued: “There is no deal yet.”", { next: [":", "that", "to", ",", ".", "“", '"'] }),
  e("reply", "reply replies replied replying", "speech", "“Not today,” the coach replied"),
  e("respond", "respond responds responded", "speech", "the firm responded that it had followed the rules"),
  e("answer", "answered answering", "speech", "the minister answered that talks were continuing"),
  e("declare", "declare declares declared declaring", "speech", "the president declared a state of emergency"),
  e("claim", "claim claims claimed claiming", "speech", "the rebels claimed they had captured the airport"),
  e("allege", "allege alleges alleged alleging", "speech", "the lawsuit alleges that the company hid losses"),
  e("assert", "assert asserts asserted asserting", "speech", "the envoy asserted that the ceasefire held"),
  e("insist", "insist insists insisted insisting", "speech", "officials insisted the strike was lawful"),
  e("argue", "argue argues argued arguing", "speech", "critics argue the plan is too costly"),
  e("contend", "contend contends contended contending", "speech", "the defence contends the evidence was planted"),
  e("maintain", "maintains maintained", "speech", "the army maintained that no civilians were hit", { next: ["that", "he", "she", "they", "it", "the"] }),
  e("warn", "warn warns warned warning", "speech", "the agency warned of more flooding"),
  e("caution", "caution cautions cautioned cautioning", "speech", "analysts cautioned that the figures were early"),
  e("predict", "predict predicts predicted predicting", "speech", "forecasters predicted heavy snow"),
  e("forecast", "forecast forecasts forecasting", "speech", "the bank forecast slower growth"),
  e("estimate", "estimate estimates estimated estimating", "speech", "the ministry estimated that 4,000 soldiers had died"),
  e("project", "projects projected", "speech", "economists projected a deficit", { next: ["that", "a", "an", "the"] }),
  e("confirm", "confirm confirms confirmed confirming", "speech", "police confirmed that two men were arrested"),
  e("deny", "denies denied denying", "speech", "the embassy denied that troops had crossed the border"),
  e("admit", "admit admits admitted admitting", "speech", "the operator admitted the alarm had failed"),
  e("acknowledge", "acknowledge acknowledges acknowledged acknowledging", "speech", "the minister acknowledged that mistakes were made"),
  e("concede", "concede concedes conceded conceding", "speech", "the campaign conceded the race"),
  e("reveal", "reveal reveals revealed revealing", "speech", "the audit revealed missing funds"),
  e("disclose", "disclose discloses disclosed disclosing", "speech", "the firm disclosed a data breach"),
  e("mention", "mention mentions mentioned mentioning", "speech", "the statement mentioned the earlier attack"),
  e("comment", "commented commenting", "speech", "the mayor commented that the roads were clear", { notNext: ["section"] }),
  e("remark", "remarked remarking", "speech", "the judge remarked that the case was unusual"),
  e("observe", "observe observes observed observing", "speech", "the monitor observed that shelling had resumed", { next: ["that", ":", ","] }),
  e("recall", "recall recalls recalled recalling", "speech", "a survivor recalled hearing two blasts"),
  e("recount", "recount recounts recounted recounting", "speech", "the witness recounted the night of the fire"),
  e("describe", "describe describes described describing", "speech", "residents described the shelling as relentless"),
  e("characterize", "characterize characterizes characterized characterizing characterise characterised", "speech", "the envoy characterized the talks as constructive"),
  e("call", "calls called calling", "stance", "the minister called the attack a provocation", { notNext: ["off", "up", "in"] }),
  e("label", "label labels labeled labelled labeling", "speech", "the ministry labeled the report fake"),
  e("dub", "dub dubs dubbed dubbing", "speech", "supporters dubbed the march a victory"),
  e("joke", "joke jokes joked joking", "speech", "the coach joked that he needed a holiday"),
  e("boast", "boast boasts boasted boasting brag bragged brags", "speech", "the general boasted that the city would fall in days"),
  e("complain", "complain complains complained complaining", "speech", "farmers complained that prices had collapsed"),
  e("lament", "lament laments lamented lamenting bemoaned decried", "speech", "the mayor lamented the loss of the old bridge"),
  e("stress", "stress stresses stressed stressing emphasize emphasizes emphasized emphasizing emphasise emphasised underscored underscores", "speech", "the envoy stressed that talks must continue"),
  e("reiterate", "reiterate reiterates reiterated reiterating repeated", "speech", "the ministry reiterated its call for calm"),
  e("point out", "pointed points pointing", "speech", "the analyst pointed out that prices had fallen", { next: ["out", "to"] }),
  e("suggest", "suggest suggests suggested suggesting", "speech", "officials suggested the deal was close"),
  e("hint", "hint hints hinted hinting", "speech", "the minister hinted at a new offensive"),
  e("imply", "imply implies implied implying", "speech", "the letter implied that the vote would be delayed"),
  e("indicate", "indicate indicates indicated indicating", "evidence", "the data indicate a slowdown"),
  e("signal", "signals signaled signalled signaling", "speech", "the bank signaled that rates would rise"),
  e("promise", "promise promises promised promising", "speech", "the government promised to rebuild the school"),
  e("pledge", "pledge pledges pledged pledging", "speech", "donors pledged $2 billion in aid"),
  e("vow", "vow vows vowed vowing", "speech", "the rebels vowed to fight on"),
  e("threaten", "threaten threatens threatened threatening", "speech", "the union threatened to strike"),
  e("urge", "urge urges urged urging", "tell", "the UN urged both sides to hold fire"),
  e("demand", "demands demanded", "speech", "protesters demanded the mayor's resignation"),
  e("request", "requested requesting", "speech", "the city requested federal help"),
  e("propose", "propose proposes proposed proposing", "speech", "the minister proposed a ceasefire"),
  e("recommend", "recommends recommended recommending", "speech", "the panel recommended new rules"),
  e("inform", "inform informs informed informing", "tell", "the ministry informed residents that water was unsafe"),
  e("assure", "assure assures assured assuring", "tell", "the president assured allies that troops would stay"),
  e("remind", "remind reminds reminded reminding", "tell", "the judge reminded jurors that the case was serious"),
  e("shout", "shout shouts shouted yelled yell chanted chanting chants", "speech", "the crowd chanted slogans against the war"),
  e("testify", "testify testifies testified testifying", "speech", "the officer testified that he saw the driver"),
  e("speculate", "speculate speculates speculated speculating", "speech", "traders speculated that the bank would act"),
  e("wonder", "wonder wonders wondered wondering", "speech", "residents wondered whether help would come"),
  e("quote", "quoted quoting", "speech", "the paper quoted a soldier as saying the town had fallen"),
  e("cite", "cite cites cited citing", "speech", "the ministry cited security concerns"),
  e("refer", "refer refers referred referring", "speech", "the minister referred to the attack as a tragedy", { next: ["to"] }),
  e("discuss", "discuss discusses discussed discussing", "speech", "the leaders discussed a prisoner exchange"),
  e("talk about", "talk talks talked talking spoke speak speaks speaking", "speech", "the envoy talked about the ceasefire", { next: ["about", "of", "out"] }),
  e("go on", "went", "speech", "the minister went on to say that aid would arrive", { next: ["on"] }),
  e("detail", "detailing outlined outlining outlines", "speech", "the report detailed the losses"),
  e("release", "released releases", "speech", "the police released a statement on the arrests", { next: ["a", "an", "the", "its", "his", "her", "their"] }),
  e("issue", "issued issues", "speech", "the embassy issued a warning to travellers", { next: ["a", "an", "the", "its", "his", "her", "their"] }),
  e("express", "express expresses expressed expressing voiced", "stance", "the foreign minister expressed concern about the tests"),
  e("echo", "echo echoes echoed echoing", "speech", "the general echoed the president's warning"),
  // stance: attitudes towards a person, a plan or an act
  e("accuse", "accuse accuses accused accusing", "stance", "the ministry accused the rebels of shelling the town"),
  e("blame", "blame blames blamed blaming", "stance", "officials blamed the fire on faulty wiring"),
  e("criticize", "criticize criticizes criticized criticizing criticise criticised criticising", "stance", "the opposition criticized the budget"),
  e("condemn", "condemn condemns condemned condemning denounce denounces denounced denouncing", "stance", "the council condemned the attack"),
  e("praise", "praise praises praised praising hailed hails applauded lauded", "stance", "the mayor praised the rescue teams"),
  e("thank", "thank thanks thanked thanking", "stance", "the president thanked the volunteers", { notNext: ["to"] }),
  e("endorse", "endorse endorses endorsed endorsing", "stance", "the union endorsed the candidate"),
  e("support", "supports supported supporting", "stance", "the bloc supported the sanctions", { notNext: ["of", "for"] }),
  e("back", "backed backing", "stance", "the party backed the reform", { notNext: ["down", "up", "off", "away", "into", "to", "in"] }),
  e("oppose", "oppose opposes opposed", "stance", "residents opposed the new road"),
  e("reject", "reject rejects rejected rejecting", "stance", "the government rejected the ultimatum"),
  e("dismiss", "dismiss dismisses dismissed dismissing", "stance", "the spokesman dismissed the report as propaganda"),
  e("defend", "defends defended defending", "stance", "the minister defended the decision"),
  e("attack", "attacked", "stance", "the candidate attacked his rival's record", { next: ["his", "her", "their", "the", "a"] }),
  e("slam", "slam slams slammed slamming blast blasts blasted blasting", "stance", "the union slammed the pay offer"),
  e("mock", "mock mocks mocked mocking ridiculed derided", "stance", "the commentator mocked the plan"),
  e("question", "questioned questioning", "stance", "experts questioned the official figures", { notNext: ["about", "of", "over", "on", "remain"] }),
  e("challenge", "challenged", "stance", "lawyers challenged the ruling"),
  e("dispute", "dispute disputed disputing", "stance", "the company disputed the figures"),
  e("call for", "call calls called calling", "stance", "the UN called for an immediate ceasefire", { next: ["for", "on"] }),
  e("seek", "seeks sought seeking", "stance", "the family sought compensation"),
  e("want", "want wants wanted", "stance", "the villagers want the plant closed"),
  e("hope", "hope hopes hoped hoping", "stance", "officials hope to reopen the port next week"),
  e("fear", "fear fears feared fearing worried worries", "stance", "residents fear another quake"),
  e("expect", "expect expecting", "stance", "analysts expect the talks to fail"),
  e("plan", "plans planning", "stance", "the city plans to add bus lanes", { next: ["to"] }),
  e("agree", "agree agrees agreed agreeing", "stance", "both sides agreed to meet at the border"),
  e("refuse", "refuse refuses refused refusing declined declines declining", "stance", "the minister declined to comment"),
  e("decide", "decides decided deciding", "stance", "the court decided to postpone the trial"),
  e("order", "ordered orders", "stance", "the president ordered the troops to withdraw", { next: ["the", "a", "an", "his", "her", "their", "all", "troops", "forces"] }),
  e("approve", "approves approved approving", "stance", "parliament approved the budget"),
  e("prefer", "prefer prefers preferred preferring", "stance", "voters prefer the incumbent"),
  e("apologize", "apologize apologizes apologized apologise apologised", "stance", "the airline apologized for the delays"),
  e("tout", "tout touts touted touting trumpeted", "stance", "the mayor touted the new metro line"),
  e("promote", "promote promotes promoted", "stance", "the ministry promoted the vaccine"),
  e("push", "pushed pushing pushes", "stance", "the senator pushed for new sanctions", { next: ["for", "back"] }),
  e("rail", "railed rails railing lashed", "stance", "the candidate railed against the banks", { next: ["against", "out", "at"] }),
  e("congratulate", "congratulate congratulates congratulated congratulating", "stance", "leaders congratulated the winner"),
  // cognition
  e("believe", "believe believes believing", "speech", "investigators believe the fire was set deliberately"),
  e("think", "think thinks", "speech", "many voters think the economy is weak", { notNext: ["tank", "tanks"] }),
  e("know", "know knows knew", "speech", "officials knew the dam was weak"),
  e("feel", "feel feels", "speech", "residents feel the police ignored them", { next: ["that", "the", "it", "they", "he", "she", "we", "like"] }),
  e("consider", "considers considered considering", "speech", "the court considered the evidence weak"),
  e("see", "sees saw", "speech", "the bank sees inflation easing", { next: ["the", "a", "it", "him", "her", "them", "no", "this", "that"] }),
  e("view", "views viewed", "speech", "the government views the protests as foreign-backed", { next: ["the", "it", "him", "her", "them", "this", "that"] }),
  e("regard", "regards regarded", "speech", "many regard the treaty as dead", { next: ["the", "it", "him", "her", "them", "this", "that", "as"] }),
  e("doubt", "doubt doubts doubted doubting", "speech", "experts doubt the figures"),
  e("learn", "learned learnt", "speech", "reporters learned that the plant had closed", { next: ["that", "of", "about"] }),
  e("realize", "realize realizes realized realise realised", "speech", "the crew realized the engine was on fire"),
  e("assume", "assume assumes assumed", "speech", "planners assumed the roads would be open"),
  e("conclude", "conclude concludes concluded concluding", "evidence", "the inquiry concluded that the pilot was tired"),
  // evidence
  e("show", "show shows showed shown", "evidence", "satellite images show a column of tanks"),
  e("find", "finds found", "evidence", "the study found that half the wells were dry", { notNext: ["himself", "herself", "themselves", "dead"] }),
  e("identify", "identifies identified identifying", "evidence", "police identified the suspect as a local man"),
  e("document", "documented documents documenting", "evidence", "the group documented dozens of strikes", { next: ["the", "a", "an", "dozens", "hundreds", "how", "that"] }),
  e("read", "reads read", "speech", "the banner read “No to war”", { next: [":", ",", "“", '"', "in"] }),
  // raising: the content is the subject
  e("seem", "seem seems seemed seeming", "raising", "the truce seems to be holding"),
  e("appear", "appear appears appeared appearing", "raising", "the missile appeared to come from the north", { next: ["to"] }),
  e("be expected", "expected", "raising", "the talks are expected to resume on Monday", { next: ["to"] }),
  // prepositional
  e("according to", "according", "prep", "according to the ministry, 30 people were killed", { next: ["to"] }),
  // hedges
  e("reportedly", "reportedly", "hedge", "the general reportedly fled the city"),
  e("purportedly", "purportedly", "hedge", "the letter was purportedly written by the commander"),
];
