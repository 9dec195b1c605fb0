package org.organizer.setup;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SetupConfiguration {

    /** Ahead of Spring Security (order -100), so no session or CSRF token is made for a redirect. */
    static final int FILTER_ORDER = -110;

    @Bean
    FilterRegistrationBean<SetupFilter> setupFilter(SetupState state) {
        FilterRegistrationBean<SetupFilter> registration = new FilterRegistrationBean<>(new SetupFilter(state));
        registration.setOrder(FILTER_ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
