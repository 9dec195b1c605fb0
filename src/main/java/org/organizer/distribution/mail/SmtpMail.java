package org.organizer.distribution.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.organizer.distribution.delivery.PermanentDeliveryFailure;
import org.organizer.platform.PlatformProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends one e-mail over SMTP for a delivery, and tells failures worth retrying (server busy, connection
 * lost) from permanent ones (address refused). The Message-ID is derived from the delivery, so if a node dies
 * between the server's acceptance and the record of it, the second attempt carries the same Message-ID and
 * mail systems can recognise the duplicate.
 */
@Component
public class SmtpMail {

    private static final String UTF_8 = "UTF-8";

    /** Only for building messages; the sender connects with its own configured session. */
    private static final Session SESSION = Session.getInstance(new Properties());

    private final ObjectProvider<JavaMailSender> sender;
    private final InternetAddress from;
    private final String messageIdDomain;

    SmtpMail(ObjectProvider<JavaMailSender> sender, OutgoingMailProperties mail, PlatformProperties platform) {
        this.sender = sender;
        this.messageIdDomain = platform.baseUrl().getHost() == null
                ? "localhost"
                : platform.baseUrl().getHost();
        this.from = sender(mail.from(), messageIdDomain);
    }

    public void send(UUID delivery, OutgoingMail mail) throws PermanentDeliveryFailure, MessagingException {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            throw new PermanentDeliveryFailure("No SMTP server is configured: set spring.mail.host");
        }
        String messageId = "<" + delivery + "@" + messageIdDomain + ">";
        MimeMessage message = new MimeMessage(SESSION) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(from);
        try {
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        } catch (MessagingException e) {
            throw new PermanentDeliveryFailure("Not a valid e-mail address: " + mail.to(), e);
        }
        message.setSubject(mail.subject(), UTF_8);
        message.setSentDate(new Date());
        if (mail.html() == null) {
            message.setText(mail.text(), UTF_8);
        } else {
            // Plain text first: clients show the last alternative they understand (RFC 2046 §5.1.4).
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), UTF_8);
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), UTF_8, "html");
            message.setContent(new MimeMultipart("alternative", text, html));
        }
        for (Map.Entry<String, String> header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        try {
            smtp.send(message);
        } catch (MailAuthenticationException e) {
            throw new MessagingException("The SMTP server refused the credentials", e);
        } catch (MailSendException e) {
            if (refusedForGood(e)) {
                throw new PermanentDeliveryFailure("The SMTP server refused the message: " + e.getMessage(), e);
            }
            throw new MessagingException("Sending failed: " + e.getMessage(), e);
        } catch (MailException e) {
            throw new MessagingException("Sending failed: " + e.getMessage(), e);
        }
    }

    /** SMTP reply codes 5xx are permanent (RFC 5321 §4.2.1); 4xx and lost connections are worth retrying. */
    private static boolean refusedForGood(MailSendException e) {
        for (Exception failed : e.getFailedMessages().values()) {
            for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
                if (cause instanceof SendFailedException && returnCode(cause) >= 500) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Angus Mail's SMTP exceptions carry the server's reply code; read it without depending on them. */
    private static int returnCode(Throwable e) {
        try {
            return (int) e.getClass().getMethod("getReturnCode").invoke(e);
        } catch (ReflectiveOperationException | ClassCastException notSmtp) {
            return 0;
        }
    }

    private static InternetAddress sender(String configured, String host) {
        try {
            return new InternetAddress(configured.isBlank() ? "noreply@" + host : configured, true);
        } catch (MessagingException e) {
            throw new IllegalStateException("organizer.mail.from is not a valid address: " + configured, e);
        }
    }
}
