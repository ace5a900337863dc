package io.plantrail.privacy;

import io.plantrail.store.StoreProperties;
import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
class PrivacyConfiguration {

    @Bean
    MasterKeyFile masterKeyFile(PrivacyProperties privacy, StoreProperties store) {
        if (privacy.masterKeyFile() != null && !privacy.masterKeyFile().toString().isBlank()) {
            return MasterKeyFile.open(privacy.masterKeyFile(), privacy.createMasterKey());
        }
        if (!store.usesEmbeddedServer()) {
            return MasterKeyFile.open(Path.of("plantrail.master.key"), privacy.createMasterKey());
        }
        if (store.embedded() == StoreProperties.EmbeddedMode.MEMORY) {
            return MasterKeyFile.inMemory();
        }
        Path dataDir = store.dataDir().toAbsolutePath().normalize();
        return MasterKeyFile.open(dataDir.resolveSibling(dataDir.getFileName() + ".master.key"), privacy.createMasterKey());
    }
}
