/**
 * Runs the platform underneath the business modules: the database (embedded or external), the command
 * line, backups and configuration shared by every module.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.organizer.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
