package dev.newsfacts.aws;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The AWS SDK's own warnings reach the function's log (stderr) instead of a no-op logger; its chatter does not. */
class SdkLoggingTest {
  private static final Logger SDK = LoggerFactory.getLogger("software.amazon.awssdk.core.internal.retry");

  @Test
  void sdkWarningsAreLogged() {
    assertTrue(SDK.isWarnEnabled(), LoggerFactory.getILoggerFactory().getClass().getName());
  }

  @Test
  void sdkInformationIsNot() {
    assertFalse(SDK.isInfoEnabled());
  }
}
