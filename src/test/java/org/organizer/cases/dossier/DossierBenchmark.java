package org.organizer.cases.dossier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import org.organizer.cases.CaseStatus;
import org.organizer.cases.CaseSummary;
import org.organizer.cases.CaseView;
import org.organizer.cases.EventKind;
import org.organizer.cases.Field;
import org.organizer.cases.InstitutionKind;
import org.organizer.cases.OwnerKind;
import org.organizer.cases.PersonRole;
import org.organizer.cases.Visibility;
import org.organizer.print.PdfDocuments;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Not a test: times the dossier of a generated case with {@code EVENTS} events (every field filled, as its team
 * sees it) through the production layout and the print engine, without a database or Spring. Run by
 * {@code bench/dossier.sh}; arguments: events, warm-up renders, measured renders, language, and optionally a
 * file to write the last PDF to.
 */
public final class DossierBenchmark {

    private static final String[] WORDS = ("hearing postponed defence lawyer court prosecutor union strike port"
                    + " dockers detention cell visit family guards transfer prison judge evidence witness police"
                    + " statement appeal bail release charge file request denied granted morning evening week")
            .split(" ");

    private DossierBenchmark() {}

    public static void main(String[] args) throws IOException {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        String language = args.length > 3 ? args[3] : "en";
        Path out = args.length > 4 ? Path.of(args[4]) : null;

        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/cases");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Path photos = Files.createTempDirectory("organizer-dossier-bench");
        PdfDocuments documents = new PdfDocuments(photos);
        CaseView view = view(events);

        byte[] pdf = null;
        for (int i = 0; i < warmup; i++) {
            pdf = render(view, language, messages, documents);
        }
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            pdf = render(view, language, messages, documents);
            millis[i] = (System.nanoTime() - started) / 1_000_000;
        }
        if (pdf == null) {
            throw new IllegalArgumentException("nothing rendered: give at least one render");
        }
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        if (out != null) {
            Files.write(out, pdf);
        }
        Files.deleteIfExists(photos);
        System.out.printf("dossier: %d events, %s, %d pages, %d KiB%n", events, language, pages, pdf.length / 1024);
        if (runs > 0) {
            Arrays.sort(millis);
            System.out.printf(
                    "render (%d warm-up, %d measured): min %d ms, median %d ms, max %d ms%n",
                    warmup, runs, millis[0], millis[runs / 2], millis[runs - 1]);
        }
    }

    private static byte[] render(
            CaseView view, String language, ResourceBundleMessageSource messages, PdfDocuments documents) {
        Dossier dossier = Dossier.of(view, "Bench Exporter (bench@example.org)", Instant.now(), language);
        DossierLayout layout = new DossierLayout(dossier, messages);
        return documents.pdf(layout.toFo(), layout.title());
    }

    static CaseView view(int events) {
        UUID caseId = UUID.randomUUID();
        List<Field> caseFields = new ArrayList<>();
        caseFields.add(field(OwnerKind.CASE, caseId, "summary", "en", text(60, 1)));
        caseFields.add(field(OwnerKind.CASE, caseId, "summary", "es", text(60, 2)));
        caseFields.add(field(
                OwnerKind.CASE,
                caseId,
                "summary",
                "ar",
                "اعتُقل عامل في الميناء خلال إضراب من أجل عقود دائمة، وما زال محتجزًا دون محاكمة."));
        for (String name : List.of("charges", "court", "caseNumber", "lawyer")) {
            caseFields.add(field(OwnerKind.CASE, caseId, name, "", text(8, name.length())));
        }
        List<CaseView.PersonInCase> persons = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            UUID person = UUID.randomUUID();
            UUID role = UUID.randomUUID();
            persons.add(new CaseView.PersonInCase(
                    person,
                    role,
                    p == 0 ? PersonRole.VICTIM : PersonRole.SOURCE,
                    List.of(
                            field(OwnerKind.PERSON, person, "name", "", "Bench Person " + p + " (fictional)"),
                            field(OwnerKind.PERSON, person, "birthYear", "", String.valueOf(1970 + p)),
                            field(OwnerKind.PERSON, person, "occupation", "", text(3, p)),
                            field(OwnerKind.ROLE, role, "ageAtEvent", "", String.valueOf(40 + p)))));
        }
        List<CaseView.Event> timeline = new ArrayList<>();
        EventKind[] kinds = EventKind.values();
        for (int e = 0; e < events; e++) {
            UUID event = UUID.randomUUID();
            timeline.add(new CaseView.Event(
                    event,
                    kinds[e % kinds.length],
                    LocalDate.of(2020, 1, 1).plusDays(e * 3L),
                    "PE",
                    List.of(
                            field(OwnerKind.EVENT, event, "city", "", "Town " + (e % 17)),
                            field(OwnerKind.EVENT, event, "description", "", text(30 + e % 40, e)))));
        }
        List<CaseView.Institution> institutions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID institution = UUID.randomUUID();
            institutions.add(new CaseView.Institution(
                    institution,
                    InstitutionKind.values()[i % InstitutionKind.values().length],
                    List.of(field(
                            OwnerKind.INSTITUTION, institution, "name", "", "Institution " + i + " (fictional)"))));
        }
        List<CaseView.Source> sources = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            UUID source = UUID.randomUUID();
            sources.add(new CaseView.Source(
                    source,
                    List.of(
                            field(OwnerKind.SOURCE, source, "link", "", "https://example.org/source/" + s),
                            field(OwnerKind.SOURCE, source, "description", "", text(12, s)))));
        }
        return new CaseView(
                new CaseSummary(caseId, "case-" + caseId.toString().substring(0, 8), "PE", CaseStatus.ON_TRIAL),
                true,
                false,
                caseFields,
                persons,
                timeline,
                institutions,
                sources,
                List.of(),
                List.of());
    }

    private static Field field(OwnerKind kind, UUID owner, String name, String language, @Nullable String value) {
        return new Field(kind, owner, name, language, Visibility.CASE_TEAM, value);
    }

    private static String text(int words, int seed) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[(seed * 7 + i * 13) % WORDS.length]);
        }
        return text.append('.').toString();
    }
}
