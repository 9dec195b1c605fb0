/** View models of the accounts pages, public only so that precompiled templates can read them. */
@NullMarked
package org.organizer.accounts.web;

import org.jspecify.annotations.NullMarked;
