package dev.newsfacts.aws;

/** An invocation's closing log line: how many objects ended how ({@code outcome} is "invocation"). */
public record InvocationSummary(
    String requestId, String outcome, int results, int errors, int skipped, int refused, int retry) {}
