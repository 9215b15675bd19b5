package org.tend.accounts;

/**
 * A token just created, with the secret the member must copy now: only its hash is
 * stored.
 */
public record NewToken(AccessToken token, String secret) {
}
