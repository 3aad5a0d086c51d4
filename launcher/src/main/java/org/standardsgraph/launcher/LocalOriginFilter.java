package org.standardsgraph.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Keeps the local Neo4j's HTTP server (Cypher endpoints, Query API, Neo4j Browser) to the user's
 * own machine and the Browser it serves. A web page on any other site that the user has open can
 * make the browser send requests to 127.0.0.1; Neo4j itself only answers CORS, it does not refuse.
 * This filter refuses, before Neo4j sees the request:
 *
 * <ul>
 *   <li>an {@code Origin} that is not this server's own (a page elsewhere POSTing Cypher);
 *   <li>a {@code Host} that is not a loopback name for this port (DNS rebinding: a site whose name
 *       now resolves to 127.0.0.1 is still named in Host);
 *   <li>a cross-site subresource request ({@code Sec-Fetch-Site: cross-site} that is not a
 *       navigation), which browsers send without Origin.
 * </ul>
 *
 * Following a link to the Browser from another site (a navigation) still works.
 */
final class LocalOriginFilter implements Filter {
  private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");
  private final int port;

  LocalOriginFilter(int port) {
    this.port = port;
  }

  /** The origin Neo4j Browser is served from, as printed to the user. */
  static String ownOrigin(int port) {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    String refusal = refusal(request.getHeader("Host"), request.getHeader("Origin"),
        request.getHeader("Sec-Fetch-Site"), request.getHeader("Sec-Fetch-Mode"));
    if (refusal != null) {
      refuse(response, refusal);
      return;
    }
    chain.doFilter(req, res);
  }

  /** Why the request is refused, or null when it may go on. */
  String refusal(String host, String origin, String fetchSite, String fetchMode) {
    if (host == null || !isLocalAuthority(host)) {
      return "Host '" + host + "' is not this machine's Neo4j: use " + ownOrigin(port) + "/";
    }
    if (origin != null && !isLocalAuthority(stripScheme(origin))) {
      return "requests from " + origin + " are not accepted: this Neo4j serves only its own Browser at "
          + ownOrigin(port) + "/browser/";
    }
    if ("cross-site".equalsIgnoreCase(fetchSite) && !"navigate".equalsIgnoreCase(fetchMode)) {
      return "cross-site requests are not accepted: open " + ownOrigin(port) + "/browser/ instead";
    }
    return null;
  }

  private boolean isLocalAuthority(String authority) {
    String value = authority.toLowerCase(Locale.ROOT);
    int colon = value.lastIndexOf(':');
    String name = value;
    String portText = "80";
    if (colon > 0 && colon > value.lastIndexOf(']')) {
      name = value.substring(0, colon);
      portText = value.substring(colon + 1);
    }
    return LOOPBACK_NAMES.contains(name) && portText.equals(Integer.toString(port));
  }

  /** "http://127.0.0.1:7474" → "127.0.0.1:7474"; any other scheme (https, file, "null") cannot match. */
  private static String stripScheme(String origin) {
    return origin.startsWith("http://") ? origin.substring("http://".length()) : "";
  }

  private static void refuse(HttpServletResponse response, String message) throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    String body = "{\"errors\":[{\"code\":\"Neo.ClientError.Request.Invalid\",\"message\":\""
        + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}]}";
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void init(FilterConfig filterConfig) {}

  @Override
  public void destroy() {}
}
