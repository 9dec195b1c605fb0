package org.organizer.testing;

import java.util.List;
import java.util.Map;
import org.organizer.distribution.telegram.FakeBotApi;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * One local stand-in for the Telegram Bot API for the whole test JVM, wired into every Spring test context as
 * {@code organizer.telegram.api-base-url}, so no test context ever reaches the real Telegram. Nothing is posted
 * unless a test sets a bot token and a channel; tests tell their posts apart by unique channels.
 */
public final class TestBotApi {

    private static final FakeBotApi API = FakeBotApi.start();

    private TestBotApi() {}

    public static FakeBotApi api() {
        return API;
    }

    /** Registered in META-INF/spring.factories; equal for every test class, so contexts stay shared. */
    public static final class Customizer implements ContextCustomizerFactory {
        @Override
        public ContextCustomizer createContextCustomizer(
                Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
            return new BotApiProperties();
        }
    }

    private record BotApiProperties() implements ContextCustomizer {
        @Override
        public void customizeContext(
                org.springframework.context.ConfigurableApplicationContext context,
                org.springframework.test.context.MergedContextConfiguration mergedConfig) {
            context.getEnvironment()
                    .getPropertySources()
                    .addLast(new MapPropertySource(
                            "testBotApi", Map.of("organizer.telegram.api-base-url", API.baseUrl())));
        }
    }
}
