package org.organizer.distribution.mail;

import jakarta.annotation.PreDestroy;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.StreamProvider;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.organizer.distribution.delivery.PermanentDeliveryFailure;
import org.organizer.platform.PlatformProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
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

    static {
        // Jakarta Mail 2.1 finds its StreamProvider through ServiceLoader on every header encoding and body
        // write, scanning every jar each time (jakartaee/mail-api#861): two thirds of the CPU of sending a
        // message went there. Naming the implementation (Angus Mail's, a runtime dependency: every mail test
        // fails if it moves) turns the lookup into a loaded-class lookup.
        if (System.getProperty(StreamProvider.class.getName()) == null) {
            System.setProperty(StreamProvider.class.getName(), "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    /** Only for building messages; the sender connects with its own configured session. */
    private static final Session SESSION = Session.getInstance(new Properties());

    /** Absent when no SMTP server is configured; looked up once, not on every message. */
    private final @Nullable JavaMailSender sender;
    /** One SMTP connection per sending thread, kept open between messages. */
    private final ThreadLocal<Transport> connection = new ThreadLocal<>();

    private final Set<Transport> open = ConcurrentHashMap.newKeySet();
    private final InternetAddress from;
    private final String messageIdDomain;

    SmtpMail(ObjectProvider<JavaMailSender> sender, OutgoingMailProperties mail, PlatformProperties platform) {
        this.sender = sender.getIfAvailable();
        this.messageIdDomain = platform.baseUrl().getHost() == null
                ? "localhost"
                : platform.baseUrl().getHost();
        this.from = sender(mail.from(), messageIdDomain);
    }

    public void send(UUID delivery, OutgoingMail mail) throws PermanentDeliveryFailure, MessagingException {
        JavaMailSender smtp = sender;
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
            transmit((JavaMailSenderImpl) smtp, message);
        } catch (SendFailedException e) {
            if (returnCode(e) >= 500 || returnCode(e.getNextException()) >= 500) {
                throw new PermanentDeliveryFailure("The SMTP server refused the message: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /**
     * Sends over this thread's open connection, so a large newsletter does not pay for a new connection and
     * greeting per message. A connection the server has closed meanwhile (idle timeout) is replaced once.
     */
    private void transmit(JavaMailSenderImpl smtp, MimeMessage message) throws MessagingException {
        message.saveChanges();
        Transport reused = connection.get();
        if (reused != null) {
            try {
                reused.sendMessage(message, message.getAllRecipients());
                return;
            } catch (SendFailedException refused) {
                discard(reused);
                throw refused; // the server answered: a fresh connection would get the same answer
            } catch (MessagingException stale) {
                discard(reused);
            }
        }
        Transport fresh = connect(smtp);
        try {
            fresh.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            discard(fresh);
            throw e;
        }
    }

    private Transport connect(JavaMailSenderImpl smtp) throws MessagingException {
        Transport transport = smtp.getSession().getTransport(smtp.getProtocol());
        transport.connect(smtp.getHost(), smtp.getPort(), smtp.getUsername(), smtp.getPassword());
        connection.set(transport);
        open.add(transport);
        return transport;
    }

    private void discard(Transport transport) {
        connection.remove();
        open.remove(transport);
        try {
            transport.close();
        } catch (MessagingException alreadyGone) {
            // nothing to do: the connection is dropped either way
        }
    }

    @PreDestroy
    void closeConnections() {
        for (Transport transport : List.copyOf(open)) {
            discard(transport);
        }
    }

    /** Angus Mail's SMTP exceptions carry the server's reply code; read it without depending on them. */
    private static int returnCode(@Nullable Throwable e) {
        if (e == null) {
            return 0;
        }
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
