package org.organizer.accounts;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.organizer.accounts.web.UserForm;
import org.organizer.accounts.web.UserView;
import org.organizer.platform.PlatformProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators manage accounts: create them, hand out set-password links, change roles, disable. */
@Controller
@RequestMapping("/admin/users")
class UsersController {

    private final UserAdministration administration;
    private final Accounts accounts;
    private final PlatformProperties platform;

    UsersController(UserAdministration administration, Accounts accounts, PlatformProperties platform) {
        this.administration = administration;
        this.accounts = accounts;
        this.platform = platform;
    }

    @GetMapping
    String list(Model model) {
        return listPage(model, UserForm.empty(), List.of());
    }

    @PostMapping
    String create(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String role,
            Model model) {
        Optional<Role> parsedRole = Role.parse(role);
        UserForm form = new UserForm(email.strip(), displayName.strip(), parsedRole.orElse(Role.CORRESPONDENT));
        List<String> errors = new ArrayList<>(accounts.checkAccount(email, displayName));
        if (parsedRole.isEmpty()) {
            errors.add("accounts.users.error.role");
        }
        if (errors.isEmpty() && accounts.byEmail(email).isPresent()) {
            errors.add("accounts.user.error.emailTaken");
        }
        if (!errors.isEmpty()) {
            return listPage(model, form, errors);
        }
        UserAdministration.Created created = administration.create(form.email(), form.displayName(), form.role());
        return linkPage(model, created.user().displayName(), created.activationToken());
    }

    @PostMapping("/{id}/activation")
    String newActivationLink(@PathVariable UUID id, Model model) {
        UserId user = new UserId(id);
        String token = administration.newActivationLink(user);
        return linkPage(model, administration.get(user).displayName(), token);
    }

    @PostMapping("/{id}/role")
    String changeRole(@PathVariable UUID id, @RequestParam String role, Authentication authentication) {
        Role newRole = Role.parse(role).orElseThrow(InvalidAccountChange::role);
        administration.changeRole(admin(authentication), new UserId(id), newRole);
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable UUID id, @RequestParam boolean enabled, Authentication authentication) {
        administration.setEnabled(admin(authentication), new UserId(id), enabled);
        return "redirect:/admin/users";
    }

    private Actor admin(Authentication authentication) {
        return accounts.actor(authentication)
                .filter(actor -> actor.can(Role.ADMINISTRATOR))
                .orElseThrow(() -> new AccessDeniedException("not an administrator"));
    }

    private String listPage(Model model, UserForm form, List<String> errors) {
        OffsetDateTime now = OffsetDateTime.now();
        List<UserView> users = administration.all().stream()
                .map(row -> new UserView(
                        row.id().toString(),
                        row.email(),
                        row.displayName(),
                        row.role(),
                        row.enabled(),
                        row.passwordHash() != null,
                        row.lockedAt(now)))
                .toList();
        model.addAttribute("users", users);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "accounts/users";
    }

    private String linkPage(Model model, String displayName, String token) {
        String base = platform.baseUrl().toString().replaceAll("/+$", "");
        model.addAttribute("displayName", displayName);
        model.addAttribute("link", base + "/account/activate/" + token);
        return "accounts/activationLink";
    }
}
