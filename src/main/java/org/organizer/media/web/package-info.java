/** View models of the photo pages, public only so that precompiled templates can read them. */
@NullMarked
package org.organizer.media.web;

import org.jspecify.annotations.NullMarked;
