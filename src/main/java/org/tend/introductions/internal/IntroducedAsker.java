package org.tend.introductions.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tend.accounts.Account;
import org.tend.accounts.AccountsService;
import org.tend.introductions.internal.IntroductionMails.Party;
import org.tend.introductions.internal.IntroductionRequestRepository.RequestRow;
import org.tend.people.PeopleService;

/**
 * When an introduction that answered a member's request is accepted, that member (the
 * asker) is the one introduced: their journal gets the person they met, "introduced by"
 * the member who introduced them, each found there by address or added. Only what the
 * introduction mail itself told the asker is written (the other's name and address), and
 * the introducer's name in the community; a link the asker set already stays.
 */
@Component
public class IntroducedAsker {

	private final IntroductionRequestRepository requests;

	private final AccountsService accounts;

	private final PeopleByAddress journal;

	private final PeopleService people;

	IntroducedAsker(IntroductionRequestRepository requests, AccountsService accounts, PeopleByAddress journal,
			PeopleService people) {
		this.requests = requests;
		this.accounts = accounts;
		this.journal = journal;
		this.people = people;
	}

	/** Both sides said yes to the introduction of the two parties. */
	void accepted(UUID introductionId, Party a, Party b) {
		RequestRow request = this.requests.byIntroduction(introductionId).orElse(null);
		if (request == null) {
			return;
		}
		Account introducer = this.accounts.findById(request.introducerId()).orElse(null);
		if (introducer == null) {
			return;
		}
		// side 0 is the asker (IntroductionRequestsService#introduce asks them first)
		Party other = (a.side() == 0) ? b : a;
		UUID askerId = request.askerId();
		UUID introducedBy = this.journal.findOrAdd(askerId, request.introducerName(), introducer.email());
		UUID met = this.journal.findOrAdd(askerId, other.name(), other.email());
		if (!met.equals(introducedBy) && this.people.introducedBy(askerId, met).isEmpty()) {
			this.people.setIntroducedBy(askerId, met, introducedBy);
		}
	}

}
