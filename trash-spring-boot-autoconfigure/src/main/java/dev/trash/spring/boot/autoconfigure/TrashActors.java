package dev.trash.spring.boot.autoconfigure;

import dev.trash.Actor;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The {@link Actor} of the current request, from Spring Security's context: the tenant from the host's
 * {@link TrashTenantResolver}, the principal from the authentication's name.
 */
public final class TrashActors {

    private final TrashTenantResolver tenants;

    /** @param tenants the host's resolver of the caller's tenant */
    public TrashActors(TrashTenantResolver tenants) {
        this.tenants = tenants;
    }

    /**
     * @return the actor of the authenticated caller on this thread
     * @throws AuthenticationCredentialsNotFoundException when nobody is authenticated, which Spring Security
     *     answers with 401
     */
    public Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || new AuthenticationTrustResolverImpl().isAnonymous(authentication)) {
            throw new AuthenticationCredentialsNotFoundException("Trash needs an authenticated caller");
        }
        return Actor.of(tenants.tenantOf(authentication), authentication.getName());
    }

    /** The resolver in place when the host defines none: it fails, naming what to define. */
    static final class Undefined implements TrashTenantResolver {

        @Override
        public String tenantOf(Authentication authentication) {
            throw new IllegalStateException("no TrashTenantResolver bean is defined: define one that returns the "
                    + "tenant (workspace) of the authenticated caller, to which Trash scopes every operation");
        }
    }
}
