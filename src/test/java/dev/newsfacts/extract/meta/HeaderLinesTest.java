package dev.newsfacts.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HeaderLinesTest {
  @Test
  void aDatedBylineGivesItsDate() {
    assertEquals(LocalDate.of(2026, 11, 23), HeaderLines.date("By Mirela Popescu | November 23, 2026"));
  }

  @Test
  void aBylineWithAnAgencyAndADashGivesItsDate() {
    assertEquals(LocalDate.of(2025, 4, 2), HeaderLines.date("By Tom Hale and Ruth Mbeki, Reuters — 2 April 2025"));
  }

  @Test
  void aDateLineWithItsWeekdayAndTimeGivesItsDate() {
    assertEquals(LocalDate.of(2024, 6, 9), HeaderLines.date("Sunday, June 9, 2024, 3:10 p.m. EDT"));
  }

  @Test
  void anUpdatedLineWithTheTimeFirstGivesItsDate() {
    assertEquals(LocalDate.of(2023, 1, 17), HeaderLines.date("Updated 09:45 GMT, 17 Jan. 2023"));
  }

  @Test
  void aBylineWithoutADateIsAHeaderLineWithNoDate() {
    assertTrue(HeaderLines.isHeaderLine("By Ana Reyes"));
    assertNull(HeaderLines.date("By Ana Reyes"));
  }

  @Test
  void aSentenceThatEndsWithADateIsNoHeaderLine() {
    assertFalse(HeaderLines.isHeaderLine("The council will vote on the plan on March 3, 2025"));
    assertNull(HeaderLines.date("The council will vote on the plan on March 3, 2025"));
  }

  @Test
  void aSentenceOpenedByByIsNoHeaderLine() {
    assertFalse(HeaderLines.isHeaderLine("By Friday, 40 families had left the valley, officials said on March 3, 2025."));
  }
}
