/** View models of the network pages, public only so that precompiled templates can read them. */
@NullMarked
package org.organizer.network.web;

import org.jspecify.annotations.NullMarked;
