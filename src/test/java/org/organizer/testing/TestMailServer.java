package org.organizer.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * One real SMTP server (GreenMail) for the whole test JVM, on a free port, wired into every Spring test
 * context as {@code spring.mail.host}/{@code port}. Tests tell their messages apart by unique recipients.
 */
public final class TestMailServer {

    private static final GreenMail SERVER = start();

    private TestMailServer() {}

    private static GreenMail start() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    public static GreenMail server() {
        return SERVER;
    }

    public static int port() {
        return SERVER.getSmtp().getPort();
    }

    /** Every message received so far for this address. */
    public static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(SERVER.getReceivedMessages())
                .filter(message -> isAddressedTo(message, address))
                .toList();
    }

    private static boolean isAddressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null
                    && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    /** Registered in META-INF/spring.factories; equal for every test class, so contexts stay shared. */
    public static final class Customizer implements ContextCustomizerFactory {
        @Override
        public ContextCustomizer createContextCustomizer(
                Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
            return new MailProperties();
        }
    }

    private record MailProperties() implements ContextCustomizer {
        @Override
        public void customizeContext(
                org.springframework.context.ConfigurableApplicationContext context,
                org.springframework.test.context.MergedContextConfiguration mergedConfig) {
            context.getEnvironment()
                    .getPropertySources()
                    .addLast(new MapPropertySource(
                            "testMailServer", Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", port())));
        }
    }
}
