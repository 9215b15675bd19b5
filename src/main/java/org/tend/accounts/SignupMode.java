package org.tend.accounts;

/** Who may create an account: anybody, only holders of an invitation, or nobody. */
public enum SignupMode {

	OPEN, INVITE, CLOSED

}
