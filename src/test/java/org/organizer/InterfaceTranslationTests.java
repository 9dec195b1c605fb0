package org.organizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.organizer.web.Languages;

/** Every interface language has every message, with the same placeholders, and templates hold no literal text. */
class InterfaceTranslationTests {

    private static final Path BUNDLES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void everyBundleHasTheSameKeysInEveryInterfaceLanguage() throws IOException {
        for (String bundle : bundleNames()) {
            Map<String, Properties> byLanguage = new TreeMap<>();
            for (String lang : Languages.INTERFACE) {
                byLanguage.put(lang, load(bundle, lang));
            }
            Set<Object> english = byLanguage.get("en").keySet();
            byLanguage.forEach((lang, properties) -> assertThat(properties.keySet())
                    .as("keys of %s in %s", bundle, lang)
                    .containsExactlyInAnyOrderElementsOf(english));
        }
    }

    @Test
    void translationsKeepThePlaceholdersOfTheEnglishText() throws IOException {
        for (String bundle : bundleNames()) {
            Properties english = load(bundle, "en");
            for (String lang : Languages.INTERFACE) {
                Properties translated = load(bundle, lang);
                for (String key : english.stringPropertyNames()) {
                    assertThat(placeholders(translated.getProperty(key, "")))
                            .as("placeholders of %s in %s", key, lang)
                            .isEqualTo(placeholders(english.getProperty(key)));
                    assertThat(translated.getProperty(key, ""))
                            .as("%s in %s", key, lang)
                            .isNotBlank();
                }
            }
        }
    }

    @Test
    void templatesContainNoLiteralText() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            offenders = files.filter(p -> p.toString().endsWith(".jte"))
                    .flatMap(InterfaceTranslationTests::literalTextIn)
                    .toList();
        }
        assertThat(offenders).as("visible text must come from message bundles").isEmpty();
    }

    private static Stream<String> literalTextIn(Path template) {
        try {
            String text = withoutCodeInDirectives(Files.readString(template))
                    .replaceAll("(?s)<!--.*?-->", " ")
                    .replaceAll("(?s)<%--.*?--%>", " ")
                    .replaceAll("(?s)<script.*?</script>", " ")
                    .replaceAll("(?s)<style.*?</style>", " ")
                    .replaceAll("(?m)^\\s*@(import|param).*$", " ")
                    .replaceAll("\\$unsafe\\{[^}]*}", " ")
                    .replaceAll("\\$\\{[^}]*}", " ")
                    .replaceAll("!\\{[^}]*}", " ")
                    .replaceAll("`\\s*,\\s*\\w+\\s*=\\s*@`", " ")
                    .replaceAll("@(else|endif|endfor)", " ")
                    .replaceAll("(?s)<[^>]*>", " ")
                    .replaceAll("`\\)", " ");
            Matcher words = Pattern.compile("\\p{L}{2,}").matcher(text);
            Set<String> found = new TreeSet<>();
            while (words.find()) {
                found.add(words.group());
            }
            return found.stream().map(word -> template + ": " + word);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Drops the Java code in {@code @if(...)}, {@code @for(...)} and the parameters of
     * {@code @template.x(...)} calls, up to the first content block, which is template text again.
     */
    private static String withoutCodeInDirectives(String template) {
        StringBuilder out = new StringBuilder();
        Matcher directive =
                Pattern.compile("@(if|elseif|for|template\\.[\\w.]+)\\(").matcher(template);
        int at = 0;
        while (directive.find(at)) {
            out.append(template, at, directive.start()).append(' ');
            int depth = 1;
            int i = directive.end();
            while (i < template.length() && depth > 0 && !template.startsWith("@`", i)) {
                char c = template.charAt(i);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                i++;
            }
            at = template.startsWith("@`", i) ? i + 2 : i;
        }
        return out.append(template.substring(at)).toString();
    }

    private static Set<String> bundleNames() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".properties"))
                    .map(name -> name.replaceAll("(_[a-z]{2,3})?\\.properties$", ""))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private static Properties load(String bundle, String lang) throws IOException {
        Path file = BUNDLES.resolve(lang.equals("en") ? bundle + ".properties" : bundle + "_" + lang + ".properties");
        assertThat(file).as("bundle %s for %s", bundle, lang).exists();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<String> placeholders(String message) {
        return PLACEHOLDER
                .matcher(message)
                .results()
                .map(r -> r.group())
                .sorted()
                .toList();
    }
}
