/**
 * Endorsements of public calls by organisations: the public form with its e-mail confirmation, recognition
 * of directory organisations and of the same organisation endorsing twice, the editors' moderation, and the
 * public list and exports. Internal to the network module; the contact e-mail never leaves it except to
 * editors and the confirmation mail.
 */
@NullMarked
package org.organizer.network.endorsements;

import org.jspecify.annotations.NullMarked;
