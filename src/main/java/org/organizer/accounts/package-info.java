/**
 * People who work on the site: accounts, roles, sign-in, API tokens, and the security rules every
 * request passes through.
 */
@NullMarked
@ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {"web", "platform"})
package org.organizer.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
