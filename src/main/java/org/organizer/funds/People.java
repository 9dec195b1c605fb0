package org.organizer.funds;

import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.accounts.UserId;
import org.springframework.stereotype.Component;

/** Names of the people in a fund's records, asked of the accounts module (its tables are its own). */
@Component
class People {

    private final Accounts accounts;

    People(Accounts accounts) {
        this.accounts = accounts;
    }

    Person person(UserId id) {
        return new Person(id, accounts.byId(id).map(Actor::displayName).orElse(id.toString()));
    }
}
