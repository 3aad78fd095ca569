package dev.newsfacts.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.model.Dateline;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelineParserTest {
  private static Dateline parse(String text, LocalDate reference) {
    return DatelineParser.parse(text, 0, text.length(), reference);
  }

  @Test
  void readsAnApDatelineAndRecasesThePlace() {
    Dateline d = parse("MEXICO CITY (AP) — Officials met on Thursday.", null);
    assertEquals("Mexico City", d.location());
    assertEquals("AP", d.agency());
    assertNull(d.date());
    assertEquals("MEXICO CITY (AP) —".length(), d.end());
  }

  @Test
  void aNameInOrdinaryCaseBeforeADashIsNoDateline() {
    assertNull(parse("Washington — not Ottawa — will host the talks.", null));
  }

  @Test
  void completesAReutersDateWithTheReferenceYear() {
    Dateline d = parse("WASHINGTON, Oct 5 (Reuters) - The Senate voted.", LocalDate.of(2023, 10, 6));
    assertEquals("Washington", d.location());
    assertEquals("Reuters", d.agency());
    assertEquals("2023-10-05", d.date());
  }

  @Test
  void takesAgencyAndDateFromInsideTheBrackets() {
    Dateline d = parse("Mexico City, (APP - UrduPoint / Pakistan Point News - 5th Oct, 2023) Senior officials met.", null);
    assertEquals("Mexico City", d.location());
    assertEquals("APP - UrduPoint / Pakistan Point News", d.agency());
    assertEquals("2023-10-05", d.date());
  }

  @Test
  void keepsTheStateOfAnAmericanDateline() {
    assertEquals("El Paso, Texas", parse("EL PASO, Texas (AP) — Trains stopped.", null).location());
  }

  @Test
  void findsNoDatelineInAnOrdinaryOpeningSentence() {
    assertNull(parse("The Senate (the upper chamber) voted on Tuesday to adjourn.", null));
  }

  @Test
  void readsANewspaperDatelineWithoutAnAgency() {
    Dateline d = parse("OTTAWA — The federal government will spend $2.4 billion.", null);
    assertEquals("Ottawa", d.location());
    assertNull(d.agency());
    assertEquals("OTTAWA —".length(), d.end());
  }

  @Test
  void readsANewspaperDatelineWithAProvinceAndADate() {
    Dateline d = parse("ST. JOHN'S, N.L., Dec. 4 -- Ferry service resumed on Friday.", LocalDate.of(2026, 12, 5));
    assertEquals("St. John's, N.L.", d.location());
    assertEquals("2026-12-04", d.date());
  }

  @Test
  void findsNoDatelineInAnAcronymOpeningASentence() {
    assertNull(parse("NATO - the alliance - met on Tuesday.", null));
    assertNull(parse("A spokesman — who asked not to be named — said the talks failed.", null));
  }

  @Test
  void findsNoDatelineInAStoryLabel() {
    assertNull(parse("EXCLUSIVE – Voting machines cannot be trusted, the adviser said.", null));
  }

  @Test
  void findsNoDatelineInANameJoinedToItsTextByADash() {
    assertNull(parse("SIEGEL--Jerome Arthur, 98, of Mamaroneck, died on Monday.", null));
  }

  @Test
  void readsAPlaceInCapitalsBeforeAColon() {
    Dateline d = parse("NEW DELHI: India's economy grew 7.4 per cent in the quarter.", null);
    assertEquals("New Delhi", d.location());
    assertNull(d.agency());
  }

  @Test
  void readsAPlaceBeforeAColonWhenTheSentenceOpensWithANameAndItsShortForm() {
    Dateline d = parse("KUALA LUMPUR: Bank Negara Malaysia (BNM) kept the overnight policy rate at 2.75 per cent yesterday.", null);
    assertEquals("Kuala Lumpur", d.location());
  }

  @Test
  void readsAPlaceBeforeAColonWhenATitleAndANameOpenTheSentence() {
    Dateline d = parse("ISLAMABAD: Prime Minister Shehbaz Sharif said on Monday the budget would cut the deficit.", null);
    assertEquals("Islamabad", d.location());
  }

  @Test
  void aLabelBeforeAColonIsNoDateline() {
    assertNull(parse("EXCLUSIVE: The minister resigned.", null));
  }

  @Test
  void capitalsBeforeAColonAndAHeadlineAreALabel() {
    assertNull(parse("BUSTED: Emails Reveal Aide And Reporter Caught Coordinating Their Stories Before The Debate.", null));
  }

  @Test
  void readsAnAgencyThatWritesItsLettersInLowerCase() {
    Dateline d = parse("BERLIN, Nov 24 (dpa) - Train drivers called a strike.", LocalDate.of(2026, 11, 24));
    assertEquals("dpa", d.agency());
    assertEquals("Berlin", d.location());
  }
}
