package org.organizer.funds;

import org.organizer.accounts.UserId;

/** Someone named in a fund's records: a treasurer, who recorded or approved an entry. */
public record Person(UserId id, String name) {}
