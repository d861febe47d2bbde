package dev.trash.spring.boot.autoconfigure;

import org.springframework.security.core.Authentication;

/**
 * Says which tenant (workspace) an authenticated caller acts in: Trash scopes every operation to it. A host
 * with Spring Security defines one as a bean; {@link TrashActors#current()} builds the {@code Actor} from it
 * and the authentication's name. Without one, {@code current()} fails, saying so.
 */
@FunctionalInterface
public interface TrashTenantResolver {

    /**
     * The caller's tenant.
     *
     * @param authentication the authenticated caller
     * @return the tenant its operations are scoped to
     */
    String tenantOf(Authentication authentication);
}
