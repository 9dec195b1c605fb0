/** What the case workers' pages show: plain records the templates read. */
@NullMarked
package org.organizer.cases.web;

import org.jspecify.annotations.NullMarked;
