package org.organizer.network;

/** A day of action, or what is public about its actions, changed (created, action published or rejected). */
public record DayOfActionChanged(DayOfActionId day) {}
