/** Backup of the database and uploaded files into one zip, and restore of it into an empty installation. */
@NullMarked
package org.organizer.platform.backup;

import org.jspecify.annotations.NullMarked;
