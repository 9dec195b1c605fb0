package org.organizer.cases.web;

/** Why a form was refused: a message key and its arguments. */
public record Problem(String key, Object[] arguments) {}
