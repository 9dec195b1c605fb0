package org.organizer.network;

/**
 * Private contact details of an organisation, for editors and administrators only. Never part of
 * {@link Organisation}, of a public page, feed or public API answer.
 */
public record OrganisationContacts(String email, String phone, String postalAddress, String notes) {

    public static OrganisationContacts none() {
        return new OrganisationContacts("", "", "", "");
    }
}
