package org.organizer.setup;

import java.util.List;
import org.organizer.accounts.Accounts;
import org.organizer.setup.web.SetupForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The setup page: exists until the installation is set up, then answers 404. */
@Controller
@RequestMapping("/setup")
class SetupController {

    private final SetupService setup;
    private final Accounts accounts;

    SetupController(SetupService setup, Accounts accounts) {
        this.setup = setup;
        this.accounts = accounts;
    }

    @GetMapping
    String form(Model model) {
        refuseWhenSetUp();
        return page(model, SetupForm.initial(), List.of());
    }

    @PostMapping
    String submit(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String defaultLanguage,
            @RequestParam(defaultValue = "") String languages,
            Model model) {
        refuseWhenSetUp();
        SetupRequest request =
                new SetupRequest(email, displayName, password, confirmation, title, defaultLanguage, languages);
        List<String> errors = setup.check(request);
        if (!errors.isEmpty()) {
            SetupForm typed = new SetupForm(
                    request.email(),
                    request.displayName(),
                    request.title(),
                    request.defaultLanguage(),
                    request.languages());
            return page(model, typed, errors);
        }
        setup.setUp(request);
        return "redirect:/login?setup";
    }

    private void refuseWhenSetUp() {
        if (setup.isSetUp()) {
            throw new AlreadySetUp();
        }
    }

    private String page(Model model, SetupForm form, List<String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("minLength", accounts.minPasswordLength());
        return "setup/setup";
    }
}
