package org.organizer.platform;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Gives the application its one DataSource, backed by the embedded or the external PostgreSQL. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlatformProperties.class)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(PlatformProperties properties) {
        PlatformProperties.Database db = properties.database();
        if (db.external()) {
            return new DatabaseServer.External(db.url(), db.username(), db.password());
        }
        return EmbeddedPostgresServer.startOrAttach(properties.dataDir());
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(server.username());
        dataSource.setPassword(server.password());
        dataSource.setPoolName("organizer");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }
}
