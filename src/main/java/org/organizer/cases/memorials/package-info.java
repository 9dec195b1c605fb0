/**
 * Memorials: the people killed in one event, gathered from case files, with a text per language published
 * separately; names only with consent, read at request time so that a withdrawn consent removes them at once.
 */
@NullMarked
package org.organizer.cases.memorials;

import org.jspecify.annotations.NullMarked;
