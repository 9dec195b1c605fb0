package org.organizer.distribution.telegram;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a post into parts that each fit Telegram's limit: between paragraphs where it can, else between
 * sentences, else between words, and only as a last resort inside a word (never inside a character, a tag
 * or an entity, since parts are rendered from {@link Run}s after cutting). The first part may have a smaller
 * limit: the caption of a photo.
 */
final class PostSplitter {

    /** Longest rendered fragment: small enough to fit any part next to a paragraph break. */
    private static final int FRAGMENT = 900;

    private static final int NONE = 0;
    private static final int WORD = 1;
    private static final int SENTENCE = 2;
    private static final int PARAGRAPH = 3;

    private PostSplitter() {}

    /** A piece of text that is never cut, and how good a place its end is to cut after. */
    private record Fragment(Run run, boolean startsParagraph, int cutAfter) {}

    static List<String> split(List<List<Run>> paragraphs, int firstLimit, int limit) {
        List<Fragment> fragments = fragments(paragraphs);
        List<String> parts = new ArrayList<>();
        int start = 0;
        int max = firstLimit;
        while (start < fragments.size()) {
            int end = start + 1;
            while (end < fragments.size() && render(fragments, start, end + 1).length() <= max) {
                end++;
            }
            if (end < fragments.size()) {
                end = bestCut(fragments, start, end);
            }
            String part = render(fragments, start, end);
            if (!part.isEmpty() || parts.isEmpty()) {
                parts.add(part);
            }
            start = end;
            max = limit;
        }
        return parts;
    }

    /** The last cut of the best kind within the fragments that fit. */
    private static int bestCut(List<Fragment> fragments, int start, int end) {
        for (int kind = PARAGRAPH; kind > NONE; kind--) {
            for (int i = end; i > start; i--) {
                if (fragments.get(i - 1).cutAfter() >= kind) {
                    return i;
                }
            }
        }
        return end;
    }

    /** Paragraphs joined by a blank line, runs of the same formatting merged, the part's edges trimmed. */
    static String render(List<Fragment> fragments, int from, int to) {
        List<List<Run>> paragraphs = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Fragment f = fragments.get(i);
            if (paragraphs.isEmpty() || (f.startsParagraph() && i > from)) {
                paragraphs.add(new ArrayList<>());
            }
            List<Run> runs = paragraphs.getLast();
            if (!runs.isEmpty() && runs.getLast().sameFormat(f.run())) {
                runs.set(
                        runs.size() - 1,
                        runs.getLast().withText(runs.getLast().text() + f.run().text()));
            } else {
                runs.add(f.run());
            }
        }
        List<String> rendered = new ArrayList<>();
        for (List<Run> runs : paragraphs) {
            trim(runs);
            StringBuilder html = new StringBuilder();
            runs.forEach(run -> html.append(run.html()));
            if (!html.isEmpty()) {
                rendered.add(html.toString());
            }
        }
        return String.join("\n\n", rendered);
    }

    private static void trim(List<Run> runs) {
        while (!runs.isEmpty() && runs.getFirst().text().isBlank()) {
            runs.removeFirst();
        }
        while (!runs.isEmpty() && runs.getLast().text().isBlank()) {
            runs.removeLast();
        }
        if (!runs.isEmpty()) {
            runs.set(0, runs.getFirst().withText(runs.getFirst().text().stripLeading()));
            runs.set(
                    runs.size() - 1,
                    runs.getLast().withText(runs.getLast().text().stripTrailing()));
        }
    }

    private static List<Fragment> fragments(List<List<Run>> paragraphs) {
        List<Fragment> fragments = new ArrayList<>();
        for (List<Run> paragraph : paragraphs) {
            boolean first = true;
            int paragraphStart = fragments.size();
            for (Run run : paragraph) {
                for (String sentence : pieces(run.text(), BreakIterator.getSentenceInstance(Locale.ROOT))) {
                    boolean fits = run.withText(sentence).html().length() <= FRAGMENT;
                    List<String> words = fits ? List.of(sentence) : words(run, sentence);
                    for (int w = 0; w < words.size(); w++) {
                        boolean lastWord = w == words.size() - 1;
                        int cut = lastWord ? SENTENCE : (fits ? NONE : WORD);
                        fragments.add(new Fragment(run.withText(words.get(w)), first, cut));
                        first = false;
                    }
                }
                // Between runs of one sentence is no place to cut.
                if (fragments.size() > paragraphStart && !endsSentence(run.text())) {
                    Fragment last = fragments.getLast();
                    fragments.set(fragments.size() - 1, new Fragment(last.run(), last.startsParagraph(), NONE));
                }
            }
            if (fragments.size() > paragraphStart) {
                Fragment last = fragments.getLast();
                fragments.set(fragments.size() - 1, new Fragment(last.run(), last.startsParagraph(), PARAGRAPH));
            }
        }
        return fragments;
    }

    private static boolean endsSentence(String text) {
        String t = text.stripTrailing();
        return !t.isEmpty() && ".!?…؟。".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** Words of a too-long sentence; a word still too long is cut into pieces of whole characters. */
    private static List<String> words(Run run, String sentence) {
        List<String> out = new ArrayList<>();
        for (String word : sentence.split("(?<=\\s)(?=\\S)")) {
            int at = 0;
            while (at < word.length()) {
                int end = at;
                while (end < word.length()
                        && run.withText(word.substring(at, word.offsetByCodePoints(end, 1)))
                                        .html()
                                        .length()
                                <= FRAGMENT) {
                    end = word.offsetByCodePoints(end, 1);
                }
                if (end == at) {
                    end = word.offsetByCodePoints(at, 1);
                }
                out.add(word.substring(at, end));
                at = end;
            }
        }
        return out;
    }

    private static List<String> pieces(String text, BreakIterator boundaries) {
        List<String> out = new ArrayList<>();
        boundaries.setText(text);
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }
}
