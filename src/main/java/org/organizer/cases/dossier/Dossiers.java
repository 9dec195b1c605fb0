package org.organizer.cases.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.organizer.accounts.Actor;
import org.organizer.cases.CaseDocuments;
import org.organizer.cases.CaseNotFound;
import org.organizer.cases.Cases;
import org.organizer.print.PdfDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Renders the dossier of a case for one exporter with the print engine ({@link PdfDocuments}). */
@Service
class Dossiers {

    private static final Logger log = LoggerFactory.getLogger(Dossiers.class);

    private final Cases cases;
    private final CaseDocuments sourceDocuments;
    private final PdfDocuments documents;
    private final MessageSource messages;
    private final Clock clock = Clock.systemUTC();

    Dossiers(Cases cases, CaseDocuments sourceDocuments, PdfDocuments documents, MessageSource messages) {
        this.cases = cases;
        this.sourceDocuments = sourceDocuments;
        this.documents = documents;
        this.messages = messages;
    }

    record Rendered(byte[] pdf, String filename) {}

    /**
     * The dossier as {@code exporter} may see the case, labels in {@code language}. A case of which they may see
     * nothing is a {@link CaseNotFound}.
     */
    Rendered render(Actor exporter, UUID caseId, String language) {
        long started = System.nanoTime();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Dossier dossier = Dossier.of(
                cases.forDossier(exporter, caseId),
                sourceDocuments.forCase(exporter, caseId),
                exporter.displayName() + " (" + exporter.email() + ")",
                now,
                language);
        if (dossier.empty()) {
            throw new CaseNotFound();
        }
        DossierLayout layout = new DossierLayout(dossier, messages);
        byte[] pdf = documents.pdf(layout.toFo(), layout.title());
        String slug = dossier.view().summary().slug();
        log.info(
                "Rendered the dossier of {} ({}, {} events) in {} ms",
                slug,
                language,
                dossier.view().events().size(),
                (System.nanoTime() - started) / 1_000_000);
        return new Rendered(pdf, slug + "-dossier-" + language + ".pdf");
    }
}
