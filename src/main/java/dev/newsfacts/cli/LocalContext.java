package dev.newsfacts.cli;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The Lambda context for a local invocation: a fixed request id, log lines to stderr. */
record LocalContext(String requestId, PrintStream log) implements Context {
  @Override public String getAwsRequestId() { return requestId; }
  @Override public String getLogGroupName() { return "local"; }
  @Override public String getLogStreamName() { return "local"; }
  @Override public String getFunctionName() { return "newsfacts-local"; }
  @Override public String getFunctionVersion() { return "$LATEST"; }
  @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:local:000000000000:function:newsfacts-local"; }
  @Override public CognitoIdentity getIdentity() { return null; }
  @Override public ClientContext getClientContext() { return null; }
  @Override public int getRemainingTimeInMillis() { return Integer.MAX_VALUE; }
  @Override public int getMemoryLimitInMB() { return (int) (Runtime.getRuntime().maxMemory() >> 20); }

  @Override
  public LambdaLogger getLogger() {
    return new LambdaLogger() {
      @Override public void log(String message) { log.print(message); }
      @Override public void log(byte[] message) { log.print(new String(message, StandardCharsets.UTF_8)); }
    };
  }
}
