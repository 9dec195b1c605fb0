package org.organizer.accounts;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Signed-in people change their own password, proving they know the current one. */
@Controller
class PasswordController {

    private final Accounts accounts;
    private final UserAdministration administration;

    PasswordController(Accounts accounts, UserAdministration administration) {
        this.accounts = accounts;
        this.administration = administration;
    }

    @GetMapping("/account/password")
    String form(@RequestParam(required = false) String changed, Model model) {
        return page(model, List.of(), changed != null);
    }

    @PostMapping("/account/password")
    String change(
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmation,
            Authentication authentication,
            Model model) {
        Actor actor = accounts.signedIn(authentication);
        List<String> errors = new ArrayList<>(accounts.checkPassword(newPassword, confirmation));
        if (errors.isEmpty() && !administration.changePassword(actor.id(), currentPassword, newPassword)) {
            errors.add("accounts.password.error.current");
        }
        if (!errors.isEmpty()) {
            return page(model, errors, false);
        }
        return "redirect:/account/password?changed";
    }

    private String page(Model model, List<String> errors, boolean changed) {
        model.addAttribute("errors", errors);
        model.addAttribute("changed", changed);
        model.addAttribute("minLength", accounts.minPasswordLength());
        return "accounts/password";
    }
}
