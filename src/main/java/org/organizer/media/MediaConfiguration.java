package org.organizer.media;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

    /** After Spring Session (so the forwarded page knows who is signed in), before Spring Security (-100). */
    static final int UPLOAD_SIZE_FILTER_ORDER = -110;

    @Bean
    @ConditionalOnWebApplication
    FilterRegistrationBean<UploadSizeFilter> uploadSizeFilter(
            UploadLimits limits, LocaleResolver locales, MessageSource messages, JsonMapper json) {
        FilterRegistrationBean<UploadSizeFilter> registration =
                new FilterRegistrationBean<>(new UploadSizeFilter(limits, locales, messages, json));
        registration.setOrder(UPLOAD_SIZE_FILTER_ORDER);
        return registration;
    }
}
