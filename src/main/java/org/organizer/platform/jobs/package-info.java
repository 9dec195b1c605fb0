/** Durable background jobs in PostgreSQL, shared by every node of one site. */
@NullMarked
package org.organizer.platform.jobs;

import org.jspecify.annotations.NullMarked;
