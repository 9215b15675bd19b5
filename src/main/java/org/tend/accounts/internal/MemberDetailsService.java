package org.tend.accounts.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
public class MemberDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final Set<String> adminEmails;

	MemberDetailsService(AccountRepository accounts, @Value("${tend.admin-emails:}") String adminEmails) {
		this.accounts = accounts;
		this.adminEmails = Arrays.stream(adminEmails.split(","))
			.filter((email) -> !email.isBlank())
			.map(AccountRepository::normaliseEmail)
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		String normalised = AccountRepository.normaliseEmail(email);
		return this.accounts.findByEmail(normalised)
			.filter((account) -> !account.demo())
			.map((account) -> new MemberDetails(account.asCurrentMember(),
					this.accounts.passwordHash(account.id()).orElseThrow(), this.adminEmails.contains(account.email())))
			.orElseThrow(() -> new UsernameNotFoundException("no such member"));
	}

}
