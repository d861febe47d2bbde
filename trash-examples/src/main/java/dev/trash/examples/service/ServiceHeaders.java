package dev.trash.examples.service;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers of every answer: no caching, no MIME sniffing, a Content-Security-Policy that allows only the
 * page's own files and no framing. In demo mode (the well-known key {@code demo}) it also answers only requests
 * addressed to {@code localhost} or {@code 127.0.0.1}, so a web page elsewhere cannot reach the service
 * through DNS rebinding.
 */
final class ServiceHeaders extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    private static final Set<String> DEMO_HOSTS = Set.of("localhost", "127.0.0.1");

    private final boolean demo;

    ServiceHeaders(boolean demo) {
        this.demo = demo;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (demo && !DEMO_HOSTS.contains(hostName(request.getHeader("Host")))) {
            response.setStatus(400);
            response.setContentType("application/json");
            response.getOutputStream().write(("{\"error\":\"the demo service answers requests to localhost or"
                    + " 127.0.0.1 only\"}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The name in a Host header, without its port; empty when the header is missing. */
    static String hostName(String host) {
        if (host == null) {
            return "";
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            return name;
        }
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(0, colon);
    }
}
