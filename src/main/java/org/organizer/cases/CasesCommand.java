package org.organizer.cases;

import java.io.PrintWriter;
import org.organizer.platform.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar organizer.jar cases rekey}: seals every case-team value anew with the active key, so an old
 * key can be removed (docs/cases.md, rotation). Safe to run while the server runs and to run again.
 */
@Component
@Command(name = "cases", mixinStandardHelpOptions = true, description = "Maintains case files.")
class CasesCommand implements CliCommand {

    private final CaseRekey rekey;

    @Spec
    CommandSpec spec;

    CasesCommand(CaseRekey rekey) {
        this.rekey = rekey;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    @Command(
            name = "rekey",
            mixinStandardHelpOptions = true,
            description = "Seals every case-team value, merge record and photo with the active key"
                    + " (organizer.cases.active-key-id), in batches. Values already on it are left alone.")
    int rekey(
            @Option(
                            names = "--batch-size",
                            defaultValue = "500",
                            description = "Values per transaction (default ${DEFAULT-VALUE}).")
                    int batchSize) {
        PrintWriter out = spec.commandLine().getOut();
        if (batchSize < 1 || batchSize > 100_000) {
            spec.commandLine().getErr().println("--batch-size must be from 1 to 100000.");
            return 2;
        }
        try {
            long outstanding = rekey.outstanding();
            out.printf("%d sealed values are not on the active key.%n", outstanding);
            out.flush();
            long[] done = {0};
            CaseRekey.Counts counts = rekey.rekey(batchSize, n -> {
                if (n > 0) {
                    done[0] += n;
                    out.printf("re-sealed %d%n", done[0]);
                    out.flush();
                }
            });
            out.printf(
                    "Re-sealed with the active key: %d values, %d merge records, %d photos, %d documents (%d in all)."
                            + " Nothing is left on other keys.%n",
                    counts.fields(), counts.merges(), counts.photos(), counts.documents(), counts.total());
            return 0;
        } catch (EncryptionNotConfigured e) {
            spec.commandLine()
                    .getErr()
                    .println("No case encryption key is configured (organizer.cases.encryption-keys).");
            return 1;
        }
    }
}
