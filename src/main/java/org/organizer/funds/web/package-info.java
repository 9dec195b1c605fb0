/** What the treasurers' pages show: plain records the templates read. */
@NullMarked
package org.organizer.funds.web;

import org.jspecify.annotations.NullMarked;
