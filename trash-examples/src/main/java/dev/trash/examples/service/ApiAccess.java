package dev.trash.examples.service;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Authenticates the routes that need a key, once Spring has matched the route: 401 without a known key;
 * for workspace routes ({@code /api/{ws}/...}) then 400 for a malformed workspace name and 404 for one the
 * key is not bound to; for {@code /admin} routes 403 without an admin key. The key is left in the request for
 * the route, under {@link #KEY}.
 */
final class ApiAccess implements HandlerInterceptor {

    /** The request attribute that holds the authenticated {@link ApiKey}. */
    static final String KEY = "dev.trash.examples.service.apiKey";

    /** Who may call the routes this interceptor guards. */
    enum Scope { WORKSPACE, ADMIN }

    private final ApiKeys keys;
    private final Scope scope;

    ApiAccess(ApiKeys keys, Scope scope) {
        this.keys = keys;
        this.scope = scope;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        ApiKey key = keys.authenticate(request.getHeader("Authorization")).orElseThrow(ApiException::unauthorized);
        request.setAttribute(KEY, key);
        if (scope == Scope.ADMIN && !key.isAdmin()) {
            throw ApiException.forbidden(key.name() + " is not an admin key");
        }
        if (scope == Scope.WORKSPACE) {
            @SuppressWarnings("unchecked")
            Map<String, String> vars = (Map<String, String>) request.getAttribute(
                    HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            String ws = Validation.requireIdentifier(vars == null ? null : vars.get("ws"), "workspace");
            if (!key.isBoundTo(ws)) {
                // 404, not 403: a key must not learn which other workspaces exist
                throw ApiException.notFound("workspace " + ws + " not found");
            }
        }
        return true;
    }
}
