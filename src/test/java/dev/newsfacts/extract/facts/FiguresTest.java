package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {
  private static List<Figure> find(String s) {
    return Figures.find(s, 0, s.length());
  }

  private static Figure only(String s) {
    List<Figure> f = find(s);
    assertEquals(1, f.size(), "figures in: " + s + " -> " + f);
    return f.get(0);
  }

  @Test
  void normalisesThousandsSeparators() {
    Figure f = only("a record of around 110,000 drug overdose deaths");
    assertEquals(110000, f.value());
    assertTrue(f.approximate());
    assertEquals("around 110,000", f.text());
  }

  @Test
  void multipliesScaleWords() {
    assertEquals(1_200_000, only("some 1.2 million voters").value());
    assertEquals(3_500_000_000.0, only("a loan of $3.5bn in aid").value());
  }

  @Test
  void namesTheCurrencyOfMoney() {
    assertEquals("US dollars", only("a loan of $7 billion").currency());
  }

  @Test
  void turnsPercentagesAndFractionsIntoShares() {
    assertEquals(0.42, only("42 percent of voters").value(), 1e-9);
    assertEquals(0.667, only("some two-thirds of them").value(), 1e-9);
    assertEquals(0.17, only("a 17-point lead").value(), 1e-9);
    assertTrue(only("nearly half of them").share());
  }

  @Test
  void readsSmallNumberWordsThatCountSomething() {
    Figure f = only("is pursuing three more of his sons");
    assertEquals(3, f.value());
    assertFalse(f.approximate());
  }

  @Test
  void skipsYearsDatesDurationsAndCodes() {
    assertEquals(List.of(), find("in 2006 and on Oct. 5, after two years, the COVID-19 and F-35 files"));
  }

  @Test
  void skipsNumberWordsAfterADeterminer() {
    assertEquals(List.of(), find("the two countries agreed"));
  }

  @Test
  void centsArePartsOfADollar() {
    Figure f = only("Analysts had expected earnings of 98 cents a share.");
    assertEquals(0.98, f.value(), 1e-9);
    assertEquals("US dollars", f.currency());
    assertEquals("98 cents", f.text());
  }

  @Test
  void penceArePartsOfAPound() {
    Figure f = only("A loaf now costs 45 pence more than last spring.");
    assertEquals(0.45, f.value(), 1e-9);
    assertEquals("pounds sterling", f.currency());
  }

  @Test
  void perCentIsStillAShareNotCents() {
    Figure f = only("Rents rose 12 per cent in the city.");
    assertEquals(0.12, f.value(), 1e-9);
    assertTrue(f.share());
  }
}
