package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A given name and a hyphenated surname the tokenizer split around a bare hyphen, and when they name a person. */
class HyphenatedSurnamesTest {
  @Test
  void aHyphenatedSurnameAfterATitleStaysWhole() {
    assertEquals(List.of("Comfort Asante-Mensah"),
        PeopleOf.names("Justice Comfort Asante-Mensah, sitting in Accra, ordered the refunds."));
  }

  @Test
  void aHyphenatedSurnameInAnAppositionNamesAPersonWithAnUnlistedGivenName() {
    assertEquals(List.of("Yaw Darko-Mensah"),
        PeopleOf.names("The group's chairman, Yaw Darko-Mensah, told reporters the ruling was a win for customers."));
  }

  @Test
  void aKoreanGivenNameWithAHyphenFollowsTheFamilyName() {
    assertEquals(List.of("Yoon Hae-jin"),
        PeopleOf.names("Yoon Hae-jin, a pediatrician in Seoul, said clinics were full."));
  }

  @Test
  void aPlaceWithAHyphenIsNoPerson() {
    assertEquals(List.of(), PeopleOf.names("Exports from Guinea-Bissau, officials said, fell sharply."));
  }

  @Test
  void aLowerCaseWordAfterAPlaceAndHyphenIsNoName() {
    assertEquals(List.of("Mary Smith"),
        PeopleOf.names("The New York-based firm was sold, Mary Smith said."));
  }

  @Test
  void aPossessiveAfterTheSecondHalfKeepsTheSurnameWhole() {
    assertEquals(List.of("Sylvie Gagnon-Roy"),
        PeopleOf.names("Education Minister Sylvie Gagnon-Roy's office said in a statement that funding was fair."));
  }
}
