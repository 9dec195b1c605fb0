package org.organizer.accounts.web;

import org.organizer.accounts.Role;

/** One line of the users page. */
public record UserView(
        String id, String email, String displayName, Role role, boolean enabled, boolean activated, boolean locked) {}
