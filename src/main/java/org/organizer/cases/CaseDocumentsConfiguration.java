package org.organizer.cases;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CaseDocumentsConfiguration {

    /** After Spring Session, before Spring Security (-100): the CSRF check must not be the first to parse. */
    static final int UPLOAD_LIMIT_FILTER_ORDER = -105;

    @Bean
    @ConditionalOnWebApplication
    FilterRegistrationBean<CaseUploadLimitFilter> caseUploadLimitFilter() {
        FilterRegistrationBean<CaseUploadLimitFilter> registration =
                new FilterRegistrationBean<>(new CaseUploadLimitFilter());
        registration.setOrder(UPLOAD_LIMIT_FILTER_ORDER);
        return registration;
    }
}
