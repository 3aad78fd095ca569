package dev.newsfacts.extract.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Copy beyond the agencies: magazine portraits, broadcasters, business papers and sports reports in
 * French, German and Spanish, with the forms of Switzerland, Austria, Quebec, Belgium and Latin America.
 */
class RegionalCopyTest {
  private static final ProfileDateline FR = new ProfileDateline(LanguageProfile.read("fr"));
  private static final ProfileDateline ES = new ProfileDateline(LanguageProfile.read("es"));
  private static final ProfileDateline DE = new ProfileDateline(LanguageProfile.read("de"));

  @Test
  void aGermanPossessiveAndANounBeforeAGivenNameAreNoPartOfTheName() {
    Profiled p = Profiled.of("""
        Die Hebamme Ute Lanz arbeitet seit 20 Jahren im Kreißsaal von Chur.

        Ihre Kollegin Nora Albrecht, die nachts Dienst hat, ist skeptisch. „Wir sind zu wenige“, sagt sie.
        """);
    assertEquals("Nora Albrecht", p.speaker("Wir sind zu wenige"));
  }

  @Test
  void aGermanTitleWordBeforeAGivenNameIsLeftOut() {
    Profiled p = Profiled.of("""
        „Der Tunnel wird im Herbst fertig“, so Landeshauptmann Gernot Pichlmayr am Dienstag in Klagenfurt.
        """);
    assertEquals("Gernot Pichlmayr", p.speaker("Der Tunnel wird"));
  }

  @Test
  void aGivenNameWeDoNotKnowStaysInASpanishNameAfterAComma() {
    Profiled p = Profiled.of("""
        «Abriremos el mercado en mayo», anunció el alcalde, Xoán Carlos Mosquera, en el pleno de Lugo.
        """);
    assertEquals("Xoán Carlos Mosquera", p.speaker("Abriremos el mercado"));
  }

  @Test
  void aTeamAfterAnArticleIsNoOneAPronounStandsFor() {
    Profiled p = Profiled.of("""
        L'entraîneur-chef des Remparts, Denis Carrier, a parlé après l'entraînement. Son équipe affrontera les Olympiques de Gatineau vendredi.

        « Mes joueurs sont prêts », a-t-il dit.
        """);
    assertEquals("Denis Carrier", p.speaker("Mes joueurs sont prêts"));
  }

  @Test
  void aRoleNamedByTheFirstPartOfAHyphenatedRoleIsThatPerson() {
    Profiled p = Profiled.of("""
        L'entraîneur-chef des Remparts, Denis Carrier, a refusé de parler de crise. Le gardien Luc Pageau était absent.

        « On va se relever », a insisté l'entraîneur.
        """);
    assertEquals("Denis Carrier", p.speaker("On va se relever"));
  }

  @Test
  void aPlaceAfterEnIsNoOneAnUncuedQuoteStandsFor() {
    Profiled p = Profiled.of("""
        —Llegué sin nada —cuenta Marta Quiroga—. Hoy tengo dos tiendas.

        Nació en San Miguel de Tucumán. «Mi abuela me enseñó a vender».
        """);
    assertEquals("Marta Quiroga", p.speaker("Mi abuela me"));
  }

  @Test
  void aNameInsideQuotedWordsIsNeverThePronounsPerson() {
    Profiled p = Profiled.of("""
        Son agente, Claire Vasseur, se souvient d'une lettre « signée Jean Valjean ». « J'ai cru à une blague, avoue-t-elle. Puis j'ai lu. »
        """);
    assertEquals("Claire Vasseur", p.speaker("J'ai cru à une blague"));
  }

  @Test
  void aDialogueIncisWithOnlyItsVerbTakesThePersonTheArticleIsAbout() {
    Profiled p = Profiled.of("""
        Lucía Ferreyra dirige desde 2019 el único teatro de títeres de Salta.

        —Al principio venían diez personas por función —recuerda—. Ahora llenamos la sala.
        """);
    assertEquals("Lucía Ferreyra", p.speaker("Al principio venían"));
    assertEquals("Lucía Ferreyra", p.speaker("Ahora llenamos"));
  }

  @Test
  void aPronounAfterAParagraphThatIntroducesSomeoneIsThatPerson() {
    Profiled p = Profiled.of("""
        « Nous avons mal joué », a lancé l'entraîneur, Marc Dupuis, après la rencontre.

        Le défenseur Paul Girard n'a pas cherché d'excuses.

        — J'ai raté mon match, a-t-il admis.
        """);
    assertEquals("Paul Girard", p.speaker("J'ai raté mon match"));
  }

  @Test
  void theHearerBetweenVerbAndSpeakerIsSkipped() {
    Profiled p = Profiled.of("""
        “No hay agua desde enero”, dijo a la radio Caracol Stereo la concejala Rosa Iguarán.
        """);
    assertEquals("Rosa Iguarán", p.speaker("No hay agua"));
  }

  @Test
  void faitValoirIsASpeechVerb() {
    Profiled p = Profiled.of("""
        La ministre de la Culture, Hélène Roy, a visité le musée jeudi.

        « Ce musée appartient à tous les Québécois », a fait valoir la ministre.
        """);
    assertEquals("Hélène Roy", p.speaker("Ce musée appartient"));
  }

  @Test
  void anInvertedVerbAfterACommaHasItsSubjectAfterIt() {
    Profiled p = Profiled.of("""
        Der Konzern spart, sagte Vorstandschef Holger Brandt am Montag. Das Werk habe seit Jahren Verluste geschrieben, sagte der Manager. Ohne Umbau sei es „nicht zu halten“.
        """);
    assertEquals("Holger Brandt", p.speaker("nicht zu halten"));
  }

  @Test
  void aRoleAfterASpeechVerbDescribesNoCapitalisedNounsBeforeTheComma() {
    Profiled p = Profiled.of("""
        Die Reederei verkauft zwei Schiffe. Das kündigte Vorstandschef Holger Brandt am Montag in Kiel an. Die Werft mache seit Jahren Verluste, sagte der Manager. Ohne Verkauf sei sie „nicht zu retten“.
        """);
    assertEquals("Holger Brandt", p.speaker("nicht zu retten"));
  }

  @Test
  void aCueAfterWordsOfItsOwnLaterInTheSentenceNamesTheSpeaker() {
    Profiled p = Profiled.of("""
        Die erste Halbzeit sei „zu langsam“ gewesen, räumte Trainer Jonas Berger ein.
        """);
    assertEquals("Jonas Berger", p.speaker("zu langsam"));
  }

  @Test
  void anOpinionOpenerReachesTheNameInApposition() {
    Profiled p = Profiled.of("""
        Pour la cheffe de groupe Ecolo, Sarah Lenoir, « la commune abandonne ses quartiers ».
        """);
    assertEquals("Sarah Lenoir", p.speaker("la commune abandonne"));
  }

  @Test
  void aLoneSurnameAfterARoleBeforeAColonIsTheFullName() {
    Profiled p = Profiled.of("""
        Das Siegtor schoss Lukas Hofer in der 88. Minute.

        Torschütze Hofer blieb bescheiden: „Das war ein Geschenk der Mannschaft.“
        """);
    assertEquals("Lukas Hofer", p.speaker("Geschenk der Mannschaft"));
  }

  @Test
  void anAcronymWithALowerCaseWordAfterItIsTheOrganisation() {
    Profiled p = Profiled.of("""
        El BNG local calificó el plan de «una chapuza sin consulta previa» y pidió su retirada.
        """);
    assertEquals("BNG", p.speaker("una chapuza"));
  }

  @Test
  void aGermanCompoundOpeningWithAnAcronymIsTheOrganisation() {
    Profiled p = Profiled.of("""
        „Die Stadt hat zu lange gewartet“, teilte die FDP-Fraktion mit.
        """);
    assertEquals("FDP-Fraktion", p.speaker("zu lange gewartet"));
  }

  @Test
  void aCountryAfterThePlaceIsLeftOutOfTheLocation() {
    String text = "GUADALAJARA, México, 4 de marzo de 2024 (Reuters) - Texto.";
    var d = ES.parse(text, 0, text.length(), null);
    assertEquals("Guadalajara", d.location());
    assertEquals("2024-03-04", d.date());
  }

  @Test
  void aQuebecPlaceWithItsProvinceAndADashIsADateline() {
    String text = "SHERBROOKE, Qc — Le conseil municipal a voté.";
    var d = FR.parse(text, 0, text.length(), null);
    assertEquals("Sherbrooke", d.location());
    assertNull(d.agency());
  }

  @Test
  void aGermanDailysPlaceAndFullStopBeforeAnArticleIsADateline() {
    String text = "Stuttgart. Der Autobauer streicht Stellen.";
    assertEquals("Stuttgart", DE.parse(text, 0, text.length(), null).location());
  }

  @Test
  void aPlaceAndFullStopBeforeAnythingButAnArticleIsNoDateline() {
    String text = "Warnstreik. Heute fahren keine Busse.";
    assertNull(DE.parse(text, 0, text.length(), null));
  }

  @Test
  void aPlaceAndFullStopIsNoDatelineInFrench() {
    String text = "Rennes. Le conseil a voté.";
    assertNull(FR.parse(text, 0, text.length(), null));
  }
}
