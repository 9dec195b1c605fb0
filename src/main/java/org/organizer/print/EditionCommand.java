package org.organizer.print;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.organizer.platform.CliCommand;
import org.organizer.press.PrintableEdition;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code java -jar organizer.jar edition pdf --lang en --number 12 --size a4 --file edition-12.pdf}. */
@Component
@Command(name = "edition", mixinStandardHelpOptions = true, description = "Prints editions.")
class EditionCommand implements CliCommand {

    private final PrintableEdition.Source editions;
    private final EditionPrinter printer;

    @Spec
    CommandSpec spec;

    EditionCommand(PrintableEdition.Source editions, EditionPrinter printer) {
        this.editions = editions;
        this.printer = printer;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    @Command(
            name = "pdf",
            mixinStandardHelpOptions = true,
            description = "Writes the print-ready PDF of a published edition.")
    int pdf(
            @Option(names = "--lang", required = true, description = "The edition's language, e.g. en.") String lang,
            @Option(names = "--number", required = true, description = "The edition's number.") int number,
            @Option(names = "--size", defaultValue = "tabloid", description = "tabloid (default), a4 or a3.")
                    String size,
            @Option(names = "--file", required = true, description = "The PDF file to write.") Path file) {
        Optional<PageSize> paper = PageSize.parse(size);
        if (paper.isEmpty()) {
            spec.commandLine().getErr().println("--size must be tabloid, a4 or a3.");
            return 2;
        }
        Optional<PrintableEdition> edition = editions.published(lang, number);
        if (edition.isEmpty()) {
            spec.commandLine().getErr().printf("There is no published edition %d in %s.%n", number, lang);
            return 1;
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            printer.write(edition.get(), paper.get(), out);
        } catch (IOException e) {
            spec.commandLine().getErr().printf("Could not write %s: %s%n", file, e.getMessage());
            return 1;
        }
        spec.commandLine()
                .getOut()
                .printf(
                        "Wrote %s (edition %d, %s, %s).%n",
                        file, number, lang, paper.get().label());
        return 0;
    }
}
