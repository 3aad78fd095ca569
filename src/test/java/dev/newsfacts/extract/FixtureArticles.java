package dev.newsfacts.extract;

/** File names of the fixture articles in src/test/resources/articles (its README says what each exercises). */
final class FixtureArticles {
  static final String BROADBAND = "broadband-plan-unlisted-names.txt";
  static final String CURLY = "council-budget-curly-quotes.txt";
  static final String MULTI = "flood-aid-multi-paragraph.txt";
  static final String STRAIGHT = "port-dredging-straight-quotes.txt";
  static final String TRIAL = "trafficking-trial-reported-speech.txt";
  static final String ROLE_NOUNS = "school-board-role-nouns.txt";
  static final String UNBALANCED = "water-main-unbalanced-marks.txt";
  static final String WORLD_NAMES = "trade-summit-world-names.txt";

  private FixtureArticles() {}
}
