package org.organizer.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine;

@PressTest
class CaseRekeyTests {

    static final String OLD = "test-2026";
    static final String OLD_KEY = "tMrqIM2uuOFsRA4t6OrU65sMj3yiU1CoE+JQqGrCeQc=";
    static final String NEW = "next-2027";
    static final String NEW_KEY = "q3Sx0cI9m8Hq9m2m4Yb1tQeZk0l4o9vV7hS2pXy1ZcE=";

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    Cases cases;

    @Autowired
    PersonMerges merges;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CasesCommand command;

    @Test
    void rekeyingSealsEveryValueWithTheNewKeySoTheOldKeyCanGoAndRunningItAgainChangesNothing() {
        Actor admin = newsrooms.person(Role.ADMINISTRATOR);
        CaseSummary file = cases.open(admin, "PE", "DETAINED", "en", Newsrooms.unique("Rekey summary"));
        String name = Newsrooms.unique("Fictional Rekeyed Person");
        UUID kept = cases.addPerson(admin, file.id(), "VICTIM", null, name, "1980", null, null, null);
        UUID duplicate =
                cases.addPerson(admin, file.id(), "SOURCE", null, "Fictional Duplicate", null, null, null, null);
        UUID merge = merges.merge(admin, kept, duplicate);

        FieldCipher both = cipher(Map.of(OLD, OLD_KEY, NEW, NEW_KEY), NEW);
        FieldCipher onlyNew = cipher(Map.of(NEW, NEW_KEY), NEW);
        try {
            CaseRekey rekey = new CaseRekey(jdbc, both, transactions);
            assertThat(rekey.outstanding()).isPositive();
            CaseRekey.Counts first = rekey.rekey(3, n -> {});
            assertThat(first.fields()).isPositive();
            assertThat(first.merges()).isPositive();
            assertThat(rekey.outstanding()).isZero();
            assertThat(rekey.rekey(3, n -> {}).total()).as("idempotent").isZero();

            CaseRepository.StoredField stored = jdbc.sql("""
                            SELECT owner_kind, owner_id, name, language, visibility, plain, sealed FROM case_field
                            WHERE owner_id = ? AND name = 'name'""")
                    .param(kept)
                    .query((rs, n) -> new CaseRepository.StoredField(
                            OwnerKind.valueOf(rs.getString(1)),
                            rs.getObject(2, UUID.class),
                            rs.getString(3),
                            rs.getString(4),
                            Visibility.valueOf(rs.getString(5)),
                            rs.getString(6),
                            rs.getString(7)))
                    .single();
            assertThat(stored.sealed()).startsWith("v1:" + NEW + ":");
            assertThat(onlyNew.open(stored.sealed(), Cases.place(stored)))
                    .as("readable with only the new key")
                    .isEqualTo(name);
            String keptName = jdbc.sql("SELECT kept_name FROM case_person_merge WHERE id = ?")
                    .param(merge)
                    .query(String.class)
                    .single();
            assertThat(onlyNew.open(keptName, PersonMerges.place(merge, "keptName")))
                    .isEqualTo(name);
            assertThatThrownBy(() -> cipher(Map.of(OLD, OLD_KEY), OLD).open(stored.sealed(), Cases.place(stored)))
                    .as("the old key alone no longer opens it")
                    .isInstanceOf(IllegalStateException.class);
        } finally {
            // the rest of the tests share this database and the application's only key, the old one
            new CaseRekey(jdbc, cipher(Map.of(OLD, OLD_KEY, NEW, NEW_KEY), OLD), transactions).rekey(500, n -> {});
        }
        assertThat(cases.view(admin, file.id())
                        .persons()
                        .getFirst()
                        .field("name")
                        .orElseThrow()
                        .value())
                .isEqualTo(name);
    }

    @Test
    void theCommandReportsItsCounts() {
        StringWriter out = new StringWriter();
        int exit = new CommandLine(command).setOut(new PrintWriter(out)).execute("rekey", "--batch-size", "50");
        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("0 sealed values are not on the active key.")
                .contains(
                        "Re-sealed with the active key: 0 values, 0 merge records, 0 photos, 0 documents (0 in all).");
        assertThat(new CommandLine(command)
                        .setErr(new PrintWriter(new StringWriter()))
                        .execute("rekey", "--batch-size", "0"))
                .isEqualTo(2);
    }

    private static FieldCipher cipher(Map<String, String> keys, String active) {
        return new FieldCipher(new CasesProperties(new LinkedHashMap<>(keys), active));
    }
}
