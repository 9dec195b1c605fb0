package org.organizer.press;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.organizer.web.SiteInfo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and creates the publication; also tells the layout the site's title and languages. */
@Service
public class Publications implements SiteInfo {

    private static final Publication BEFORE_SETUP = new Publication("Organizer", "en", List.of("en"));

    private final JdbcClient jdbc;
    private final AtomicReference<Optional<Publication>> cached = new AtomicReference<>();

    Publications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Publication> current() {
        Optional<Publication> publication = cached.get();
        if (publication == null) {
            publication = jdbc.sql("SELECT title, default_language, languages FROM publication")
                    .query((rs, n) -> new Publication(rs.getString(1), rs.getString(2), Arrays.asList((String[])
                            rs.getArray(3).getArray())))
                    .optional();
            if (publication.isPresent()) {
                cached.set(publication);
            }
        }
        return publication;
    }

    /** Creates the publication once; returns false when it already exists. */
    @Transactional
    public boolean create(Publication publication) {
        int rows = jdbc.sql("""
                        INSERT INTO publication (title, default_language, languages) VALUES (?, ?, ?)
                        ON CONFLICT (id) DO NOTHING""")
                .params(
                        publication.title(),
                        publication.defaultLanguage(),
                        publication.languages().toArray(String[]::new))
                .update();
        cached.set(null);
        return rows == 1;
    }

    private Publication effective() {
        return current().orElse(BEFORE_SETUP);
    }

    @Override
    public String title() {
        return effective().title();
    }

    @Override
    public String defaultLanguage() {
        return effective().defaultLanguage();
    }

    @Override
    public List<String> languages() {
        return effective().languages();
    }
}
