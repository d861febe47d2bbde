package dev.trash.examples.service;

import dev.trash.Authorizer;
import dev.trash.Trash;
import dev.trash.TypeCatalogue;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The Trash service as a Spring Boot application on the Trash starter: the starter builds the {@link Trash}
 * (joining Spring transactions), schedules the sweep and the dispatch, and creates Trash's tables; this class
 * declares what the starter collects, the catalogue, the authorizer and the purge listener. Started by
 * {@link TrashService}, which turns a {@link ServiceConfig} into properties.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class ServiceApplication {

    // tag::wiring[]
    @Bean
    TypeCatalogue trashCatalogue() {
        return ServiceTypes.CATALOGUE;
    }

    @Bean
    Clock trashClock(ServiceConfig config) {
        return config.clock();
    }

    @Bean
    ApiKeys apiKeys(ServiceConfig config) {
        return config.apiKeysFile() == null ? ApiKeys.demo(ServiceTypes.CATALOGUE)
                : ApiKeys.load(config.apiKeysFile(), ServiceTypes.CATALOGUE);
    }

    @Bean
    Authorizer trashAuthorizer(ApiKeys keys) {
        return keys.authorizer();
    }

    @Bean
    BlobStore blobStore(ServiceConfig config) {
        return new BlobStore(config.blobDir());
    }

    /** The bean's name is the listener's stable name in the outbox. */
    @Bean(BlobCleaner.NAME)
    BlobCleaner blobCleaner(ObjectProvider<Trash> trash, BlobStore blobs) {
        return new BlobCleaner(trash::getObject, blobs);
    }
    // end::wiring[]
}
