package org.organizer.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Runs a reader's search. The query is read by Lucene's simple query parser, which never fails: words
 * must all match (in any field), {@code "…"} is a phrase, {@code |} means or, {@code -} means not and
 * {@code *} ends a prefix. Each language's fields are searched with that language's analyzer.
 */
@Service
class ArticleSearch {

    private static final Sort BY_DATE = new Sort(
            LongField.newSortField(ArticleDocuments.DATELINE, true, SortedNumericSelector.Type.MAX),
            LongField.newSortField(ArticleDocuments.PUBLISHED_AT, true, SortedNumericSelector.Type.MAX));
    private static final DefaultPassageFormatter MARKS = new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);
    private static final int SNIPPET_LENGTH = 220;
    private static final int MAX_TEXT = 250_000;

    private final ArticleIndex index;

    ArticleSearch(ArticleIndex index) {
        this.index = index;
    }

    SearchResults search(SearchRequest request) {
        Query text = request.isBlank() ? null : text(request);
        if (text == null) {
            return SearchResults.none(request.page(), request.size());
        }
        Query query = withFilters(text, request);
        try {
            return index.read(searcher -> results(searcher, query, text, request));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidSearch("search.error.query", SearchRequest.MAX_QUERY);
        }
    }

    private SearchResults results(IndexSearcher searcher, Query query, Query text, SearchRequest request)
            throws IOException {
        int first = request.page() * request.size();
        int wanted = first + request.size();
        // Matches are counted exactly up to the threshold only: counting all of a common word's costs more
        // than finding the best ten.
        int counted = Math.max(SearchResults.COUNTED, wanted);
        TopDocs top = request.sort() == SearchRequest.Sort.DATE
                ? searcher.search(query, new TopFieldCollectorManager(BY_DATE, wanted, null, counted))
                : searcher.search(query, new TopScoreDocCollectorManager(wanted, null, counted));
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(
                        searcher, index.analyzers().perField())
                .withFormatter(MARKS)
                .withMaxLength(MAX_TEXT)
                // Words are matched in the combined field; their passages are shown from the body or standfirst.
                .withFieldMatcher(field -> true)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f))
                .build();
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = first; i < top.scoreDocs.length; i++) {
            ScoreDoc scoreDoc = top.scoreDocs[i];
            Document doc = stored.document(scoreDoc.doc);
            hits.add(ArticleDocuments.hit(doc, snippet(highlighter, text, doc, scoreDoc.doc)));
        }
        boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
        long total = exact ? top.totalHits.value() : counted;
        return new SearchResults(hits, total, exact, request.page(), request.size());
    }

    /** The first passage with a match, from the body or else the standfirst; else the body's beginning. */
    private static String snippet(UnifiedHighlighter highlighter, Query text, Document doc, int docId)
            throws IOException {
        String group = LanguageAnalyzers.group(doc.get(ArticleDocuments.LANGUAGE));
        String body = LanguageAnalyzers.field(ArticleDocuments.BODY, group);
        String standfirst = LanguageAnalyzers.field(ArticleDocuments.STANDFIRST, group);
        Map<String, String[]> passages =
                highlighter.highlightFields(new String[] {body, standfirst}, text, new int[] {docId}, new int[] {1, 1});
        String inBody = passages.get(body)[0];
        String inStandfirst = passages.get(standfirst)[0];
        if (inBody != null && inBody.contains("<mark>")) {
            return inBody;
        }
        if (inStandfirst != null && inStandfirst.contains("<mark>")) {
            return inStandfirst;
        }
        return inBody != null && !inBody.isBlank() ? inBody : inStandfirst == null ? "" : inStandfirst;
    }

    /**
     * The query in the requested language's fields, or in every language's fields, each with its analyzer.
     * Per language: the words must match in the combined field; each word also in the title or standfirst
     * adds to the score, so that title matches come first.
     */
    private @Nullable Query text(SearchRequest request) {
        List<String> groups = request.language() == null
                ? List.copyOf(index.analyzers().groups())
                : List.of(LanguageAnalyzers.group(request.language()));
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        List<Query> parsed = new ArrayList<>();
        for (String group : groups) {
            Query match = parse(
                    request.query(),
                    group,
                    Map.of(LanguageAnalyzers.field(ArticleDocuments.ALL, group), 1f),
                    BooleanClause.Occur.MUST);
            if (match == null) {
                continue;
            }
            Map<String, Float> boosts = new HashMap<>();
            LanguageAnalyzers.BOOSTS.forEach(
                    (field, weight) -> boosts.put(LanguageAnalyzers.field(field, group), weight));
            Query boost = parse(request.query(), group, boosts, BooleanClause.Occur.SHOULD);
            Query query = boost == null
                    ? match
                    : new BooleanQuery.Builder()
                            .add(match, BooleanClause.Occur.MUST)
                            .add(boost, BooleanClause.Occur.SHOULD)
                            .build();
            parsed.add(query);
            any.add(query, BooleanClause.Occur.SHOULD);
        }
        return parsed.isEmpty() ? null : parsed.size() == 1 ? parsed.getFirst() : any.build();
    }

    private @Nullable Query parse(String text, String group, Map<String, Float> fields, BooleanClause.Occur operator) {
        SimpleQueryParser parser = new SimpleQueryParser(index.analyzers().of(group), fields);
        parser.setDefaultOperator(operator);
        Query query = parser.parse(text);
        return query == null || query instanceof MatchNoDocsQuery ? null : query;
    }

    private static Query withFilters(Query text, SearchRequest request) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        // A language with its own analyzer has its own fields, which only its articles have: the text query
        // already finds nothing else, and a filter would only add work to every match.
        if (request.language() != null
                && !LanguageAnalyzers.group(request.language()).equals(request.language())) {
            query.add(
                    new TermQuery(new Term(ArticleDocuments.LANGUAGE, request.language())), BooleanClause.Occur.FILTER);
        }
        if (request.country() != null) {
            query.add(new TermQuery(new Term(ArticleDocuments.COUNTRY, request.country())), BooleanClause.Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            query.add(
                    LongField.newRangeQuery(
                            ArticleDocuments.DATELINE,
                            epochDay(request.from(), Long.MIN_VALUE),
                            epochDay(request.to(), Long.MAX_VALUE)),
                    BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    private static long epochDay(@Nullable LocalDate date, long open) {
        return date == null ? open : date.toEpochDay();
    }
}
