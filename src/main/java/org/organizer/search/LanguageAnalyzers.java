package org.organizer.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * One analyzer per language, so that "huelgas" finds "huelga" and "الإضراب" finds "إضراب". Each language
 * with its own analyzer has its own text fields ({@code body.es}); every other language shares the
 * standard analyzer's fields ({@code body.std}). The field name alone decides the analysis, so indexing,
 * query parsing and highlighting always agree.
 */
final class LanguageAnalyzers implements AutoCloseable {

    static final String STANDARD = "std";

    private static final Map<String, Supplier<Analyzer>> BY_LANGUAGE = Map.of(
            "en", EnglishAnalyzer::new,
            "es", SpanishAnalyzer::new,
            "ar", ArabicAnalyzer::new,
            "it", ItalianAnalyzer::new,
            "pt", PortugueseAnalyzer::new,
            "fr", FrenchAnalyzer::new,
            "de", GermanAnalyzer::new);

    /** The analyzed fields of an article: {@link ArticleDocuments#ALL} for matching, the others for ranking. */
    static final Set<String> TEXT_FIELDS = Set.of(
            ArticleDocuments.ALL,
            ArticleDocuments.TITLE,
            ArticleDocuments.STANDFIRST,
            ArticleDocuments.BODY,
            ArticleDocuments.BYLINE);

    /** What a match in the title or standfirst adds to one in {@link ArticleDocuments#ALL}, which has it too. */
    static final Map<String, Float> BOOSTS = Map.of(ArticleDocuments.TITLE, 2f, ArticleDocuments.STANDFIRST, 1f);

    private final Map<String, Analyzer> analyzers = new LinkedHashMap<>();
    private final PerFieldAnalyzerWrapper perField;

    LanguageAnalyzers() {
        BY_LANGUAGE.keySet().stream()
                .sorted()
                .forEach(code -> analyzers.put(code, BY_LANGUAGE.get(code).get()));
        analyzers.put(STANDARD, new StandardAnalyzer());
        Map<String, Analyzer> fields = new HashMap<>();
        analyzers.forEach((group, analyzer) -> TEXT_FIELDS.forEach(f -> fields.put(field(f, group), analyzer)));
        perField = new PerFieldAnalyzerWrapper(analyzers.get(STANDARD), fields);
    }

    /** The analyzer group a language's articles are indexed with: its own, or the standard one. */
    static String group(String language) {
        return BY_LANGUAGE.containsKey(language) ? language : STANDARD;
    }

    static String field(String name, String group) {
        return name + "." + group;
    }

    Set<String> groups() {
        return analyzers.keySet();
    }

    Analyzer of(String group) {
        return analyzers.get(group);
    }

    /** Analyzes each field with its language's analyzer; for the index writer and the highlighter. */
    Analyzer perField() {
        return perField;
    }

    @Override
    public void close() {
        perField.close();
        analyzers.values().forEach(Analyzer::close);
    }
}
