package org.tend.browser;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tend.mail.OutboxForTests;
import org.tend.support.Smtp;
import org.tend.support.WithSmtp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.tend.support.Smtp.mailsTo;
import static org.tend.support.Smtp.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request for an introduction between members of a community, clicked: the asker asks
 * from a phone, the member asked finds the request from the communities page and
 * introduces (the double opt-in mails arrive, both say yes, both are introduced) or
 * answers "not now"; pausing and capping requests changes what the asker is told.
 */
class IntroductionRequestBrowserTests extends BrowserTestCase implements WithSmtp {

	private static final String NOT_TAKING = "is not taking introduction requests at the moment";

	@Autowired
	ApplicationContext context;

	@Test
	void aMemberAsksFromAPhoneAndTheOtherIntroducesThemToSomeoneTheyKnow() {
		String boEmail = uniqueEmail("bo");
		String anaEmail = uniqueEmail("ana");
		String cleoEmail = uniqueEmail("cleo");
		signUp(this.page, "Bo Ødegård", boEmail, PASSWORD);
		String invite = startCommunity("Climate circle");
		addPerson("Cleo Climate-Fund", cleoEmail);

		Page ana = phone();
		signUp(ana, "Ana Lucía", anaEmail, PASSWORD);
		join(ana, invite);
		ana.navigate(baseUrl() + "/communities");
		ana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Climate circle")).click();
		ana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask a member for an introduction")).click();
		ana.getByLabel("Whom you ask").selectOption(new SelectOption().setLabel("Bo Ødegård"));
		ana.getByLabel("Whom you would like to meet").fill("Someone in climate finance: I am raising a first fund.");
		screenshot(ana, "introduction-request-ask-phone");
		ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask").setExact(true)).click();
		assertThat(ana.getByRole(AriaRole.STATUS)).hasText("Asked. You will see here when they answer.");
		assertThat(ana.locator(".introduction-request")).containsText("To Bo Ødegård · waiting for an answer");
		assertFitsThePhone(ana);

		MimeMessage asked = waitForMail(boEmail, 1).getFirst();
		assertThat(Smtp.subject(asked)).isEqualTo("Ana Lucía asks you for an introduction");
		assertThat(text(asked)).contains("Someone in climate finance", "/introductions/requests");

		// the member asked finds the page from the communities page
		CoreJourneyBrowserTests.nav(this.page)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Communities"))
			.click();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Introduction requests")).click();
		assertThat(this.page).hasURL(Pattern.compile(".*/introductions/requests$"));
		Locator incoming = this.page.locator("section[aria-labelledby=incoming-heading] .introduction-request");
		assertThat(incoming).hasCount(1);
		assertThat(incoming).containsText("Ana Lucía");
		assertThat(incoming).containsText("Someone in climate finance");
		screenshot(this.page, "introduction-requests");
		incoming.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Introduce…")).click();
		assertThat(heading(this.page, "Introduce Ana Lucía to someone")).isVisible();
		this.page.getByLabel("Whom from your journal").selectOption(new SelectOption().setLabel("Cleo Climate-Fund"));
		this.page.getByLabel("Why Ana Lucía should meet them").fill("Cleo has invested in climate funds for years.");
		this.page.getByLabel("Why they should meet Ana Lucía").fill("Ana is raising a first climate fund.");
		screenshot(this.page, "introduction-request-introduce");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask both")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Asked both");
		assertThat(incoming).containsText("You started an introduction.");

		// the double opt-in: each side gets a request and says yes
		String anaYes = IntroductionMail.yesLink(waitForMail(anaEmail, 1).getFirst());
		String cleoYes = IntroductionMail.yesLink(waitForMail(cleoEmail, 1).getFirst());
		ana.navigate(baseUrl() + "/introductions/requests");
		assertThat(ana.locator(".introduction-request")).containsText("introduced: look out for a request by mail");
		assertThat(ana.locator("main")).not().containsText("Cleo");
		screenshot(ana, "introduction-requests-phone");
		for (String link : List.of(anaYes, cleoYes)) {
			Page side = phone();
			side.navigate(baseUrl() + link);
			assertThat(side.locator("form")).hasCount(1);
			side.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes")).click();
			assertThat(side.getByRole(AriaRole.STATUS)).containsText("Thank you, your answer is noted");
		}
		assertThat(subjects(waitForMail(anaEmail, 2))).contains("Ana Lucía, meet Cleo Climate-Fund");
		assertThat(subjects(waitForMail(cleoEmail, 2))).contains("Cleo Climate-Fund, meet Ana Lucía");
		assertThat(browserErrors()).isEmpty();
	}

	@Test
	void notNowPauseAndAMonthlyCapAreWhatTheAskerSees() {
		String boEmail = uniqueEmail("bo");
		signUp(this.page, "Bo Ødegård", boEmail, PASSWORD);
		String invite = startCommunity("Shipping and ports");
		Page ana = phone();
		signUp(ana, "Ana Lucía", uniqueEmail("ana"), PASSWORD);
		join(ana, invite);

		ask(ana, "Anyone who runs a port?");
		assertThat(ana.getByRole(AriaRole.STATUS)).hasText("Asked. You will see here when they answer.");
		waitForMail(boEmail, 1);
		this.page.navigate(baseUrl() + "/introductions/requests");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Not now")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Answered: not now. That is all they see.");
		assertThat(this.page.locator(".introduction-request")).containsText("You answered: not now.");
		ana.navigate(baseUrl() + "/introductions/requests");
		assertThat(ana.locator(".introduction-request")).containsText("To Bo Ødegård · not now");

		this.page.getByLabel("Pause incoming requests").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save limits")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Saved.");
		assertThat(this.page.getByLabel("Pause incoming requests")).isChecked();
		ask(ana, "Anyone in logistics?");
		assertThat(ana.getByRole(AriaRole.ALERT)).containsText("Bo Ødegård " + NOT_TAKING);
		assertFitsThePhone(ana);

		// one request received this month already: a cap of 1 refuses, in the same words
		this.page.getByLabel("Pause incoming requests").uncheck();
		this.page.getByLabel("At most this many requests a month").fill("1");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save limits")).click();
		assertThat(this.page.getByLabel("At most this many requests a month")).hasValue("1");
		ask(ana, "Anyone in logistics?");
		assertThat(ana.getByRole(AriaRole.ALERT)).containsText("Bo Ødegård " + NOT_TAKING);

		this.page.getByLabel("At most this many requests a month").fill("2");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save limits")).click();
		ask(ana, "Anyone in logistics?");
		assertThat(ana.getByRole(AriaRole.STATUS)).hasText("Asked. You will see here when they answer.");
		assertThat(ana.locator(".introduction-request")).hasCount(2);
		assertThat(subjects(waitForMail(boEmail, 2))).containsExactly("Ana Lucía asks you for an introduction",
				"Ana Lucía asks you for an introduction");

		// a bad cap is refused by name and changes nothing
		this.page.getByLabel("At most this many requests a month").evaluate("input => input.removeAttribute('max')");
		this.page.getByLabel("At most this many requests a month").fill("1000");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save limits")).click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("monthlyCap");
		assertThat(this.page.getByLabel("At most this many requests a month")).hasValue("2");
		assertThat(browserErrors()).isEmpty();
	}

	/** A phone of the narrowest common width, 375 px. */
	private Page phone() {
		Page phone = phonePage();
		phone.setViewportSize(375, 812);
		return phone;
	}

	/** Starts a community through its form; returns the invite link's path. */
	private String startCommunity(String name) {
		open("/communities");
		this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
		this.page.getByLabel("Time zone").fill("Europe/Madrid");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the community")).click();
		assertThat(heading(this.page, name)).isVisible();
		String link = this.page.getByLabel("Invite link").inputValue();
		return link.substring(link.indexOf("/communities/join/"));
	}

	private void join(Page member, String invite) {
		member.navigate(baseUrl() + invite);
		member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
		assertThat(heading(member, "Your profile in this community")).isVisible();
	}

	/** Asks Bo, the community's only other member, from the community page. */
	private void ask(Page asker, String text) {
		asker.navigate(baseUrl() + "/communities");
		asker.locator(".community-list a").first().click();
		asker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask a member for an introduction")).click();
		asker.getByLabel("Whom you ask").selectOption(new SelectOption().setLabel("Bo Ødegård"));
		asker.getByLabel("Whom you would like to meet").fill(text);
		asker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask").setExact(true)).click();
	}

	/** Nothing wider than the screen: no sideways scrolling on a phone. */
	private static void assertFitsThePhone(Page phone) {
		Object overflow = phone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as("sideways overflow in px").isLessThanOrEqualTo(0);
	}

	/**
	 * The mails to the address once there are at least {@code count}: the outbox is run
	 * until then (a run already under way elsewhere makes one call skip).
	 */
	private List<MimeMessage> waitForMail(String address, int count) {
		long deadline = System.currentTimeMillis() + 30_000;
		while (true) {
			OutboxForTests.sendDue(this.context);
			List<MimeMessage> mails = mailsTo(smtp, address);
			if (mails.size() >= count || System.currentTimeMillis() > deadline) {
				assertThat(mails).as("mails to " + address).hasSizeGreaterThanOrEqualTo(count);
				return mails;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private static Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
	}

	private static List<String> subjects(List<MimeMessage> mails) {
		return mails.stream().map(Smtp::subject).toList();
	}

}
