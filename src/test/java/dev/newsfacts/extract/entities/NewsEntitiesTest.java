package dev.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.SchemaAssert;
import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import dev.newsfacts.model.TextSpan;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Entities on news copy the first rules missed: later mentions, possessives, names without head words. */
class NewsEntitiesTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  static ResultDocument run(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    Outcome o = extractor.extract(new ArticleInput(b, SourceRef.local("t.txt", b.length, "text/plain")));
    ResultDocument doc = ((Outcome.Success) o).result();
    SchemaAssert.assertValidRecord(doc);
    return doc;
  }

  static Entity entity(ResultDocument doc, String name, EntityType type) {
    for (Entity e : doc.entities()) if (e.name().equals(name) && e.type() == type) return e;
    return null;
  }

  static String entityAt(ResultDocument doc, String text, String words) {
    int at = text.indexOf(words);
    for (Entity e : doc.entities()) {
      for (TextSpan m : e.mentions()) if (m.start() == at && m.end() == at + words.length()) return e.type() + ":" + e.name();
    }
    return null;
  }

  /** That the words, at their first place in {@code text}, are a mention of the expected entity ("TYPE:name"). */
  static void assertEntity(String expected, String text, String words) {
    ResultDocument doc = run(text);
    assertEquals(expected, entityAt(doc, text, words), doc.entities().toString());
  }

  @Test
  void aSurnameWithAPossessiveIsAMentionOfThePersonWithoutTheApostrophe() {
    String text = "Senator Ruth Calloway spoke in Denver on Monday.\n\nCalloway’s campaign said the tour would go on.";
    ResultDocument doc = run(text);
    Entity ruth = entity(doc, "Ruth Calloway", EntityType.PERSON);
    assertNotNull(ruth, doc.entities().toString());
    assertEquals(2, ruth.mentions().size(), ruth.mentions().toString());
    assertEquals("Calloway", ruth.mentions().get(1).text());
    assertEquals(text.indexOf("Calloway’s") + "Calloway".length(), ruth.mentions().get(1).end());
  }

  @Test
  void aFullNameWithAPossessiveIsFoundAgainLater() {
    String text = "Donald Trump spoke in Ohio.\n\nVoters weighed Donald Trump’s tweets on Friday.";
    ResultDocument doc = run(text);
    Entity trump = entity(doc, "Donald Trump", EntityType.PERSON);
    assertNotNull(trump);
    assertTrue(trump.mentions().stream().anyMatch(m -> m.start() == text.lastIndexOf("Donald Trump")),
        trump.mentions().toString());
  }

  @Test
  void aSurnameInsideALongerNameIsNotThePerson() {
    String text = "Donald Trump spoke in Ohio.\n\nHe later flew back to Trump Tower in New York.";
    ResultDocument doc = run(text);
    Entity trump = entity(doc, "Donald Trump", EntityType.PERSON);
    assertEquals(1, trump.mentions().size(), trump.mentions().toString());
  }

  @Test
  void aMemberOfParliamentTitleIsATitleNotPartOfTheName() {
    ResultDocument doc = run("Conservative MP Daniel Okafor said the money was too little, too late.");
    Entity okafor = entity(doc, "Daniel Okafor", EntityType.PERSON);
    assertNotNull(okafor, doc.entities().toString());
    assertTrue(okafor.titles().contains("MP"), okafor.titles().toString());
  }

  @Test
  void aMiddleNameThatIsAlsoATitleStaysInTheName() {
    ResultDocument doc = run("Marcus Dean Whitley, 34, appeared briefly in Denver District Court on Friday.");
    assertNotNull(entity(doc, "Marcus Dean Whitley", EntityType.PERSON), doc.entities().toString());
  }

  @Test
  void aPersonWithAGivenNameFromTheLargerListIsAPerson() {
    ResultDocument doc = run("Rents rose again in March.\n\n\"The labor market is cooling,\" said Priya Raman, an economist.");
    assertNotNull(entity(doc, "Priya Raman", EntityType.PERSON), doc.entities().toString());
  }

  @Test
  void namesWithoutAHeadWordAreOrganisationsFromTheList() {
    String text = "An oil spill is larger than reported, Greenpeace said, citing images published by Reuters.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:Greenpeace", entityAt(doc, text, "Greenpeace"));
    assertEquals("ORGANIZATION:Reuters", entityAt(doc, text, "Reuters"));
  }

  @Test
  void aStateAbbreviationAfterATownIsThatState() {
    String text = "The attacks hit hospitals in Tulsa, Okla., and in Springfield, Mo., the agency said.";
    ResultDocument doc = run(text);
    assertEquals("LOCATION:Oklahoma", entityAt(doc, text, "Okla."));
    assertEquals("LOCATION:Missouri", entityAt(doc, text, "Mo."));
  }

  @Test
  void everyNamedQuotedSpeakerIsAPersonEntityTheQuotePointsTo() {
    String text = "Floods closed the coastal road on Monday.\n\n"
        + "\"We have never seen water this high,\" said Xochitl Quispe, who runs a fishing cooperative.";
    ResultDocument doc = run(text);
    dev.newsfacts.model.Quote q = doc.quotes().get(0);
    assertEquals("Xochitl Quispe", q.speaker().name());
    Entity xochitl = entity(doc, "Xochitl Quispe", EntityType.PERSON);
    assertNotNull(xochitl, doc.entities().toString());
    assertEquals(xochitl.id(), q.speaker().entityId());
  }

  @Test
  void aLawmakersPartyAndStateNameTheState() {
    String text = "The bill passed, said Rep. Angela Marsh (D-Ohio), who backed it.";
    ResultDocument doc = run(text);
    assertEquals("LOCATION:Ohio", entityAt(doc, text, "Ohio"));
  }

  @Test
  void theWordsAfterADepartmentOfAreTheDepartmentsNameNotAPerson() {
    String text = "The Maricopa County Department of Public Health confirmed 112 deaths.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:Maricopa County Department of Public Health",
        entityAt(doc, text, "Maricopa County Department of Public Health"), doc.entities().toString());
  }

  @Test
  void aDatelineNamesItsStateAndAKnownAgency() {
    String text = "FRESNO, Calif. (Reuters) - The school board voted on Wednesday to test a four-day week.";
    ResultDocument doc = run(text);
    assertEquals("LOCATION:California", entityAt(doc, text, "Calif."), doc.entities().toString());
    assertEquals("ORGANIZATION:Reuters", entityAt(doc, text, "Reuters"), doc.entities().toString());
  }

  @Test
  void aTownFromTheGazetteerIsAPlace() {
    String text = "Holt told supporters in Dayton that farms near Utrecht and Toledo had done well.";
    ResultDocument doc = run(text);
    assertEquals("LOCATION:Dayton", entityAt(doc, text, "Dayton"), doc.entities().toString());
    assertEquals("LOCATION:Utrecht", entityAt(doc, text, "Utrecht"), doc.entities().toString());
  }
}
