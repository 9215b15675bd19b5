package org.tend.introductions.web;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tend.accounts.Account;
import org.tend.accounts.AccountsService;
import org.tend.introductions.IntroductionsService;
import org.tend.introductions.PersonIntroduction;
import org.tend.people.PersonPageSection;

/**
 * The person page's introductions: "Introduce to…", and whom the person was introduced to
 * (or is being asked about), each a link to the other person's page.
 */
@Component
class IntroductionsPersonSection implements PersonPageSection {

	private static final int SHOWN = 20;

	private final IntroductionsService introductions;

	private final AccountsService accounts;

	IntroductionsPersonSection(IntroductionsService introductions, AccountsService accounts) {
		this.introductions = introductions;
		this.accounts = accounts;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String template() {
		return "introductions/person-section";
	}

	@Override
	public PersonIntroductions data(UUID ownerId, UUID personId) {
		ZoneId zone = this.accounts.findById(ownerId).map(Account::zone).orElse(ZoneOffset.UTC);
		return new PersonIntroductions(personId, zone, this.introductions.ofPerson(ownerId, personId, SHOWN));
	}

	record PersonIntroductions(UUID personId, ZoneId zone, List<PersonIntroduction> introductions) {
	}

}
