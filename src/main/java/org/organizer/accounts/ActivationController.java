package org.organizer.accounts;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A new person opens the one-time link an administrator gave them and chooses a password. */
@Controller
class ActivationController {

    private final Accounts accounts;
    private final UserAdministration administration;

    ActivationController(Accounts accounts, UserAdministration administration) {
        this.accounts = accounts;
        this.administration = administration;
    }

    @GetMapping("/account/activate/{token}")
    String form(@PathVariable String token, Model model) {
        if (!administration.activationLinkValid(token)) {
            throw new InvalidActivationLink();
        }
        return page(model, token, List.of());
    }

    @PostMapping("/account/activate/{token}")
    String activate(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation,
            Model model) {
        if (!administration.activationLinkValid(token)) {
            throw new InvalidActivationLink();
        }
        List<String> errors = accounts.checkPassword(password, confirmation);
        if (!errors.isEmpty()) {
            return page(model, token, errors);
        }
        administration.activate(token, password);
        return "redirect:/login?activated";
    }

    private String page(Model model, String token, List<String> errors) {
        model.addAttribute("token", token);
        model.addAttribute("errors", errors);
        model.addAttribute("minLength", accounts.minPasswordLength());
        return "accounts/activate";
    }
}
