/**
 * The dossier of a case: a PDF for lawyers and human-rights bodies, rendered by the print engine, holding what
 * its exporter may see, every page marked with who exported it and when.
 */
@NullMarked
package org.organizer.cases.dossier;

import org.jspecify.annotations.NullMarked;
