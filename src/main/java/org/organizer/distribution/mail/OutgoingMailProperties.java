package org.organizer.distribution.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sender of Organizer's e-mails. The SMTP server itself is set with Spring Boot's standard
 * {@code spring.mail.*} properties ({@code SPRING_MAIL_HOST}, {@code SPRING_MAIL_PORT}, ...).
 *
 * @param from the From address, e.g. {@code "The Workers' Courier <news@example.org>"}; blank means
 *     {@code noreply@} the host of {@code organizer.base-url}
 */
@ConfigurationProperties("organizer.mail")
public record OutgoingMailProperties(@DefaultValue("") String from) {}
