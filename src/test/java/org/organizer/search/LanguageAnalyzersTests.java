package org.organizer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class LanguageAnalyzersTests {

    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();

    @Test
    void eachLanguageStemsSingularAndPluralAlike() throws IOException {
        assertSameTerms("es", "huelga", "huelgas");
        assertSameTerms("en", "strike", "strikes");
        assertSameTerms("it", "sciopero", "scioperi");
        assertSameTerms("pt", "greve", "greves");
        assertSameTerms("fr", "grève", "grèves");
        assertSameTerms("ar", "إضراب", "الإضراب");
    }

    @Test
    void otherLanguagesShareTheStandardAnalyzer() throws IOException {
        assertThat(LanguageAnalyzers.group("ca")).isEqualTo(LanguageAnalyzers.STANDARD);
        assertThat(terms(LanguageAnalyzers.STANDARD, "Vaga General")).containsExactly("vaga", "general");
    }

    private void assertSameTerms(String language, String one, String other) throws IOException {
        String group = LanguageAnalyzers.group(language);
        assertThat(group).isEqualTo(language);
        assertThat(terms(group, one)).as("%s: %s and %s", language, one, other).isEqualTo(terms(group, other));
    }

    private List<String> terms(String group, String text) throws IOException {
        String field = LanguageAnalyzers.field(ArticleDocuments.BODY, group);
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzers.perField().tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
