package org.tend.accounts;

/** Sign-up is closed, the invitation is missing or spent, or the email is taken. */
public class SignupRefused extends RuntimeException {

	private final String field;

	private SignupRefused(String field, String message) {
		super(message);
		this.field = field;
	}

	public static SignupRefused closed() {
		return new SignupRefused(null, "Sign-up is closed on this server");
	}

	public static SignupRefused invitationNeeded() {
		return new SignupRefused("invitation", "A valid invitation is needed to sign up on this server");
	}

	public static SignupRefused emailTaken() {
		return new SignupRefused("email", "An account with this email already exists");
	}

	/**
	 * The form field at fault, or null when the refusal concerns the server as a whole.
	 */
	public String field() {
		return this.field;
	}

}
