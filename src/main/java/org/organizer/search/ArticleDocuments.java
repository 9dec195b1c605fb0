package org.organizer.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.jspecify.annotations.Nullable;
import org.organizer.press.Article;
import org.organizer.press.ArticleContent;
import org.organizer.press.ArticleId;

/**
 * How a published article becomes a Lucene document and a hit becomes a result. Only what the public page
 * shows is indexed: never the author's account, e-mail or anything of a draft.
 */
final class ArticleDocuments {

    static final String ID = "id";
    static final String LANGUAGE = "language";
    static final String SLUG = "slug";
    static final String TITLE = "title";
    static final String STANDFIRST = "standfirst";
    static final String BODY = "body";
    static final String BYLINE = "byline";
    static final String COUNTRY = "country";
    static final String DATELINE = "dateline";
    static final String PUBLISHED_AT = "publishedAt";
    /** Title, standfirst, body and byline together: the field every word is matched in. */
    static final String ALL = "all";

    /** Stored, and with offsets in the postings so the highlighter need not analyze the text again. */
    private static final FieldType TEXT = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT.freeze();
    }

    /** For matching only: positions for phrases, no offsets, nothing stored. */
    private static final FieldType MATCH = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        MATCH.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        MATCH.freeze();
    }

    private ArticleDocuments() {}

    static Term idTerm(ArticleId id) {
        return new Term(ID, id.toString());
    }

    static Document of(Article article) {
        ArticleContent c = article.content();
        String group = LanguageAnalyzers.group(article.language());
        Document doc = new Document();
        doc.add(new StringField(ID, article.id().toString(), Field.Store.YES));
        doc.add(new StringField(LANGUAGE, article.language(), Field.Store.YES));
        doc.add(new StoredField(SLUG, article.slug()));
        String body = PlainText.of(c.body());
        String all = LanguageAnalyzers.field(ALL, group);
        // Every word is matched in one field, which is much cheaper than in four; title and standfirst are
        // indexed on their own too, only to rank their matches higher, and the body only for the offsets the
        // highlighter reads (analyzing the text of each hit shown again costs more than the search).
        // The body, most of the text, is analyzed once for both fields.
        SharedTokens bodyTokens = new SharedTokens(LanguageAnalyzers.field(BODY, group), body);
        doc.add(new Field(all, c.title(), MATCH));
        doc.add(new Field(all, c.standfirst(), MATCH));
        doc.add(bodyTokens.field(all, MATCH));
        doc.add(new Field(all, c.byline(), MATCH));
        doc.add(new Field(LanguageAnalyzers.field(TITLE, group), c.title(), TEXT));
        doc.add(new Field(LanguageAnalyzers.field(STANDFIRST, group), c.standfirst(), TEXT));
        doc.add(bodyTokens.field(LanguageAnalyzers.field(BODY, group), TEXT));
        doc.add(new StoredField(LanguageAnalyzers.field(BYLINE, group), c.byline()));
        doc.add(new StringField(COUNTRY, c.country(), Field.Store.YES));
        doc.add(new LongField(DATELINE, c.dateline().toEpochDay(), Field.Store.YES));
        Instant published = Objects.requireNonNullElse(article.publishedAt(), article.updatedAt());
        doc.add(new LongField(PUBLISHED_AT, published.toEpochMilli(), Field.Store.YES));
        return doc;
    }

    static SearchHit hit(Document doc, String snippetHtml) {
        String language = doc.get(LANGUAGE);
        String group = LanguageAnalyzers.group(language);
        return new SearchHit(
                doc.get(ID),
                language,
                doc.get(SLUG),
                doc.get(LanguageAnalyzers.field(TITLE, group)),
                doc.get(LanguageAnalyzers.field(STANDFIRST, group)),
                doc.get(LanguageAnalyzers.field(BYLINE, group)),
                doc.get(COUNTRY),
                LocalDate.ofEpochDay(doc.getField(DATELINE).numericValue().longValue()),
                Instant.ofEpochMilli(doc.getField(PUBLISHED_AT).numericValue().longValue()),
                snippetHtml);
    }

    /**
     * One text indexed in two fields with the same analyzer: the tokens are made when the first field is
     * indexed and replayed for the second. Made lazily, so a document never indexed leaves no stream open.
     */
    private static final class SharedTokens {

        private final String analyzedAs;
        private final String text;
        private @Nullable CachingTokenFilter tokens;

        SharedTokens(String analyzedAs, String text) {
            this.analyzedAs = analyzedAs;
            this.text = text;
        }

        Field field(String name, FieldType type) {
            return new Field(name, text, type) {
                @Override
                public TokenStream tokenStream(Analyzer analyzer, @Nullable TokenStream reuse) {
                    if (tokens == null) {
                        tokens = new CachingTokenFilter(analyzer.tokenStream(analyzedAs, text));
                    }
                    return tokens;
                }
            };
        }
    }
}
