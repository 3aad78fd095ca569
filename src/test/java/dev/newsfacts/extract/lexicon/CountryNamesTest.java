package dev.newsfacts.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountryNamesTest {
  @Test
  void everyIsoCountryCodeHasOneName() {
    List<String> codes = CountryNames.all().stream().map(CountryNames.Country::code).toList();
    assertEquals(Arrays.asList(java.util.Locale.getISOCountries()), codes);
  }

  @Test
  void namesAreTheEnglishOnesWithTheirAccents() {
    assertTrue(CountryNames.all().contains(new CountryNames.Country("FR", "France")));
    assertTrue(CountryNames.all().contains(new CountryNames.Country("CI", "C\u00f4te d\u2019Ivoire")));
  }
}
