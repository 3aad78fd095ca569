package dev.newsfacts.extract.lexicon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Verbs that attribute words or thoughts to a source, by inflected form, mapped to their
 * lemma. Written by hand from news usage (issue #2); the first group is plain speech, the
 * second reports a stance and makes weaker evidence on its own.
 */
public final class SpeechVerbs {
  private static final String[] SPEECH = {
    "say said says saying", "tell told tells telling", "add added adds adding", "write wrote writes writing written",
    "ask asked asks asking", "note noted notes noting", "report reported reports reporting",
    "announce announced announces announcing", "tweet tweeted tweets tweeting", "argue argued argues arguing",
    "explain explained explains explaining", "declare declared declares declaring", "state stated states stating",
    "insist insisted insists insisting", "acknowledge acknowledged acknowledges acknowledging",
    "warn warned warns warning", "claim claimed claims claiming", "continue continued continues continuing",
    "recall recalled recalls recalling", "respond responded responds responding", "reply replied replies replying",
    "conclude concluded concludes concluding", "complain complained complains complaining",
    "admit admitted admits admitting", "predict predicted predicts predicting", "promise promised promises promising",
    "contend contended contends contending", "maintain maintained maintains maintaining",
    "observe observed observes observing", "remark remarked remarks remarking",
    "comment commented comments commenting", "joke joked jokes joking", "quip quipped quips quipping",
    "concede conceded concedes conceding", "assert asserted asserts asserting", "stress stressed stresses stressing",
    "emphasize emphasized emphasizes emphasizing", "emphasise emphasised emphasises emphasising",
    "confirm confirmed confirms confirming", "deny denied denies denying", "reveal revealed reveals revealing",
    "testify testified testifies testifying", "exclaim exclaimed exclaims exclaiming", "shout shouted shouts shouting",
    "yell yelled yells yelling", "boast boasted boasts boasting", "vow vowed vows vowing",
    "pledge pledged pledges pledging", "caution cautioned cautions cautioning", "allege alleged alleges alleging",
    "tout touted touts touting", "brag bragged brags bragging", "mock mocked mocks mocking",
    "declare declared", "proclaim proclaimed proclaims proclaiming", "announce announced",
    "write wrote", "post posted posts posting", "retort retorted retorts retorting", "chide chided chides chiding",
    "counter countered counters countering", "repeat repeated repeats repeating", "reiterate reiterated reiterates reiterating",
    "suggest suggested suggests suggesting", "speculate speculated speculates speculating",
    "describe described describes describing", "call called calls calling", "dub dubbed dubs dubbing",
    "label labeled labelled labels labeling labelling", "brand branded brands branding",
    "urge urged urges urging", "demand demanded demands demanding", "blast blasted blasts blasting",
    "slam slammed slams slamming", "lament lamented laments lamenting", "muse mused muses musing",
    "recount recounted recounts recounting", "inform informed informs informing", "assure assured assures assuring",
    "concur concurred concurs concurring", "agree agreed agrees agreeing", "estimate estimated estimates estimating",
    "indicate indicated indicates indicating", "show showed shows showing shown", "find found finds finding",
    "read reads", "state stated", "predict predicted", "forecast forecasts forecasting", "project projected projects",
    "charge charged charges charging", "accuse accused accuses accusing", "criticize criticized criticizes criticizing",
    "criticise criticised criticises criticising", "praise praised praises praising",
    "point pointed points pointing", "hint hinted hints hinting", "signal signaled signalled signals signaling",
    "insinuate insinuated insinuates insinuating", "imply implied implies implying", "stated", "told",
    "characterize characterized characterizes characterizing", "characterise characterised characterises",
    "question questioned questions questioning", "plead pleaded pleads pleading", "beg begged begs begging",
    "scream screamed screams screaming", "cry cried cries crying", "murmur murmured murmurs murmuring",
    "sneer sneered sneers sneering", "scoff scoffed scoffs scoffing", "thunder thundered thunders thundering",
    "chant chanted chants chanting", "sing sang sings singing", "preach preached preaches preaching",
    "instruct instructed instructs instructing", "advise advised advises advising", "order ordered orders ordering",
    "threaten threatened threatens threatening", "blame blamed blames blaming", "talk talked talks talking", "bark barked barks barking",
    "snap snapped snaps snapping", "growl growled growls growling", "roar roared roars roaring",
    "gush gushed gushes gushing", "rave raved raves raving", "grumble grumbled grumbles grumbling",
    "mutter muttered mutters muttering", "whine whined whines whining", "fume fumed fumes fuming",
    "rant ranted rants ranting", "gripe griped gripes griping", "elaborate elaborated elaborates elaborating", "dismiss dismissed dismisses dismissing",
    "reject rejected rejects rejecting", "defend defended defends defending", "attack attacked attacks attacking", "vowed", "reply", "opine opined opines opining",
    "surmise surmised surmises", "posit posited posits positing", "hypothesize hypothesized", "theorize theorized",
  };
  private static final String[] STANCE = {
    "believe believed believes believing", "think thought thinks thinking", "feel felt feels feeling",
    "hope hoped hopes hoping", "fear feared fears fearing", "expect expected expects expecting",
    "know knew knows knowing known", "worry worried worries worrying", "want wanted wants wanting",
    "wonder wondered wonders wondering", "doubt doubted doubts doubting", "agree agreed agrees agreeing",
    "acknowledge acknowledged", "recognize recognized recognizes recognizing", "learn learned learnt learns",
  };

  private static final java.util.Set<String> CORE = java.util.Set.of((
      "blame talk bark snap growl roar gush rave grumble mutter whine fume rant gripe elaborate read sing dismiss reject defend attack put say tell add write ask note tweet argue explain declare state insist acknowledge warn claim continue recall "
      + "respond reply conclude complain admit predict promise contend observe remark comment joke quip concede "
      + "assert stress emphasize emphasise confirm deny reveal testify exclaim shout yell boast vow pledge caution "
      + "retort counter repeat reiterate announce post muse lament recount proclaim tout brag mock chide report "
      + "suggest speculate allege assure inform urge call describe label brand dub blast slam accuse charge demand "
      + "praise criticize criticise characterize characterise agree concur question plead beg scream cry murmur "
      + "sneer scoff thunder chant preach instruct advise threaten opine").split(" "));

  private static final Map<String, String> SPEECH_FORMS = forms(SPEECH);
  private static final Map<String, String> STANCE_FORMS = forms(STANCE);

  private SpeechVerbs() {}

  private static Map<String, String> forms(String[] groups) {
    Map<String, String> m = new HashMap<>();
    for (String g : groups) {
      String[] w = g.split(" ");
      for (String f : w) m.putIfAbsent(f, w[0]);
    }
    return Map.copyOf(m);
  }

  /** The lemma of a speech verb form ("said" gives "say"), or null. */
  public static String speechLemma(String word) {
    return SPEECH_FORMS.get(word.toLowerCase(Locale.ROOT));
  }

  /** The lemma of a stance verb form ("believes" gives "believe"), or null. */
  public static String stanceLemma(String word) {
    return STANCE_FORMS.get(word.toLowerCase(Locale.ROOT));
  }

  /** Verbs that reliably introduce quoted words (speech, and naming: "called it a ..."). */
  public static boolean isCoreSpeech(String lemma) {
    return lemma != null && CORE.contains(lemma);
  }
}
