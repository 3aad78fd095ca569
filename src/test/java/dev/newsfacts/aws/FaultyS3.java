package dev.newsfacts.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A misbehaving S3: WireMock proxies every request to a real S3 server (S3Proxy) and, for a share
 * of requests picked by a seeded schedule, answers what real S3 answers on a bad day instead.
 * Errors, resets and empty answers are given without forwarding the request (S3 did not do it);
 * a delay or a short body happens on the forwarded answer (S3 did it, the client just hears late
 * or only part of it).
 */
public final class FaultyS3 implements AutoCloseable {
  /** What one request can suffer. */
  public enum Kind { SLOW_DOWN, INTERNAL_ERROR, CONNECTION_RESET, EMPTY_RESPONSE, DELAY, SHORT_BODY }

  static final int DELAY_MS = 2000;

  private final WireMockServer server;
  private final Injector injector;

  private FaultyS3(WireMockServer server, Injector injector) {
    this.server = server;
    this.injector = injector;
  }

  /**
   * @param origin the real S3 server's endpoint
   * @param rate share of requests that get a fault (0 for a healthy proxy)
   * @param seed picks which requests and which faults
   */
  public static FaultyS3 start(URI origin, double rate, long seed) {
    return start(origin, rate, seed, EnumSet.allOf(Kind.class));
  }

  /** Drawing only among the given kinds of fault. */
  public static FaultyS3 start(URI origin, double rate, long seed, Set<Kind> kinds) {
    Injector injector = new Injector(rate, seed, kinds);
    WireMockServer server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()
        .preserveHostHeader(true) // the client signed the Host it sent; S3Proxy checks signatures
        .gzipDisabled(true)
        .disableRequestJournal() // tens of thousands of requests: keep none of them
        .stubRequestLoggingDisabled(true)
        .containerThreads(96)
        .extensions(injector));
    server.start();
    server.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(origin.toString())));
    return new FaultyS3(server, injector);
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  /** From now on, this share of requests gets a fault. */
  public void rate(double rate) {
    injector.rate = rate;
  }

  public long requests() {
    return injector.requests.get();
  }

  public long injected() {
    long n = 0;
    for (int i = 0; i < injector.counts.length(); i++) n += injector.counts.get(i);
    return n;
  }

  public Map<Kind, Long> injectedByKind() {
    Map<Kind, Long> m = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) m.put(k, injector.counts.get(k.ordinal()));
    return m;
  }

  /** Object keys (URL paths) whose GET was answered with fewer bytes than its Content-Length. */
  public List<String> shortenedPaths() {
    return new ArrayList<>(injector.shortened);
  }

  /** Forgets the counts (not the schedule's position). */
  public void resetCounts() {
    injector.requests.set(0);
    for (int i = 0; i < injector.counts.length(); i++) injector.counts.set(i, 0);
    injector.shortened.clear();
  }

  @Override
  public void close() {
    server.stop();
  }

  /**
   * The schedule: request number n (in arrival order) gets a fault when a hash of (seed, n) falls
   * under the rate, and the same hash picks which. A short body needs a GET of an object to shorten;
   * other requests draw among the other kinds.
   */
  static final class Injector implements ResponseDefinitionTransformerV2, ResponseTransformerV2 {
    private final long seed;
    private volatile double rate;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLongArray counts = new AtomicLongArray(Kind.values().length);
    private final Set<UUID> toShorten = ConcurrentHashMap.newKeySet();
    private final Set<String> shortened = ConcurrentHashMap.newKeySet();

    private final Kind[] anyRequest;
    private final Kind[] objectGet;

    Injector(double rate, long seed, Set<Kind> kinds) {
      this.rate = rate;
      this.seed = seed;
      this.objectGet = kinds.toArray(Kind[]::new);
      this.anyRequest = kinds.stream().filter(k -> k != Kind.SHORT_BODY).toArray(Kind[]::new);
    }

    @Override
    public String getName() {
      return "s3-faults";
    }

    @Override
    public boolean applyGlobally() {
      return true;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      long n = requests.getAndIncrement();
      long h = mix(seed ^ mix(n));
      double draw = (h >>> 11) * 0x1.0p-53;
      ResponseDefinition proxy = event.getResponseDefinition();
      if (draw >= rate) return proxy;
      boolean get = event.getRequest().getMethod().getName().equals("GET") && isObjectPath(event.getRequest().getUrl());
      Kind[] kinds = get ? objectGet : anyRequest;
      if (kinds.length == 0) return proxy;
      Kind kind = kinds[(int) Long.remainderUnsigned(mix(h), kinds.length)];
      counts.incrementAndGet(kind.ordinal());
      return switch (kind) {
        case SLOW_DOWN -> error(503, "SlowDown", "Please reduce your request rate.");
        case INTERNAL_ERROR -> error(500, "InternalError", "We encountered an internal error. Please try again.");
        case CONNECTION_RESET -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
        case EMPTY_RESPONSE -> aResponse().withFault(Fault.EMPTY_RESPONSE).build();
        case DELAY -> ResponseDefinitionBuilder.like(proxy).withFixedDelay(DELAY_MS).build();
        case SHORT_BODY -> {
          toShorten.add(event.getId());
          yield proxy;
        }
      };
    }

    @Override
    public Response transform(Response response, ServeEvent event) {
      if (!toShorten.remove(event.getId())) return response;
      byte[] body = response.getBody();
      if (response.getStatus() != 200 || body == null || body.length < 2) {
        return response; // nothing to cut: counted all the same, as S3 would have sent it whole
      }
      shortened.add(event.getRequest().getUrl());
      byte[] part = java.util.Arrays.copyOf(body, body.length / 2);
      List<HttpHeader> headers = new ArrayList<>();
      for (HttpHeader h : response.getHeaders().all()) {
        if (!h.keyEquals("Content-Length") && !h.keyEquals("Transfer-Encoding")) headers.add(h);
      }
      // the promised length stays the whole object's: the connection ends after half of it
      headers.add(new HttpHeader("Content-Length", Integer.toString(body.length)));
      return Response.Builder.like(response).but().body(part).headers(new HttpHeaders(headers)).build();
    }

    private static boolean isObjectPath(String url) {
      String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
      return path.indexOf('/', 1) > 0 && path.indexOf('/', 1) < path.length() - 1; // /bucket/key, not /bucket
    }

    private static ResponseDefinition error(int status, String code, String message) {
      return aResponse().withStatus(status).withHeader("Content-Type", "application/xml")
          .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
              + "</Message><RequestId>FAULT</RequestId></Error>")
          .build();
    }

    /** SplitMix64's finaliser: a well-spread hash of a long. */
    private static long mix(long z) {
      z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
      z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
      return z ^ (z >>> 31);
    }
  }
}
