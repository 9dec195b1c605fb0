package org.organizer.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Two filter chains: the JSON API authenticates each request by bearer token and keeps no session; pages
 * use form login with a session stored in PostgreSQL and CSRF tokens on every form.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self';"
            + " script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain apiChain(HttpSecurity http, ApiProblemResponses problems, ApiTokens tokens) throws Exception {
        return http.securityMatcher("/api/**")
                .addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens are never sent automatically by browsers, so CSRF cannot reach the API.
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, "/api/v1/**")
                        .permitAll()
                        // Endorsing a call needs no account, like the public form: the contact address
                        // confirms it by mail (double opt-in), and the rate limit applies.
                        .requestMatchers(HttpMethod.POST, "/api/v1/calls/*/endorsements")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")))
                .build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a.requestMatchers("/admin/users/**")
                        .hasRole(Role.ADMINISTRATOR_NAME)
                        .requestMatchers("/account/activate/**")
                        .permitAll()
                        // The newsroom is for correspondents and above; representatives only have /account pages.
                        .requestMatchers("/admin/**")
                        .hasRole(Role.CORRESPONDENT_NAME)
                        .requestMatchers("/account/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                // RFC 8058 one-click unsubscribe: mail programs post without a CSRF token; the secret in the
                // address is the authority (see distribution.newsletter.SubscriptionPages).
                .csrf(c -> c.ignoringRequestMatchers(
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/newsletter/unsubscribe/*")))
                .formLogin(f -> f.loginPage("/login").successHandler(new LandingPage()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /**
     * After signing in, people go back to the page that asked them to, else to their home: the newsroom, or
     * for organisation representatives (who have no newsroom) their organisations' page.
     */
    static final class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

        static final String REPRESENTATIVES_HOME = "/account/organisations";

        LandingPage() {
            setDefaultTargetUrl("/admin");
        }

        @Override
        protected String determineTargetUrl(
                HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
            boolean representative = authentication.getAuthorities().stream()
                    .anyMatch(a -> Role.REPRESENTATIVE.authority().equals(a.getAuthority()));
            return representative ? REPRESENTATIVES_HOME : super.determineTargetUrl(request, response, authentication);
        }
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMINISTRATOR_NAME)
                .implies(Role.EDITOR_NAME)
                .role(Role.EDITOR_NAME)
                .implies(Role.CORRESPONDENT_NAME)
                .role(Role.CORRESPONDENT_NAME)
                .implies(Role.REPRESENTATIVE_NAME)
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
