package dev.newsfacts.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeclaredDateTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2023-10-05|2023-10-05",
      "2023-10-05T14:03:00Z|2023-10-05",
      "2023-10-05T23:30:00-05:00|2023-10-05",
      "2023-10-05 14:03:00|2023-10-05",
      "2023-10-05T14:03:00.123+0200|2023-10-05",
      "2023/10/05|2023-10-05",
      "20231005|2023-10-05",
      "'Thu, 5 Oct 2023 14:03:00 GMT'|2023-10-05",
      "'Oct. 5, 2023'|2023-10-05",
      "5 October 2023|2023-10-05"})
  void readsTheDayAsThePublisherWroteIt(String value, String expected) {
    assertEquals(LocalDate.parse(expected), DeclaredDate.parse(value));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"soon", "yesterday", "2023-02-30", "2023-13-01", "0000-00-00", "1066-10-14",
      "2023-10-05Tgarbage", "Oct 5", "1696514580", "", "   "})
  void refusesWhatIsNoDate(String value) {
    assertNull(DeclaredDate.parse(value));
  }
}
