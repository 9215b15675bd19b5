package org.tend.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tend.accounts.AccountsService;
import org.tend.accounts.CurrentMember;
import org.tend.accounts.SignUp;
import org.tend.ledger.LedgerService;
import org.tend.meetings.MeetingsService;
import org.tend.people.Circle;
import org.tend.people.PeopleService;
import org.tend.people.PersonInput;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * A member's journal written and read through the modules' facades, as the member's own
 * pages would: unlike {@link SmallJournal}'s plain rows, every write here runs the
 * modules' events (depth scores, search words). A page test adds
 * {@code @AutoConfigureMockMvc} and signs its member in with {@link #signedIn}; a test
 * that travels imports {@link TravelClock}, which then is {@link #clock}.
 */
@SpringBootTest
public abstract class JournalTestCase {

	@Autowired
	protected AccountsService accounts;

	@Autowired
	protected PeopleService people;

	@Autowired
	protected MeetingsService meetings;

	@Autowired
	protected LedgerService ledger;

	@Autowired
	protected Clock clock;

	/**
	 * A member signed up through the accounts facade; the one-word name starts an e-mail
	 * no other test has.
	 */
	protected CurrentMember signUp(String name) {
		String email = name.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@example.org";
		return this.accounts.signUp(new SignUp(email, "a long password!", name)).asCurrentMember();
	}

	/**
	 * A person in the member's journal; circle and the day they first met may be null.
	 */
	protected UUID person(UUID ownerId, String name, Circle circle, LocalDate metOn) {
		return this.people
			.create(ownerId, new PersonInput(name, null, null, null, null, null, null, null, circle, null, null, metOn))
			.id();
	}

	/** Signs the member in for one MockMvc request, without a session. */
	protected static RequestPostProcessor signedIn(CurrentMember member) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(member, null, List.of()));
	}

}
