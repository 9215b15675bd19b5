package org.tend.browser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tend.mail.OutboxForTests;
import org.tend.support.Smtp;
import org.tend.support.WithSmtp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole community round, clicked: an organizer creates a community, five members join
 * by its link and fill their profiles (one on a phone), the organizer previews and
 * publishes the round, the introductions arrive at a real SMTP server (GreenMail), and a
 * member answers "we met" and finds the coffee in their own journal.
 */
class CommunityRoundBrowserTests extends BrowserTestCase implements WithSmtp {

	@Autowired
	ApplicationContext context;

	private static final String[][] MEMBERS = {
			{ "Bo Ruiz", "Ceramicist", "ceramics, kilns", "pricing advice", "glaze chemistry" },
			{ "Chen Wei", "Rust developer", "rust, embedded", "a ceramics teacher", "rust mentoring" },
			{ "Dara Okafor", "Grant writer", "funding, ceramics", "rust mentoring", "grant writing" },
			{ "Eli Sørensen", "Product designer", "design, kilns", "grant writing", "pricing advice" },
			{ "Fatima Zahra", "Shop owner", "retail, design", "glaze chemistry", "a ceramics teacher" } };

	@Test
	void anOrganizerRunsAWholeRoundAndAMetCoffeeReachesTheJournal() {
		signUp(this.page, "Ana Lima", uniqueEmail("ana"), PASSWORD);
		CoreJourneyBrowserTests.nav(this.page)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Communities"))
			.click();
		assertThat(heading(this.page, "Communities")).isVisible();
		this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Valencia makers");
		this.page.getByLabel("Description").fill("Makers, shop owners and the odd programmer of Valencia.");
		this.page.getByLabel("Rounds", new Page.GetByLabelOptions().setExact(true)).selectOption("weekly");
		this.page.getByLabel("Time zone").fill("Europe/Madrid");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the community")).click();
		assertThat(heading(this.page, "Valencia makers")).isVisible();
		String link = this.page.getByLabel("Invite link").inputValue();
		assertThat(link).contains("/communities/join/");
		String path = link.substring(link.indexOf("/communities/join/"));

		List<String> emails = new ArrayList<>();
		Page bo = null;
		for (int i = 0; i < MEMBERS.length; i++) {
			String[] m = MEMBERS[i];
			Page member = phonePage();
			String email = uniqueEmail(m[0].substring(0, m[0].indexOf(' ')).toLowerCase());
			emails.add(email);
			signUp(member, m[0], email, PASSWORD);
			member.navigate(baseUrl() + path);
			member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
			assertThat(heading(member, "Your profile in this community")).isVisible();
			member.getByLabel("Headline").fill(m[1]);
			member.getByLabel("Topics").fill(m[2]);
			member.getByLabel("What you would like help with").fill(m[3]);
			member.getByLabel("What you can offer").fill(m[4]);
			member.getByLabel("City").fill("Valencia");
			member.getByLabel("Time zone").fill("Europe/Madrid");
			member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my profile")).click();
			assertThat(member.getByRole(AriaRole.STATUS)).hasText("Profile saved.");
			if (i == 0) {
				bo = member;
			}
		}

		this.page.navigate(baseUrl() + "/communities");
		screenshot(this.page, "communities");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Valencia makers")).click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Members (6)")))
			.isVisible();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rounds and figures")).click();
		Locator groups = this.page.locator(".round-group");
		assertThat(groups).hasCount(3);
		assertThat(this.page.locator("#preview")).containsText("Nothing is saved or sent until you publish");
		screenshot(this.page, "community-round-preview");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish and send the introductions"))
			.click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Round 1 is published");
		assertThat(this.page.locator("#round-figures table")).containsText("100 %");

		sendTheOutbox();
		// a sender run already holding the outbox's lock makes this call skip; that run
		// delivers them instead, so wait for the six (the counts below stay exact)
		smtp.waitForIncomingEmail(30_000, 6);
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(Arrays.stream(received).filter((mail) -> Smtp.subject(mail).startsWith("Coffee in Valencia makers")))
			.as("one introduction for each of the six")
			.hasSize(6);
		for (String email : emails) {
			assertThat(Arrays.stream(received).filter((mail) -> to(mail).equals(email)))
				.as("one introduction for " + email)
				.hasSize(1)
				.allSatisfy((mail) -> assertThat(Smtp.subject(mail)).startsWith("Coffee in Valencia makers: meet "));
		}

		bo.navigate(baseUrl() + "/communities/pairings");
		Locator pairing = bo.locator("article.pairing");
		assertThat(pairing).hasCount(1);
		String partner = pairing.locator(".pairing-partner strong").first().textContent();
		screenshot(bo, "community-my-pairings");
		pairing.getByLabel("We met").check();
		pairing.getByLabel("Rating (only you see it)").selectOption("5");
		pairing.getByLabel("Note (only you see it)").fill("We talked about kilns for an hour.");
		pairing.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save my answer")).click();
		assertThat(bo.getByRole(AriaRole.STATUS)).containsText("your answer is saved");
		// "I'd like to meet again" answers in place (htmx), without leaving the page
		Locator again = bo.locator("article.pairing .pairing-again");
		again.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("I'd like to meet again")).click();
		assertThat(again.getByRole(AriaRole.STATUS)).containsText("You asked to meet again");
		assertThat(bo).hasURL(Pattern.compile(".*/communities/pairings(#.*)?$"));
		screenshot(bo, "community-my-pairings-again");
		bo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record this coffee in my journal")).click();
		assertThat(bo).hasURL(Pattern.compile(".*/meetings/[0-9a-f-]{36}$"));
		assertThat(heading(bo, "Coffee with " + partner)).isVisible();
		bo.navigate(baseUrl() + "/meetings");
		assertThat(bo.locator("main")).containsText(partner);
		bo.navigate(baseUrl() + "/people");
		bo.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(partner).setExact(true)).first().click();
		assertThat(bo.locator("section.person-communities")).containsText("Valencia makers: paired for a coffee once");
		assertThat(browserErrors()).isEmpty();
	}

	/**
	 * Runs the mail module's sender once, as its schedule would (scheduling is off in
	 * tests).
	 */
	private void sendTheOutbox() {
		OutboxForTests.sendDue(this.context);
	}

	private static Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
	}

	private static String to(MimeMessage mail) {
		try {
			return mail.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
