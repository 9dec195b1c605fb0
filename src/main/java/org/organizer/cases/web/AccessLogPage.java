package org.organizer.cases.web;

import java.util.List;
import org.organizer.cases.AccessLogEntry;

public record AccessLogPage(List<AccessLogEntry> entries) {}
