package dev.newsfacts.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.EventFact;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.RoleFact;
import dev.newsfacts.model.Speaker;
import dev.newsfacts.model.StatisticFact;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SerializerWarmUpTest {
  @Test
  void reachesRecordsInsideListsAndEveryKindOfASealedInterface() {
    Set<Class<?>> types = SerializerWarmUp.reachableTypes(ResultDocument.class);
    assertTrue(types.containsAll(Set.of(Quote.class, Speaker.class, StatisticFact.class, RoleFact.class, EventFact.class)),
        types::toString);
  }

  @Test
  void leavesOutTheJdkTypesOfComponents() {
    assertTrue(SerializerWarmUp.reachableTypes(ResultDocument.class).stream().noneMatch(c -> c.getName().startsWith("java.")));
  }
}
