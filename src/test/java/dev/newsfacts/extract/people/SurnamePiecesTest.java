package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Surname pieces the tagger does not tag as names: elided particles and hyphenated halves; and post-nominal letters. */
class SurnamePiecesTest {
  private static List<String> people(String text) {
    return PeopleOf.names(text);
  }

  @Test
  void aSurnameWithAnElidedParticleStaysWithTheGivenName() {
    assertEquals(List.of("Bernie d'Entremont"),
        people("Prices have halved since spring, said Bernie d'Entremont, who fishes out of Yarmouth."));
  }

  @Test
  void aHyphenatedSurnameTheTokenizerCutStaysWhole() {
    assertEquals(List.of("Hauwa Bello-Ibrahim"),
        people("The Minister of Education, Dr. Hauwa Bello-Ibrahim, had earlier this month said the plan would go ahead."));
  }

  @Test
  void aParticleAfterTwoNameWordsJoinsTheSurname() {
    assertEquals(List.of("Ana Ruiz de Castro"),
        people("The talks were led by Ana Ruiz de Castro, a former finance minister. Ruiz de Castro said they went well."));
  }

  @Test
  void aSeatsLettersAfterANameAreNoPartOfIt() {
    assertEquals(List.of("Darragh Moloney"),
        people("Labour's housing spokesman, Darragh Moloney TD, said the Government had lost control of rents."));
  }

  @Test
  void twoSurnamesJoinedByAHyphenAloneAreNoOneName() {
    assertEquals(List.of("Barack Obama", "Hillary Clinton"), people("Barack Obama and Hillary Clinton spoke on Monday. "
        + "Critics blamed the Obama-Clinton policies for the losses."));
  }

  @Test
  void anArticleOpeningTwoWordsMakesNoSurnameParticle() {
    assertEquals(List.of(), people("Members of Los Hijos de Trump marched on Saturday."));
  }

  @Test
  void aHyphenatedHalfCarryingThePossessiveStaysWithTheName() {
    assertEquals(List.of("Anna Tremblay-Roy"), people("Health Minister Anna Tremblay-Roy's office said it would review the case."));
  }

  @Test
  void aHyphenKeptOnTheFirstHalfBeforeAPossessiveHalfStaysInTheName() {
    assertEquals(List.of("Anna Lavoie-Bergeron"),
        people("Health Minister Anna Lavoie-Bergeron's office said in a statement that it would review the case."));
  }

  @Test
  void aLoneSurnameTakesItsHyphenatedHalfAfterAGivenNameTheTaggerMissed() {
    // tags as the tagger gives them to a given name and a surname it does not know
    AnnotatedText at = tagged("board/NOUN chair/NOUN Maelle/ADV Larrieu/ADJ -/PUNCT Grant/NOUN told/VERB");
    assertEquals(6, SurnamePieces.hyphenSpelledApart(at, 3, 4));
  }

  @Test
  void aLoneNameTakesNoHyphenatedHalfAfterALowerCaseWord() {
    AnnotatedText at = tagged("praised the Obama/PROPN -/PUNCT Clinton/PROPN years");
    assertEquals(3, SurnamePieces.hyphenSpelledApart(at, 2, 3));
  }

  /** Words and their tags ("word/TAG", untagged words are nouns); a bare hyphen is written on at no space. */
  private static AnnotatedText tagged(String words) {
    StringBuilder text = new StringBuilder();
    List<Token> toks = new java.util.ArrayList<>();
    for (String w : words.split(" ")) {
      int slash = w.lastIndexOf('/');
      String word = slash > 0 ? w.substring(0, slash) : w;
      String pos = slash > 0 ? w.substring(slash + 1) : "NOUN";
      boolean glued = word.equals("-") || !toks.isEmpty() && toks.get(toks.size() - 1).text().equals("-");
      if (text.length() > 0 && !glued) text.append(' ');
      int start = text.length();
      text.append(word);
      toks.add(new Token(toks.size(), start, text.length(), word, pos, 0, 0));
    }
    return new AnnotatedText(text.toString(), List.of(), List.of(), toks);
  }
}
