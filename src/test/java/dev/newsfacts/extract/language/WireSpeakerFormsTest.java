package dev.newsfacts.extract.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.model.QuoteKind;
import org.junit.jupiter.api.Test;

/**
 * Speaker forms of French, German and Spanish wire copy beyond the plain "said X": organisations with
 * their article, people in apposition after an organisation, unnamed spokespeople, quotes carried on
 * into the next paragraph, fragments that follow a cued one, "Pour X," and lone names with an age.
 */
class WireSpeakerFormsTest {
  private static final Profiled FR = Profiled.of("""
      LYON, 3 juin 2024 (AFP) — La ville a annoncé lundi la fermeture de deux piscines municipales pour travaux.

      L'Union des commerçants du centre (UCC) a dénoncé « une décision brutale » et « un mauvais signal » pour le quartier.

      Pour le conseiller municipal écologiste Julien Morel, cette fermeture est « une erreur ».

      L'adjoint aux sports, Nicolas Perrin, a visité le chantier mardi. « Les bassins ont quarante ans. Il fallait agir.

      « Nous rouvrirons avant l'été prochain », a assuré l'élu.

      Une riveraine, Samia, 41 ans, attend la réouverture. « Mes enfants nagent ici chaque semaine », dit-elle.
      """);

  private static final Profiled DE = Profiled.of("""
      HAMBURG, 4. Juni 2024 (dpa) - Der Hamburger Hafen hat im ersten Quartal weniger Container umgeschlagen.

      „Die Lage bleibt schwierig“, sagte der Sprecher der Hafenbehörde Hamburg Port Authority, Lars Brandt. Es brauche „schnelle und mutige Entscheidungen der Politik“.

      Ein Sprecher von Hapag-Lloyd sagte der Nachrichtenagentur Reuters, man sehe „keinen Grund zur Panik“.

      Der Zentralverband Deutscher Schiffsmakler (ZDS) warnte vor „dauerhaften Verlusten“.

      Die Sprecherin des Wirtschaftsministeriums wies die Kritik zurück: „Wir investieren so viel wie nie.“
      """);

  private static final Profiled ES = Profiled.of("""
      BILBAO, 5 de junio de 2024 (EFE) — El Ayuntamiento de Bilbao ampliará el horario del metro durante las fiestas.

      «Queremos que la gente vuelva a casa segura. Es una prioridad.

      »Habrá trenes cada diez minutos toda la noche», explicó el alcalde, Juan Mari Aburto.

      Desde la Federación de Comercio de Bizkaia (Bizkaidendak), su presidente, Álvaro Cámara, consideró que la medida es «positiva».

      Para la Asociación de Vecinos del Casco Viejo, el plan llega «tarde».
      """);

  @Test
  void aSecondShortFragmentOfTheSentenceKeepsTheSpeakerOfTheFirst() {
    assertEquals(QuoteKind.PARTIAL, FR.quote("un mauvais signal").kind());
    assertEquals(FR.speaker("une décision brutale"), FR.speaker("un mauvais signal"));
  }

  @Test
  void anOrganisationNamedWithItsArticleIsTheSpeaker() {
    assertEquals("Union des commerçants du centre", FR.speaker("une décision brutale"));
    assertEquals("Zentralverband Deutscher Schiffsmakler", DE.speaker("dauerhaften Verlusten"));
  }

  @Test
  void anOpeningPourGivesTheViewOfWhomItNames() {
    assertEquals("Julien Morel", FR.speaker("une erreur"));
    assertEquals("Asociación de Vecinos del Casco Viejo", ES.speaker("tarde"));
  }

  @Test
  void anUncuedQuoteTakesThePersonItsParagraphJustNamed() {
    assertEquals("Nicolas Perrin", FR.speaker("Les bassins ont quarante ans"));
  }

  @Test
  void aBareRoleAfterAQuoteIsTheSpeakerStillTalking() {
    assertEquals("Nicolas Perrin", FR.speaker("Nous rouvrirons"));
  }

  @Test
  void aBareRoleOfTheOtherGenderIsNotTheSpeakerStillTalking() {
    Profiled story = Profiled.of("""
        NANTES, 3 juin 2024 (AFP) — Le maire, Paul Durand, a inauguré le pont samedi. « C'est un grand jour », a-t-il dit.

        « Nous avons attendu dix ans », a ajouté la présidente.
        """);
    assertNull(story.speaker("Nous avons attendu dix ans"));
  }

  @Test
  void aLoneGivenNameWithAnAgeIsAPerson() {
    assertEquals("Samia", FR.speaker("Mes enfants nagent"));
  }

  @Test
  void aPersonInAppositionWinsOverTheOrganisationBeforeIt() {
    assertEquals("Lars Brandt", DE.speaker("Die Lage bleibt schwierig"));
  }

  @Test
  void anUncuedFragmentInReportedSpeechIsThePersonOfTheParagraph() {
    assertEquals("Lars Brandt", DE.speaker("mutige Entscheidungen"));
  }

  @Test
  void anUnnamedSpokespersonOfACompanyStaysUnnamed() {
    assertNull(DE.speaker("keinen Grund zur Panik"));
  }

  @Test
  void aDescribedSubjectBeforeAColonStaysUnnamed() {
    assertNull(DE.speaker("Wir investieren so viel wie nie"));
  }

  @Test
  void aSpanishParagraphOpeningWithTheClosingMarkCarriesTheQuoteOn() {
    assertEquals("Habrá trenes cada diez minutos toda la noche", ES.quote("Habrá trenes").text());
    assertEquals("Juan Mari Aburto", ES.speaker("Habrá trenes"));
    assertEquals("Juan Mari Aburto", ES.speaker("Queremos que la gente"));
  }

  @Test
  void aSentenceOpeningWithAPrepositionStartsNoName() {
    assertEquals("Álvaro Cámara", ES.speaker("positiva"));
  }

  private static final Profiled MORE = Profiled.of("""
      TOULOUSE, 11 avril 2024 (AFP) — Le constructeur a livré 142 avions au premier trimestre.

      La directrice de la compagnie Air Sud, Marie-Claire Vidal, s'est montrée prudente : « Nos avions arrivent en retard. »

      Le syndicat Force ouvrière a salué « une bonne nouvelle pour l'emploi ».
      """);

  @Test
  void aCompoundGivenNameMarksThePersonInApposition() {
    assertEquals("Marie-Claire Vidal", MORE.speaker("Nos avions arrivent"));
  }

  @Test
  void aPersonNamedAfterDeIsNotTheSubjectOfTheClause() {
    Profiled story = Profiled.of("""
        RENNES, 2 mai 2024 (AFP) — Le procès s'est ouvert jeudi.

        L'avocat de Jean-Paul Morin, Me Luc Renaud, a dénoncé « un dossier monté de toutes pièces ».
        """);
    assertEquals("Luc Renaud", story.speaker("un dossier monté"));
  }

  @Test
  void anOrganisationNamedAfterACommonNounIsTheSpeaker() {
    assertEquals("Force ouvrière", MORE.speaker("une bonne nouvelle"));
  }

  @Test
  void aPronounRightBeforeTheVerbWinsOverANounAfterIt() {
    Profiled story = Profiled.of("""
        KÖLN, 8. Mai 2024 (dpa) - Der Konzern streicht Stellen. Betriebsratschef Frank Sommer reagierte empört.

        Er kündigte Widerstand an: „Wir werden um jeden Arbeitsplatz kämpfen.“
        """);
    assertEquals("Frank Sommer", story.speaker("um jeden Arbeitsplatz"));
  }

  @Test
  void aDialogueInciseNamesThePersonAfterTheWholeOrganisationName() {
    Profiled story = Profiled.of("""
        GIRONA, 21 de marzo de 2024 (EFE) — Los embalses siguen bajos.

        —No es momento de relajarse —afirmó el director de la Agencia Catalana del Agua, Samuel Reyes—. El verano será duro.
        """);
    assertEquals("Samuel Reyes", story.speaker("No es momento"));
    assertEquals("El verano será duro.", story.quote("verano").text());
  }
}
