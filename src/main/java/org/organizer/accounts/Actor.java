package org.organizer.accounts;

/**
 * Who is acting in a request: a signed-in person, or an API client acting for a person with a token's
 * role (never more than the person's own role).
 */
public record Actor(UserId id, String email, String displayName, Role role) {

    public boolean can(Role needed) {
        return role.includes(needed);
    }
}
