package org.tend.accounts.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.tend.accounts.CurrentMember;

/**
 * What Spring Security keeps in the session for a signed-in member. The password hash is
 * erased after sign-in so that it never lands in the stored session.
 */
public final class MemberDetails implements UserDetails, CredentialsContainer {

	public static final List<GrantedAuthority> AUTHORITIES = List.of(new SimpleGrantedAuthority("ROLE_MEMBER"));

	/** A member named in {@code TEND_ADMIN_EMAILS}: may read the server's metrics too. */
	static final List<GrantedAuthority> ADMIN_AUTHORITIES = List.of(new SimpleGrantedAuthority("ROLE_MEMBER"),
			new SimpleGrantedAuthority("ROLE_ADMIN"));

	private final CurrentMember member;

	private final List<GrantedAuthority> authorities;

	private String passwordHash;

	public MemberDetails(CurrentMember member, String passwordHash) {
		this(member, passwordHash, false);
	}

	MemberDetails(CurrentMember member, String passwordHash, boolean admin) {
		this.member = member;
		this.passwordHash = passwordHash;
		this.authorities = admin ? ADMIN_AUTHORITIES : AUTHORITIES;
	}

	CurrentMember member() {
		return this.member;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.member.email();
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
