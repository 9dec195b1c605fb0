package org.organizer.web.cache;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.context.WebApplicationContext;

/**
 * The page cache and its filter. The filter runs before Spring Session ({@code Integer.MIN_VALUE + 50}) and
 * Spring Security ({@code -100}) so that a cache hit costs neither a session lookup nor the security chain.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
class PageCacheConfiguration {

    static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    PageCacheNotifications pageCacheNotifications(DataSource dataSource, ApplicationContext context) {
        return new PageCacheNotifications(dataSource, context instanceof WebApplicationContext);
    }

    @Bean
    CaffeinePageCache pageCache(
            PageCacheProperties properties,
            PageCacheNotifications notifications,
            ObjectProvider<MeterRegistry> meterRegistry) {
        CaffeinePageCache cache = new CaffeinePageCache(properties, notifications);
        notifications.onNotification(cache::clearThisNode);
        meterRegistry.ifAvailable(registry -> CaffeineCacheMetrics.monitor(registry, cache.caffeine(), "pages"));
        return cache;
    }

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(CaffeinePageCache cache) {
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(new PageCacheFilter(cache));
        registration.setName("pageCacheFilter");
        registration.setOrder(FILTER_ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
