package org.tend.accounts;

/**
 * A token just created, with the secret the member must copy now: only its hash is
 * stored.
 */
public record NewToken(AccessToken token, String secret) {

	/** Never the secret: a value may end up in a log. */
	@Override
	public String toString() {
		return "NewToken[token=" + this.token + "]";
	}

}
