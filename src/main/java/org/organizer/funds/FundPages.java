package org.organizer.funds;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.funds.web.FundListPage;
import org.organizer.funds.web.FundPage;
import org.organizer.funds.web.Problem;
import org.organizer.funds.web.RatesPage;
import org.organizer.funds.web.Typed;
import org.organizer.web.SiteInfo;
import org.organizer.web.UserFacingException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The treasurers' pages under /admin/funds. Every check of who may do what lives in the services; a
 * refused form comes back with its values, the translated reason and the status (400, 403, 409).
 */
@Controller
class FundPages {

    private static final Map<String, String> NOTICES = Map.of(
            "opened", "funds.notice.opened",
            "recorded", "funds.notice.recorded",
            "approved", "funds.notice.approved",
            "reversed", "funds.notice.reversed",
            "assigned", "funds.notice.assigned",
            "text", "funds.notice.text",
            "rate", "funds.notice.rate",
            "imported", "funds.notice.imported",
            "statement", "funds.notice.statement",
            "receipt", "funds.notice.receipt");

    private final Funds funds;
    private final Ledger ledger;
    private final ExchangeRates rates;
    private final Accounts accounts;
    private final SiteInfo site;
    private final Pledges pledges;
    private final StatementImport statements;
    private final Receipts receipts;

    FundPages(
            Funds funds,
            Ledger ledger,
            ExchangeRates rates,
            Accounts accounts,
            SiteInfo site,
            Pledges pledges,
            StatementImport statements,
            Receipts receipts) {
        this.receipts = receipts;
        this.pledges = pledges;
        this.statements = statements;
        this.funds = funds;
        this.ledger = ledger;
        this.rates = rates;
        this.accounts = accounts;
        this.site = site;
    }

    @GetMapping("/admin/funds")
    String list(Authentication auth, Model model) {
        return list(model, actor(auth), null, Typed.none());
    }

    @PostMapping("/admin/funds")
    String open(
            Authentication auth, @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        Actor actor = actor(auth);
        Funds.requireAdministrator(actor);
        return attempt(
                () -> {
                    Fund fund = funds.open(
                            actor,
                            NewFund.typed(
                                    FundText.of(form.get("language"), form.get("title"), form.get("description")),
                                    form.get("currency"),
                                    form.get("target"),
                                    form.get("opensOn"),
                                    form.get("closesOn"),
                                    form.get("callId"),
                                    form.get("dayOfActionId"),
                                    form.get("caseId")));
                    return "redirect:/admin/funds/" + fund.id() + "?notice=opened";
                },
                (problem, status) -> {
                    response.setStatus(status);
                    return list(model, actor, problem, typed("open", form));
                },
                "open");
    }

    @GetMapping("/admin/funds/{id}")
    String fund(
            Authentication auth,
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String notice,
            Model model) {
        return fund(model, actor(auth), FundId.parse(id), null, Typed.none(), notice(notice));
    }

    @PostMapping("/admin/funds/{id}/texts")
    String saveText(
            Authentication auth,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        Actor actor = actor(auth);
        FundId fund = FundId.parse(id);
        return write(
                actor,
                fund,
                "text",
                form,
                model,
                response,
                () -> funds.saveText(
                        actor, fund, FundText.of(form.get("language"), form.get("title"), form.get("description"))));
    }

    @PostMapping("/admin/funds/{id}/treasurers")
    String assign(
            Authentication auth,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        Actor actor = actor(auth);
        FundId fund = FundId.parse(id);
        return write(
                actor,
                fund,
                "assigned",
                form,
                model,
                response,
                () -> funds.assignTreasurer(actor, fund, form.getOrDefault("email", "")));
    }

    @PostMapping("/admin/funds/{id}/contributions")
    String contribute(
            Authentication auth,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        Actor actor = actor(auth);
        FundId fund = FundId.parse(id);
        return write(
                actor,
                fund,
                "recorded",
                form,
                model,
                response,
                () -> ledger.recordContribution(
                        actor,
                        fund,
                        Contribution.typed(
                                form.get("amount"),
                                form.get("currency"),
                                form.get("date"),
                                form.get("method"),
                                form.get("reference"),
                                form.get("pledgeId"))));
    }

    @PostMapping("/admin/funds/{id}/disbursements")
    String disburse(
            Authentication auth,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        Actor actor = actor(auth);
        FundId fund = FundId.parse(id);
        return write(
                actor,
                fund,
                "recorded",
                form,
                model,
                response,
                () -> ledger.recordDisbursement(
                        actor,
                        fund,
                        Disbursement.typed(
                                form.get("amount"),
                                form.get("currency"),
                                form.get("date"),
                                form.get("purpose"),
                                form.get("recipient"))));
    }

    @PostMapping("/admin/funds/{id}/entries/{entry}/approval")
    String approve(
            Authentication auth,
            @PathVariable String id,
            @PathVariable String entry,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        Actor actor = actor(auth);
        FundId fund = FundId.parse(id);
        return write(
                actor,
                fund,
                "approved",
                form,
                model,
                response,
                () -> ledger.approve(actor, fund, EntryId.parse(entry)));
    }

    @PostMapping("/admin/funds/{id}/entries/{entry}/reversal")
    String reverse(
            Authentication auth,
            @PathVariable String id,
            @PathVariable String entry,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        Actor actor = actor(auth);
        FundId fund = FundId.parse(id);
        return write(
                actor,
                fund,
                "reversed",
                form,
                model,
                response,
                () -> ledger.reverse(actor, fund, EntryId.parse(entry), form.get("reason")));
    }

    /** A bank statement with the treasurer's column mapping; all lines or none, known lines skipped. */
    @PostMapping("/admin/funds/{id}/statement")
    String importStatement(
            Authentication auth,
            @PathVariable String id,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response)
            throws IOException {
        Actor actor = actor(auth);
        FundId fund = FundId.parse(id);
        String csv = file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
        return write(
                actor,
                fund,
                "statement",
                form,
                model,
                response,
                () -> statements.importCsv(
                        actor,
                        fund,
                        csv,
                        StatementImport.Mapping.typed(
                                form.get("dateColumn"),
                                form.get("amountColumn"),
                                form.get("currencyColumn"),
                                form.get("fixedCurrency"),
                                form.get("referenceColumn"),
                                form.get("descriptionColumn"))));
    }

    /** One or more receipt files for a disbursement: all or none; the type is sniffed from the bytes. */
    @PostMapping("/admin/funds/{id}/entries/{entry}/receipts")
    String attachReceipts(
            Authentication auth,
            @PathVariable String id,
            @PathVariable String entry,
            @RequestParam(name = "file", required = false) @Nullable List<MultipartFile> files,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response)
            throws IOException {
        Actor actor = actor(auth);
        FundId fund = FundId.parse(id);
        List<Receipts.Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            uploads.add(new Receipts.Upload(file.getOriginalFilename(), file.getBytes()));
        }
        // A refusal is shown above the ledger, where the receipt forms are.
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("form", "entries");
        return write(
                actor,
                fund,
                "receipt",
                fields,
                model,
                response,
                () -> receipts.attach(actor, fund, EntryId.parse(entry), uploads));
    }

    /**
     * A receipt, for the fund's treasurers and the administrators only: always a download (attachment), never
     * sniffed by the browser, never cached by anyone on the way.
     */
    @GetMapping("/admin/funds/{id}/receipts/{receipt}")
    ResponseEntity<byte[]> receipt(Authentication auth, @PathVariable String id, @PathVariable String receipt) {
        Receipts.ReceiptFile file = receipts.file(actor(auth), FundId.parse(id), ReceiptId.parse(receipt));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.receipt().contentType()))
                .contentLength(file.bytes().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.receipt().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.bytes());
    }

    @GetMapping("/admin/funds/rates")
    String rates(
            Authentication auth,
            @RequestParam(required = false) @Nullable String notice,
            @RequestParam(defaultValue = "0") long count,
            Model model) {
        return rates(model, actor(auth), null, Typed.none(), notice(notice), count);
    }

    @PostMapping("/admin/funds/rates")
    String enterRate(
            Authentication auth, @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        Actor actor = actor(auth);
        return attempt(
                () -> {
                    rates.enter(
                            actor,
                            ExchangeRates.typed(
                                    form.get("date"),
                                    form.get("base"),
                                    form.get("quote"),
                                    form.get("rate"),
                                    form.get("source")));
                    return "redirect:/admin/funds/rates?notice=rate";
                },
                (problem, status) -> {
                    response.setStatus(status);
                    return rates(model, actor, problem, typed("rate", form), null, 0);
                },
                "rate");
    }

    @PostMapping("/admin/funds/rates/import")
    String importRates(
            Authentication auth,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String source,
            Model model,
            HttpServletResponse response)
            throws IOException {
        Actor actor = actor(auth);
        String csv = file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
        return attempt(
                () -> "redirect:/admin/funds/rates?notice=imported&count=" + rates.importCsv(actor, csv, source),
                (problem, status) -> {
                    response.setStatus(status);
                    return rates(model, actor, problem, Typed.none(), null, 0);
                },
                "import");
    }

    private String write(
            Actor actor,
            FundId fund,
            String notice,
            Map<String, String> form,
            Model model,
            HttpServletResponse response,
            Runnable action) {
        String name = form.getOrDefault("form", notice);
        return attempt(
                () -> {
                    action.run();
                    return "redirect:/admin/funds/" + fund + "?notice=" + notice;
                },
                (problem, status) -> {
                    response.setStatus(status);
                    return fund(model, actor, fund, problem, typed(name, form), null);
                },
                name);
    }

    private interface Refusal {
        String show(Problem problem, int status);
    }

    /** Runs a write; a refusal that concerns the form is shown with it, access and absence go to error pages. */
    private static String attempt(Supplier<String> action, Refusal refusal, String form) {
        try {
            return action.get();
        } catch (FundAccessDenied | FundNotFound e) {
            throw e;
        } catch (UserFacingException e) {
            return refusal.show(
                    new Problem(form, e.messageKey(), Arrays.asList(e.arguments())),
                    e.status().value());
        }
    }

    private String list(Model model, Actor actor, @Nullable Problem problem, Typed typed) {
        model.addAttribute(
                "page",
                new FundListPage(
                        funds.visibleTo(actor),
                        language(),
                        actor.can(Role.ADMINISTRATOR),
                        site.languages(),
                        problem,
                        typed,
                        today()));
        return "funds/list";
    }

    private String fund(
            Model model, Actor actor, FundId id, @Nullable Problem problem, Typed typed, @Nullable String notice) {
        Fund fund = funds.fund(actor, id);
        ConvertedTotal converted = null;
        Problem conversionProblem = null;
        try {
            converted = rates.convertedTotal(actor, id, fund.currency());
        } catch (MissingExchangeRate e) {
            conversionProblem = new Problem("converted", e.messageKey(), Arrays.asList(e.arguments()));
        }
        model.addAttribute(
                "page",
                new FundPage(
                        fund,
                        language(),
                        actor.can(Role.ADMINISTRATOR),
                        fund.hasTreasurer(actor.id()),
                        ledger.balances(actor, id),
                        converted,
                        conversionProblem,
                        ledger.entries(actor, id),
                        pledges.all(actor, id),
                        receipts.of(actor, id),
                        problem,
                        typed,
                        notice,
                        today()));
        return "funds/fund";
    }

    private String rates(
            Model model, Actor actor, @Nullable Problem problem, Typed typed, @Nullable String notice, long count) {
        model.addAttribute(
                "page",
                new RatesPage(
                        rates.latest(actor, 100),
                        String.join(",", ExchangeRates.CSV_COLUMNS),
                        problem,
                        typed,
                        notice,
                        count,
                        today()));
        return "funds/rates";
    }

    private static @Nullable String notice(@Nullable String notice) {
        return notice == null ? null : NOTICES.get(notice);
    }

    private static Typed typed(String form, Map<String, String> values) {
        Map<String, String> kept = new LinkedHashMap<>(values);
        kept.remove("_csrf");
        return new Typed(form, kept);
    }

    private String language() {
        String lang = LocaleContextHolder.getLocale().getLanguage();
        return site.languages().contains(lang) ? lang : site.defaultLanguage();
    }

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    private Actor actor(Authentication auth) {
        return accounts.signedIn(auth);
    }
}
