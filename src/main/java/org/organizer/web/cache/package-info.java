/** The in-process cache of rendered public pages and the servlet filter that serves it. */
@NullMarked
package org.organizer.web.cache;

import org.jspecify.annotations.NullMarked;
