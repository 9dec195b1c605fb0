package org.organizer.platform;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Gives the application its one DataSource, backed by the embedded or the external PostgreSQL. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlatformProperties.class)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(PlatformProperties properties, ConfigurableApplicationContext context) {
        PlatformProperties.Database db = properties.database();
        if (db.external()) {
            return new DatabaseServer.External(db.url(), db.username(), db.password());
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrAttach(properties.dataDir());
        // The PostgreSQL process must never outlive the JVM, also when nobody closes the context (cached test
        // contexts). Closing the context first keeps the database up until everything that uses it has
        // stopped; if Spring's own hook is already closing it, this waits for that.
        Runtime.getRuntime()
                .addShutdownHook(
                        Thread.ofPlatform().name("organizer-database-stop").unstarted(() -> {
                            context.close();
                            server.close();
                        }));
        return server;
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
