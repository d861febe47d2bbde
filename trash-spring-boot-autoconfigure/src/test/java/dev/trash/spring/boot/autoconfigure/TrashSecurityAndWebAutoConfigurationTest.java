package dev.trash.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trash.Actor;
import dev.trash.Authorizer;
import dev.trash.Permission;
import dev.trash.memory.InMemoryTrashRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class TrashSecurityAndWebAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TrashAutoConfiguration.class,
                    TrashSecurityAutoConfiguration.class, TrashWebAutoConfiguration.class))
            .withUserConfiguration(HostTypes.class)
            .withBean(InMemoryTrashRepository.class, InMemoryTrashRepository::new)
            .withPropertyValues("trash.sweep.enabled=false", "trash.dispatch.enabled=false");

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theAuthorizerReadsTheCallersGrantedAuthorities() {
        runner.run(context -> {
            Authorizer authorizer = context.getBean(Authorizer.class);
            Actor bob = Actor.of("ws", "bob");
            assertThat(authorizer.isAllowed(bob, Permission.trash("project"))).isFalse();
            signIn("trash_project", "view_trash");
            assertThat(authorizer.isAllowed(bob, Permission.trash("project"))).isTrue();
            assertThat(authorizer.isAllowed(bob, Permission.VIEW_TRASH)).isTrue();
            assertThat(authorizer.isAllowed(bob, Permission.restore("project"))).isFalse();
            assertThat(authorizer.isAllowed(bob, Permission.PURGE)).isFalse();
        });
    }

    @Test
    void anAuthorityPrefixIsReadBeforeThePermission() {
        runner.withPropertyValues("trash.security.authority-prefix=SCOPE_").run(context -> {
            signIn("SCOPE_purge", "purge");
            Authorizer authorizer = context.getBean(Authorizer.class);
            assertThat(authorizer.isAllowed(Actor.of("ws", "bob"), Permission.PURGE)).isTrue();
            assertThat(authorizer.isAllowed(Actor.of("ws", "bob"), Permission.VIEW_TRASH)).isFalse();
        });
    }

    @Test
    void theActorComesFromTheHostsTenantResolverAndFailsClearlyWithoutOne() {
        runner.run(context -> {
            TrashActors actors = context.getBean(TrashActors.class);
            assertThatThrownBy(actors::current).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
            signIn("view_trash");
            assertThatThrownBy(actors::current).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("define one that returns the tenant");
        });
        runner.withBean(TrashTenantResolver.class, () -> authentication -> "ws-of-" + authentication.getName())
                .run(context -> {
                    signIn("view_trash");
                    assertThat(context.getBean(TrashActors.class).current()).isEqualTo(Actor.of("ws-of-bob", "bob"));
                });
    }

    @Test
    void anAuthorizerOfTheHostWinsAndWithoutSpringSecurityThereIsNone() {
        runner.withBean(Authorizer.class, () -> Authorizer.ALLOW_ALL)
                .run(context -> assertThat(context).doesNotHaveBean(GrantedAuthoritiesAuthorizer.class));
        runner.withClassLoader(new FilteredClassLoader(SecurityContextHolder.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Authorizer.class)
                        .doesNotHaveBean(TrashActors.class));
    }

    @Test
    void problemDetailsInAServletApplicationUnlessSwitchedOff() {
        WebApplicationContextRunner web = new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(TrashAutoConfiguration.class, TrashWebAutoConfiguration.class))
                .withUserConfiguration(HostTypes.class)
                .withBean(InMemoryTrashRepository.class, InMemoryTrashRepository::new)
                .withPropertyValues("trash.sweep.enabled=false", "trash.dispatch.enabled=false");
        web.run(context -> assertThat(context).hasSingleBean(TrashProblemDetailsAdvice.class));
        web.withPropertyValues("trash.web.problem-details=false")
                .run(context -> assertThat(context).doesNotHaveBean(TrashProblemDetailsAdvice.class));
        runner.run(context -> assertThat(context).doesNotHaveBean(TrashProblemDetailsAdvice.class));
    }

    private static void signIn(String... authorities) {
        TestingAuthenticationToken token = new TestingAuthenticationToken("bob", "secret", authorities);
        SecurityContextHolder.getContext().setAuthentication(token);
    }
}
