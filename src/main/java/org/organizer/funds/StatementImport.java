package org.organizer.funds;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Actor;
import org.organizer.platform.LinkTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a bank statement (CSV) into a fund's ledger as contributions by bank transfer. The treasurer names
 * the columns that hold the date, the amount, the currency (or gives one currency for the whole file), and
 * optionally the bank's reference and the description. All lines or none: a wrong column or a bad line
 * refuses the file. Money going out (negative amounts) is skipped: a disbursement needs a purpose, a
 * recipient and a second treasurer. Each line is remembered by the bank's reference, or else by a hash of
 * the line and how often the same line came before it in the file, so importing a file twice adds nothing.
 */
@Service
public class StatementImport {

    private static final int MAX_LINES = 200_000;

    /** Which column holds what; reference and description are optional, and so is the currency column. */
    public record Mapping(
            String date,
            String amount,
            @Nullable String currency,
            @Nullable String fixedCurrency,
            @Nullable String reference,
            @Nullable String description) {

        public static Mapping typed(
                @Nullable String date,
                @Nullable String amount,
                @Nullable String currency,
                @Nullable String fixedCurrency,
                @Nullable String reference,
                @Nullable String description) {
            String d = name(date);
            String a = name(amount);
            if (d == null || a == null) {
                throw new InvalidStatement("funds.error.statement.mapping");
            }
            String c = name(currency);
            String fixed = name(fixedCurrency);
            if (c == null && fixed == null) {
                throw new InvalidStatement("funds.error.statement.currency");
            }
            return new Mapping(
                    d,
                    a,
                    c,
                    fixed == null ? null : Money.currency(fixed).getCurrencyCode(),
                    name(reference),
                    name(description));
        }

        private static @Nullable String name(@Nullable String column) {
            String n = column == null ? "" : column.strip().toLowerCase(Locale.ROOT);
            return n.isEmpty() ? null : n;
        }
    }

    /** How many lines were recorded, already known, or skipped as money going out. */
    public record Result(int recorded, int known, int outgoing) {}

    private record Line(int number, String key, Contribution contribution) {}

    private final LedgerRepository ledger;
    private final FundRepository funds;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    StatementImport(
            LedgerRepository ledger, FundRepository funds, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.ledger = ledger;
        this.funds = funds;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public Result importCsv(Actor treasurer, FundId fund, String csv, Mapping mapping) {
        if (!funds.lock(fund)) {
            throw new FundNotFound();
        }
        if (!funds.isTreasurer(fund, treasurer.id())) {
            throw FundAccessDenied.treasurersOnly();
        }
        List<String> rows =
                csv.replace("\uFEFF", "").lines().filter(l -> !l.isBlank()).toList();
        if (rows.size() < 2) {
            throw new InvalidStatement("funds.error.statement.empty");
        }
        if (rows.size() > MAX_LINES + 1) {
            throw new InvalidStatement("funds.error.statement.tooLong", MAX_LINES);
        }
        char separator = separator(rows.getFirst());
        List<String> header = Csv.split(rows.getFirst(), separator).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        int date = column(header, mapping.date());
        int amount = column(header, mapping.amount());
        int currency = mapping.currency() == null ? -1 : column(header, mapping.currency());
        int reference = mapping.reference() == null ? -1 : column(header, mapping.reference());
        int description = mapping.description() == null ? -1 : column(header, mapping.description());

        List<Line> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int outgoing = 0;
        for (int i = 1; i < rows.size(); i++) {
            int number = i + 1;
            List<String> cells = Csv.split(rows.get(i), separator);
            if (cells.size() != header.size()) {
                throw new InvalidStatement("funds.error.statement.cells", number, header.size());
            }
            String typedAmount = cells.get(amount).strip();
            if (typedAmount.startsWith("-")) {
                outgoing++;
                continue;
            }
            if (typedAmount.startsWith("+")) {
                typedAmount = typedAmount.substring(1);
            }
            String bankReference = reference < 0 ? "" : cells.get(reference).strip();
            String text = description < 0 ? "" : cells.get(description).strip();
            String privateNote = (bankReference + (bankReference.isEmpty() || text.isEmpty() ? "" : " · ") + text);
            if (privateNote.length() > 200) {
                privateNote = privateNote.substring(0, 200);
            }
            Contribution contribution;
            try {
                contribution = new Contribution(
                        Money.of(typedAmount, currency < 0 ? mapping.fixedCurrency() : cells.get(currency)),
                        EntryRules.date(cells.get(date)),
                        PaymentMethod.BANK_TRANSFER,
                        privateNote,
                        null);
            } catch (org.organizer.web.UserFacingException e) {
                throw new InvalidStatement("funds.error.statement.line", number);
            }
            String key;
            if (!bankReference.isEmpty()) {
                key = "ref:" + (bankReference.length() > 250 ? LinkTokens.hash(bankReference) : bankReference);
            } else {
                String row = String.join("\u001f", cells);
                int occurrence = seen.merge(row, 1, Integer::sum);
                key = "line:" + LinkTokens.hash(row + "\u001e" + occurrence);
            }
            lines.add(new Line(number, key, contribution));
        }

        // The fund's row is locked: the keys read here stay the only ones until the commit.
        Set<String> known = known(fund, lines.stream().map(Line::key).toList());
        List<LedgerRepository.NewEntry> entries = new ArrayList<>();
        List<Object[]> remembered = new ArrayList<>();
        Instant now = Funds.now();
        int already = 0;
        for (Line line : lines) {
            if (!known.add(line.key())) {
                already++;
                continue;
            }
            EntryId id = EntryId.random();
            entries.add(LedgerRepository.NewEntry.contribution(id, fund, line.contribution(), treasurer.id(), now));
            remembered.add(new Object[] {fund.value(), line.key(), id.value()});
        }
        if (!entries.isEmpty()) {
            ledger.insertContributions(fund, entries, treasurer.id(), now);
            String[] keys = remembered.stream().map(r -> (String) r[1]).toArray(String[]::new);
            String[] ids = remembered.stream().map(r -> r[2].toString()).toArray(String[]::new);
            jdbc.update(connection -> {
                PreparedStatement statement = connection.prepareStatement("""
                        INSERT INTO fund_statement_line (fund_id, line_key, entry_id)
                        SELECT ?, u.line_key, u.entry_id::uuid FROM unnest(?::text[], ?::text[]) AS u(line_key, entry_id)""");
                statement.setObject(1, fund.value());
                statement.setArray(2, connection.createArrayOf("text", keys));
                statement.setArray(3, connection.createArrayOf("text", ids));
                return statement;
            });
            events.publishEvent(new FundChanged(fund));
        }
        return new Result(entries.size(), already, outgoing);
    }

    /** Which of these keys the fund's earlier imports already hold: one query, however long the file. */
    private Set<String> known(FundId fund, List<String> keys) {
        Set<String> known = new HashSet<>();
        if (keys.isEmpty()) {
            return known;
        }
        jdbc.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(
                            "SELECT line_key FROM fund_statement_line WHERE fund_id = ? AND line_key = ANY (?)");
                    statement.setObject(1, fund.value());
                    statement.setArray(2, connection.createArrayOf("text", keys.toArray()));
                    return statement;
                },
                (RowCallbackHandler) rs -> {
                    known.add(rs.getString(1));
                });
        return known;
    }

    private static int column(List<String> header, String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new InvalidStatement("funds.error.statement.columns", name, String.join(", ", header));
        }
        return index;
    }

    private static char separator(String header) {
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        return semicolons > commas ? ';' : ',';
    }

    /** Splits one CSV line: quoted cells may hold the separator and doubled quotes. */
    static final class Csv {
        private Csv() {}

        static List<String> split(String line, char separator) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == separator) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            return cells;
        }
    }
}
