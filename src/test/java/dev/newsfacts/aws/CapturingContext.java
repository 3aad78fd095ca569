package dev.newsfacts.aws;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A Lambda context whose logger keeps every line, so tests can read the handler's logs. */
final class CapturingContext implements Context {
  final List<String> lines = new ArrayList<>();
  private final String requestId;

  CapturingContext(String requestId) {
    this.requestId = requestId;
  }

  @Override public String getAwsRequestId() { return requestId; }
  @Override public String getLogGroupName() { return "test"; }
  @Override public String getLogStreamName() { return "test"; }
  @Override public String getFunctionName() { return "newsfacts-test"; }
  @Override public String getFunctionVersion() { return "1"; }
  @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:us-east-1:000000000000:function:newsfacts-test:live"; }
  @Override public CognitoIdentity getIdentity() { return null; }
  @Override public ClientContext getClientContext() { return null; }
  @Override public int getRemainingTimeInMillis() { return 60_000; }
  @Override public int getMemoryLimitInMB() { return 1024; }

  @Override
  public LambdaLogger getLogger() {
    return new LambdaLogger() {
      @Override public void log(String message) { lines.add(message.strip()); }
      @Override public void log(byte[] message) { log(new String(message, StandardCharsets.UTF_8)); }
    };
  }
}
