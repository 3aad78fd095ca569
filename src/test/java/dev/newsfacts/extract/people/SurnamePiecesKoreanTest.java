package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A Korean given name whose hyphen the tokenizer kept on its first half stays whole. */
class SurnamePiecesKoreanTest {
  @Test
  void theSecondSyllableAfterAHyphenKeptOnTheFirstHalfIsTheNames() {
    assertEquals(List.of("Lee Jae-myung"),
        PeopleOf.names("South Korean President Lee Jae-myung spoke with reporters by phone."));
  }
}
