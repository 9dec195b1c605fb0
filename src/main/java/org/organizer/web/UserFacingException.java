package org.organizer.web;

import org.springframework.http.HttpStatus;

/**
 * A failure the user caused or can act on: not found, invalid input, a forbidden state change. Modules
 * subclass it with a named exception; pages show the translated message, the API a problem detail.
 * The message key, never an exception's text, is what reaches the user.
 */
public abstract class UserFacingException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final Object[] arguments;

    protected UserFacingException(HttpStatus status, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
