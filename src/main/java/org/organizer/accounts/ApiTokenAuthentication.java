package org.organizer.accounts;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An API request authenticated by a bearer token: it acts for the token's owner with the token's role. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final ApiTokens.Valid token;

    ApiTokenAuthentication(ApiTokens.Valid token) {
        super(List.of(new SimpleGrantedAuthority(token.role().authority())));
        this.token = token;
        setAuthenticated(true);
    }

    ApiTokens.Valid token() {
        return token;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return token.email();
    }

    @Override
    public String getName() {
        return token.email();
    }
}
