package dev.newsfacts.extract.quotes;

import java.util.List;

/**
 * The order of attribution, the one place it is declared: candidates first (quotation marks,
 * then reported speech, which names its own source), then the sieves from the most precise to
 * the least. Each sieve only sees quotes that the ones before it left undecided.
 */
final class SieveOrder {
  private SieveOrder() {}

  static List<CandidateGenerator> generators() {
    return List.of(new QuotedCandidates(), new ReportedSpeech(), new HeadlineColon(), new ClaimNoun(),
        new SeemingImpression(), new KnownAsDescription());
  }

  static List<Sieve> sieves() {
    return List.of(
        new PutQuestion(),
        new PassiveNamer(),
        new PartialQuoteCue(),
        new AdjacentAttribution(
            List.of(new DashByline(), new CueAfterQuote()),
            List.of(new NameColon(), new CueBeforeQuote()),
            new IntroducingCueRanker(new NearestAttributionRanker())),
        new PastVerbAfterQuote(),
        new SentenceSubject(true),
        new ColonParagraph(),
        new SameParagraphQuote(),
        new PreviousParagraphQuote(),
        new ShortQuoteSubject(),
        new NotAQuote(),
        new ContinuedSpeaker(),
        new SentenceSubject(),
        new NearestMention(),
        // corrections, not sieves of their own: they re-source what the sieves decided
        new FreeRelativeSpeaker(),
        new PollRespondents());
  }
}
