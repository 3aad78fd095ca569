package dev.newsfacts.extract.meta;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClearlyEnglishTest {
  private static final ClearlyEnglish CHECK = ClearlyEnglish.load();

  @ParameterizedTest
  @ValueSource(strings = {
      "The county council voted on Thursday to close the old library on Mill Street, saying the building had"
          + " become too costly to heat. Residents who packed the meeting said they would take the fight to court.",
      "MAPLETON, Ore. (AP) - Firefighters from three counties spent the night protecting homes along the coast"
          + " highway after a brush fire jumped a ridge, officials told reporters early Saturday.",
      "Maria de la Cruz, who runs a bakery near the harbour, said sales had fallen by a third since the bridge"
          + " closed in March and that she was not sure the shop would survive the winter."})
  void acceptsEnglishNewsOpenings(String text) {
    assertTrue(CHECK.test(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Le conseil municipal a voté jeudi la fermeture de la vieille bibliothèque de la rue du Moulin, estimant"
          + " que le bâtiment coûtait trop cher à chauffer. Les habitants ont dit qu'ils iraient en justice.",
      "Der Gemeinderat hat am Donnerstag beschlossen, die alte Bibliothek in der Mühlenstraße zu schließen,"
          + " weil das Gebäude zu teuer zu heizen sei. Die Anwohner wollen nun vor Gericht ziehen.",
      "El ayuntamiento votó el jueves cerrar la vieja biblioteca de la calle del Molino, porque el edificio"
          + " era demasiado caro de calentar. Los vecinos dijeron que irán a los tribunales.",
      "De gemeenteraad heeft donderdag besloten de oude bibliotheek in de Molenstraat te sluiten, omdat het"
          + " gebouw te duur is om te verwarmen. De bewoners zeggen dat ze naar de rechter stappen.",
      "Il consiglio comunale ha votato giovedì la chiusura della vecchia biblioteca di via del Mulino, perché"
          + " l'edificio costava troppo da riscaldare. Gli abitanti hanno detto che andranno in tribunale."})
  void leavesOtherLanguagesToTheDetector(String text) {
    assertFalse(CHECK.test(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"The mayor said no.", "Совет города проголосовал в четверг за закрытие старой библиотеки на"
      + " Мельничной улице, посчитав здание слишком дорогим для отопления."})
  void leavesShortOrNonLatinTextToTheDetector(String text) {
    assertFalse(CHECK.test(text));
  }
}
