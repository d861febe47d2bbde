package dev.trash.spring.boot.autoconfigure;

import dev.trash.Actor;
import dev.trash.Authorizer;
import dev.trash.Permission;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An {@link Authorizer} that reads the granted authorities of the caller on this thread: a permission is
 * held when an authority is named as it is ({@code view_trash}, {@code trash_project},
 * {@code restore_project}, {@code purge}), after the configured prefix ({@code SCOPE_} for OAuth2 scopes,
 * say). Without an authenticated caller, nothing is allowed.
 */
public final class GrantedAuthoritiesAuthorizer implements Authorizer {

    private final String prefix;

    /** @param prefix what precedes the permission's name in an authority; empty for none */
    public GrantedAuthoritiesAuthorizer(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public boolean isAllowed(Actor actor, Permission permission) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        String wanted = prefix + permission.name();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (wanted.equals(authority.getAuthority())) {
                return true;
            }
        }
        return false;
    }
}
