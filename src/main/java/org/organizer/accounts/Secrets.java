package org.organizer.accounts;

import org.organizer.platform.LinkTokens;

/** Random tokens handed out once, and the hashes under which they are stored. */
final class Secrets {

    private Secrets() {}

    /** 256 random bits, URL-safe, with a prefix that tells what the secret is for. */
    static String newToken(String prefix) {
        return prefix + LinkTokens.newToken();
    }

    static String sha256(String token) {
        return LinkTokens.hash(token);
    }
}
