package org.organizer.search;

import java.io.PrintWriter;
import org.organizer.platform.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar organizer.jar search rebuild}: writes the index directory anew from the database. The
 * server holds the index while it runs, so stop it first; a server also rebuilds an empty index itself.
 */
@Component
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Manages the search index in <data dir>/index.")
class SearchCommand implements CliCommand {

    private final IndexRebuild rebuild;

    @Spec
    CommandSpec spec;

    SearchCommand(IndexRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    @Command(
            name = "rebuild",
            mixinStandardHelpOptions = true,
            description = "Rebuilds the index from the published articles. Run it with the server stopped.")
    int rebuild() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            long indexed = rebuild.rebuild((done, total) -> {
                out.printf("indexed %d/%d%n", done, total);
                out.flush();
            });
            out.printf("Search index rebuilt: %d published articles.%n", indexed);
            return 0;
        } catch (SearchUnavailable e) {
            spec.commandLine()
                    .getErr()
                    .println("The search index is in use, probably by a running server. Stop the server and try"
                            + " again; a server also rebuilds a missing index when it starts.");
            return 1;
        }
    }
}
