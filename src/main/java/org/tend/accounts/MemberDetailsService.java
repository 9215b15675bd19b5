package org.tend.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class MemberDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	MemberDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		String normalised = AccountsService.normaliseEmail(email);
		return this.accounts.findByEmail(normalised)
			.filter((account) -> !account.demo())
			.map((account) -> new MemberDetails(account.asCurrentMember(),
					this.accounts.passwordHash(account.id()).orElseThrow()))
			.orElseThrow(() -> new UsernameNotFoundException("no such member"));
	}

}
