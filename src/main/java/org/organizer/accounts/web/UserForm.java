package org.organizer.accounts.web;

import org.organizer.accounts.Role;

/** What an administrator typed to create an account, shown again when it has errors. */
public record UserForm(String email, String displayName, Role role) {

    public static UserForm empty() {
        return new UserForm("", "", Role.CORRESPONDENT);
    }
}
