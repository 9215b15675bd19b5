package org.tend.accounts;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * What Spring Security keeps in the session for a signed-in member. The password hash is
 * erased after sign-in so that it never lands in the stored session.
 */
final class MemberDetails implements UserDetails, CredentialsContainer {

	static final List<GrantedAuthority> AUTHORITIES = List.of(new SimpleGrantedAuthority("ROLE_MEMBER"));

	private final CurrentMember member;

	private String passwordHash;

	MemberDetails(CurrentMember member, String passwordHash) {
		this.member = member;
		this.passwordHash = passwordHash;
	}

	CurrentMember member() {
		return this.member;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return AUTHORITIES;
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
