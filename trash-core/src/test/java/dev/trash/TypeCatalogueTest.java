package dev.trash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TypeCatalogueTest {

    @Test
    void knowsEachTypesChildren() {
        TypeCatalogue types = TypeCatalogue.builder()
                .add(ResourceType.topLevel("project"))
                .add(ResourceType.ownedBy("model", "project"))
                .add(ResourceType.selfNesting("folder"))
                .build();
        assertThat(types.childTypesOf("project")).extracting(ResourceType::name).containsExactly("model");
        assertThat(types.childTypesOf("folder")).extracting(ResourceType::name).containsExactly("folder");
    }

    @Test
    void rejectsUnknownReferencesDuplicatesAndCycles() {
        assertThatThrownBy(() -> TypeCatalogue.builder().add(ResourceType.ownedBy("model", "project")).build())
                .hasMessage("invalid type catalogue: model has unknown parent type project");
        assertThatThrownBy(() -> TypeCatalogue.builder().add(ResourceType.topLevel("dataset").referencing("image")).build())
                .hasMessage("invalid type catalogue: dataset references unknown asset type image");
        assertThatThrownBy(() -> TypeCatalogue.builder().add(ResourceType.topLevel("a")).add(ResourceType.topLevel("a")))
                .hasMessage("type 'a' is registered twice");
        assertThatThrownBy(() -> TypeCatalogue.builder()
                .add(ResourceType.ownedBy("a", "b")).add(ResourceType.ownedBy("b", "a")).build())
                .hasMessageContaining("ownership cycle through a");
    }

    @Test
    void retentionPrecedenceIsTenantAndTypeThenTenantThenTypeThenDefault() {
        RetentionPolicy policy = RetentionPolicy.builder()
                .forType("model", Duration.ofDays(7))
                .forTenant("ws2", Duration.ofDays(14))
                .forTenantAndType("ws2", "model", Duration.ofDays(3))
                .build();
        assertThat(policy.retentionOf("ws1", "project")).isEqualTo(Duration.ofDays(30));
        assertThat(policy.retentionOf("ws1", "model")).isEqualTo(Duration.ofDays(7));
        assertThat(policy.retentionOf("ws2", "project")).isEqualTo(Duration.ofDays(14));
        assertThat(policy.retentionOf("ws2", "model")).isEqualTo(Duration.ofDays(3));
        assertThatThrownBy(() -> RetentionPolicy.builder().forType("model", Duration.ZERO))
                .hasMessage("retention must be a positive duration, was PT0S");
    }
}
