package dev.newsfacts.extract.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishMarksTest {
  @Test
  void englishMarksAreTheMarksOfTheWholeEnglishProfile() {
    List<MarkPair> marks = LanguageProfiles.englishMarks();
    assertFalse(marks.isEmpty());
    assertEquals(LanguageProfile.read(LanguageProfiles.ENGLISH).marks(), marks);
  }

  @Test
  void marksAloneOfAProfileWithDialogueDashesLeaveTheDashOut() {
    List<MarkPair> marks = LanguageProfile.marks("fr");
    assertFalse(marks.isEmpty());
    assertEquals(LanguageProfile.read("fr").marks(), marks);
  }
}
