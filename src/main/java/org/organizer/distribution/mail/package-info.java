/**
 * Transactional e-mails (confirmation links, notices) queued as durable deliveries; other modules may send
 * through {@link org.organizer.distribution.mail.Mailer}.
 */
@NullMarked
@NamedInterface("mail")
package org.organizer.distribution.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
