/** View models of the setup page, public only so that precompiled templates can read them. */
@NullMarked
package org.organizer.setup.web;

import org.jspecify.annotations.NullMarked;
