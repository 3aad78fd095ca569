package dev.newsfacts.extract;

import static dev.newsfacts.extract.FixtureArticles.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.Resolution;
import dev.newsfacts.model.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who said it: explicit attributions, pronouns, follow-on paragraphs and unnamed sources. */
class SpeakerTest {

  @Test
  void namesTheSpeakerOfSaidX() {
    ExtractedArticle a = ExtractedArticle.of(STRAIGHT);
    Quote q = a.marked("We cannot keep turning away the largest ships");
    assertEquals("Marcus Delacroix", q.speaker().name());
    assertEquals(Resolution.EXPLICIT, q.speaker().resolution());
    a.assertMentionNames(q, "Marcus Delacroix", "said Marcus Delacroix");
    assertEquals("said", q.cue().text());
  }

  @Test
  void namesTheSpeakerOfXSaid() {
    ExtractedArticle a = ExtractedArticle.of(STRAIGHT);
    Quote q = a.marked("The plan ignores the salt marsh entirely");
    assertEquals("Nadia Oyelaran", q.speaker().name());
    a.assertMentionNames(q, "Nadia Oyelaran", "Nadia Oyelaran said");
  }

  @Test
  void namesThePersonRatherThanTheRoleInXCommaASpokesmanCommaSaid() {
    ExtractedArticle a = ExtractedArticle.of(STRAIGHT);
    Quote q = a.marked("Nobody from the authority has walked these wetlands");
    assertEquals("Thomas Whitfield", q.speaker().name());
    a.assertMentionNames(q, "Thomas Whitfield", "Thomas Whitfield, a spokesman");
  }

  @Test
  void givesTheFullestNameWhenTheTextUsesTheSurname() {
    ExtractedArticle a = ExtractedArticle.of(STRAIGHT);
    Quote q = a.marked("The channel is too shallow at low tide");
    assertEquals("Marcus Delacroix", q.speaker().name());
    a.assertMentionNames(q, "Delacroix", "Delacroix said, \"and");
  }

  @Test
  void givesBothPiecesOfASplitQuoteTheSameSpeaker() {
    ExtractedArticle a = ExtractedArticle.of(STRAIGHT);
    assertEquals("Marcus Delacroix", a.marked("and the ships are not getting any smaller").speaker().name());
  }

  @Test
  void continuesTheSpeakerForASecondQuoteInTheSameParagraph() {
    ExtractedArticle a = ExtractedArticle.of(STRAIGHT);
    Speaker s = a.marked("Every month we wait").speaker();
    assertEquals("Marcus Delacroix", s.name());
    assertNotEquals(Resolution.NONE, s.resolution());
  }

  @Test
  void leavesTheTitleOutOfTheSpeakerName() {
    ExtractedArticle a = ExtractedArticle.of(CURLY);
    Quote q = a.marked("This budget keeps every branch library open");
    assertEquals("Grace Romero", q.speaker().name());
    a.assertMentionNames(q, "Grace Romero", "Councilwoman Grace Romero");
  }

  @Test
  void leavesALeadingRoleNounOutOfTheNameOfSomeoneWhoIsNotAnOfficial() {
    ExtractedArticle a = ExtractedArticle.of(ROLE_NOUNS);
    Quote q = a.marked("a decision made for a spreadsheet");
    assertEquals("Tobias Lindqvist", q.speaker().name());
    a.assertMentionNames(q, "Tobias Lindqvist", "Parent Tobias Lindqvist");
  }

  @Test
  void leavesASuperintendentsTitleOutOfHerNameInReportedSpeech() {
    ExtractedArticle a = ExtractedArticle.of(ROLE_NOUNS);
    assertEquals("Rosalind Ferreira", a.reported("would save about").speaker().name());
  }

  @Test
  void leavesATeachersRoleNounOutOfTheNameThatSheResolvesTo() {
    ExtractedArticle a = ExtractedArticle.of(ROLE_NOUNS);
    assertEquals("Mireille Okonkwo", a.marked("Nobody was surprised").speaker().name());
  }

  @Test
  void resolvesSheToTheWomanWhenAManWasNamedMoreRecently() {
    ExtractedArticle a = ExtractedArticle.of(CURLY);
    Quote q = a.marked("We owe the libraries this much");
    assertEquals("Grace Romero", q.speaker().name());
    assertEquals(Resolution.PRONOUN, q.speaker().resolution());
    a.assertMentionNames(q, "she", "this much,” she said");
  }

  @Test
  void resolvesHeToTheMostRecentlyNamedMan() {
    ExtractedArticle a = ExtractedArticle.of(CURLY);
    Quote q = a.marked("Nobody on the council got everything");
    assertEquals("Daniel Okafor", q.speaker().name());
    assertEquals(Resolution.PRONOUN, q.speaker().resolution());
    a.assertMentionNames(q, "he", "everything,” he said");
  }

  @Test
  void givesAFollowOnParagraphTheSpeakerOfTheQuoteBefore() {
    ExtractedArticle a = ExtractedArticle.of(MULTI);
    Speaker s = a.marked("We ask our neighbors for patience").speaker();
    assertEquals("Helen Valdivia", s.name());
    assertNotEquals(Resolution.NONE, s.resolution());
  }

  @Test
  void describesAnUnnamedSourceWithoutInventingAName() {
    ExtractedArticle a = ExtractedArticle.of(MULTI);
    Quote q = a.marked("The damage to roads and bridges is extensive");
    assertNull(q.speaker().name());
    assertNotNull(q.speaker().description());
    assertTrue(q.speaker().description().contains("spokesman"), q.speaker().description());
    a.assertMentionNames(q, "spokesman", "the spokesman told");
    assertEquals("told", q.cue().text());
  }

  @Test
  void keepsTheUnnamedSourceForEveryParagraphOfItsQuote() {
    ExtractedArticle a = ExtractedArticle.of(MULTI);
    for (String words : List.of("We are coordinating", "This is a first tranche")) {
      Speaker s = a.marked(words).speaker();
      assertNull(s.name(), words);
      assertTrue(s.description() != null && s.description().contains("spokesman"), words + ": " + s);
    }
  }

  @Test
  void linksANamedSpeakerToItsPersonEntity() {
    ExtractedArticle a = ExtractedArticle.of(STRAIGHT);
    Quote q = a.marked("The channel is too shallow at low tide");
    Entity e = a.entity(q.speaker().entityId());
    assertEquals("Marcus Delacroix", e.name());
    assertEquals(EntityType.PERSON, e.type());
    assertTrue(e.mentions().contains(q.speaker().mention()), "the entity lists the mention " + q.speaker().mention());
  }

  @Test
  void groupsTheSurnameWithTheFullNameInOneEntity() {
    ExtractedArticle a = ExtractedArticle.of(STRAIGHT);
    List<Entity> delacroix = a.doc().entities().stream().filter(e -> e.name().contains("Delacroix")).toList();
    assertEquals(1, delacroix.size(), delacroix.toString());
    assertTrue(delacroix.get(0).aliases().contains("Delacroix"), delacroix.toString());
  }

  @Test
  void findsTheSpeakerNamedAfterAnUnclosedQuote() {
    ExtractedArticle a = ExtractedArticle.of(UNBALANCED);
    Quote q = a.marked("We called in March");
    assertEquals("Walter Pruitt", q.speaker().name(), a.describe());
  }

  @Test
  void namesTheSpeakerOfAQuoteAfterATitleHeavyIntroduction() {
    ExtractedArticle a = ExtractedArticle.of(TRIAL);
    Quote q = a.marked("My client is a businessman");
    assertEquals("Paul Brennan", q.speaker().name());
    a.assertMentionNames(q, "Brennan", "kingpin,\" Brennan");
  }

  @Test
  void resolvesHeToTheMostRecentPersonWhenNoGivenNameIsKnown() {
    ExtractedArticle a = ExtractedArticle.of(BROADBAND);
    Quote q = a.reported("the first contracts would be signed in May");
    assertEquals("Cathal Brennan", q.speaker().name(), a.describe());
    a.assertMentionNames(q, "He", "He said the first contracts");
  }

  @Test
  void givesTheFullestNameForASurnameWhoseGivenNameIsInNoList() {
    ExtractedArticle a = ExtractedArticle.of(BROADBAND);
    Quote q = a.marked("We have been promised this before");
    assertEquals("Siobhan Kerrigan", q.speaker().name());
    a.assertMentionNames(q, "Kerrigan", "Kerrigan said");
  }

  @Test
  void linksASpeakerWhoseGivenNameIsInNoListToAPersonEntity() {
    ExtractedArticle a = ExtractedArticle.of(BROADBAND);
    Quote q = a.marked("A farm without broadband");
    assertEquals("Siobhan Kerrigan", q.speaker().name());
    assertNotNull(q.speaker().entityId(), "a named speaker is one of the article's people: " + a.doc().entities());
  }
}
