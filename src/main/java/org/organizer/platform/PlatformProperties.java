package org.organizer.platform;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where Organizer keeps its files and which database it talks to.
 *
 * @param dataDir holds the embedded database, uploaded files and derived stores such as the search index
 * @param baseUrl the public address of the site, used in links that leave the site (e-mails, feeds)
 * @param database an external PostgreSQL; when its URL is blank Organizer runs its own embedded one
 */
@Validated
@ConfigurationProperties("organizer")
public record PlatformProperties(
        @NotNull @DefaultValue("./data") Path dataDir,
        @NotNull @DefaultValue("http://localhost:8080") URI baseUrl,
        @NotNull @DefaultValue Database database) {

    public record Database(
            @DefaultValue("") String url,
            @DefaultValue("") String username,
            @DefaultValue("") String password) {
        public boolean external() {
            return !url.isBlank();
        }
    }

    public Path postgresDir() {
        return dataDir.resolve("postgres");
    }

    public Path filesDir() {
        return dataDir.resolve("files");
    }
}
