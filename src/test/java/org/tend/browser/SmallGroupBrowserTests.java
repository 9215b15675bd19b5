package org.tend.browser;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.tend.mail.OutboxForTests;
import org.tend.support.Smtp;
import org.tend.support.WithSmtp;
import org.tend.support.TravelClock;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A season of small groups, clicked: members of a community say they want a group (one on
 * a phone, who first asks for a smallest size above the largest), the organizer previews
 * and publishes, the mails arrive at a real SMTP server (GreenMail) with the calendar's
 * link, the calendar parses, and once the first session has passed a member marks it
 * attended and records it in their own journal.
 */
@Import(TravelClock.class)
class SmallGroupBrowserTests extends BrowserTestCase implements WithSmtp {

	@Autowired
	ApplicationContext context;

	@Autowired
	TravelClock.Travel clock;

	private static final List<String> MEMBERS = List.of("Bo Ruiz", "Chen Wei", "Dara Okafor", "Eli Sørensen");

	@Test
	void membersWishTheOrganizerPublishesAndAnAttendedSessionReachesTheJournal() throws Exception {
		this.clock.set(Instant.parse("2026-12-01T09:00:00Z"));
		signUp(this.page, "Ana Lima", uniqueEmail("ana"), PASSWORD);
		this.page.navigate(baseUrl() + "/communities");
		this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Valencia makers");
		this.page.getByLabel("Rounds", new Page.GetByLabelOptions().setExact(true)).selectOption("weekly");
		this.page.getByLabel("Time zone").fill("Europe/Madrid");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the community")).click();
		assertThat(heading(this.page, "Valencia makers")).isVisible();
		String link = this.page.getByLabel("Invite link").inputValue();
		String join = link.substring(link.indexOf("/communities/join/"));
		wish(this.page, "Climate policy, cities", "either");
		screenshot(this.page, "group-wish");

		Page bo = null;
		for (String name : MEMBERS) {
			Page member = phonePage();
			String email = uniqueEmail(name.substring(0, name.indexOf(' ')).toLowerCase());
			signUp(member, name, email, PASSWORD);
			member.navigate(baseUrl() + join);
			member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
			assertThat(heading(member, "Your profile in this community")).isVisible();
			member.getByLabel("Headline").fill("Maker at " + name.substring(name.indexOf(' ') + 1));
			member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my profile")).click();
			if (bo == null) {
				bo = member;
				// a smallest size above the largest: said beside the field, nothing saved
				member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Small groups")).click();
				member.getByLabel("Topics").fill("Climate policy");
				member.getByLabel("Smallest group you like").fill("6");
				member.getByLabel("Largest group you like").fill("4");
				member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my wish")).click();
				assertThat(member.locator("#sizeMin-error"))
					.hasText("The smallest size must not be larger than the largest size");
				assertThat(member.getByLabel("Smallest group you like")).hasAttribute("aria-invalid", "true");
				assertThat(member.locator("#wish")).containsText("You have no open wish in this community.");
				screenshot(member, "group-wish-phone");
				member.navigate(baseUrl() + "/communities");
				member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Valencia makers")).click();
			}
			wish(member, "Climate policy", "virtual");
		}

		this.page.navigate(baseUrl() + "/communities");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Valencia makers")).click();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Small groups")).click();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Preview and publish the season"))
			.click();
		assertThat(heading(this.page, "The season's groups")).isVisible();
		Locator groups = this.page.locator(".small-group");
		assertThat(groups).hasCount(1);
		assertThat(groups).containsText("Climate policy");
		assertThat(groups).containsText("You all want to talk about Climate policy");
		assertThat(this.page.locator("#preview")).containsText("nothing is saved or sent until you publish");
		screenshot(this.page, "group-preview");
		screenshot(phonePageSignedInAs(this.page), this.page.url(), "group-preview-phone");
		this.page.getByLabel("Number of sessions").fill("4");
		this.page
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish the groups and mail the members"))
			.click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Published: 1 group");
		assertThat(this.page.locator("#too-few")).isVisible();

		OutboxForTests.sendDue(this.context);
		List<MimeMessage> mails = List.of();
		// a sender run already holding the outbox's lock makes this call skip; that run
		// delivers them instead
		for (int tries = 0; tries < 60 && mails.size() < 5; tries++) {
			smtp.waitForIncomingEmail(500, 5);
			mails = List.of(smtp.getReceivedMessages())
				.stream()
				.filter((mail) -> Smtp.subject(mail).startsWith("Your small group on "))
				.toList();
		}
		assertThat(mails).as("one mail for each of the five members").hasSize(5);
		String text = Smtp.text(mails.getFirst());
		Matcher ics = Pattern.compile("(/groups/[0-9a-f-]{36}/sessions\\.ics)").matcher(text);
		assertThat(ics.find()).as(text).isTrue();
		APIResponse calendarFile = bo.request().get(baseUrl() + ics.group(1));
		assertThat(calendarFile.status()).isEqualTo(200);
		Calendar calendar = new CalendarBuilder().build(new StringReader(calendarFile.text()));
		assertThat(calendar.getComponents(Component.VEVENT)).hasSize(4);

		// a week later, the first session is over
		this.clock.advance(Duration.ofDays(8));
		bo.navigate(baseUrl() + "/communities/pairings");
		bo.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My groups")).click();
		bo.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Climate policy")).click();
		assertThat(heading(bo, "Small group on Climate policy")).isVisible();
		for (String name : MEMBERS) {
			assertThat(bo.locator(".group-members")).containsText(name);
		}
		Locator first = bo.locator(".group-session").first();
		first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("I was there")).click();
		assertThat(first.getByRole(AriaRole.STATUS)).hasText("You were there.");
		assertThat(bo).hasURL(Pattern.compile(".*/groups/[0-9a-f-]{36}$"));
		screenshot(bo, "group-page-phone");
		this.page.navigate(bo.url());
		screenshot(this.page, "group-page");
		first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record in my journal")).click();
		assertThat(bo).hasURL(Pattern.compile(".*/meetings/[0-9a-f-]{36}$"));
		assertThat(bo.locator("main")).containsText("Ana Lima");
		bo.navigate(baseUrl() + "/meetings");
		assertThat(bo.locator("main")).containsText("Chen Wei");
		bo.navigate(baseUrl() + "/groups");
		bo.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Climate policy")).click();
		assertThat(bo.locator(".group-session").first().getByRole(AriaRole.STATUS))
			.hasText("This session is in your journal.");

		// a member proposes a group of her own on her phone; the organizer joins it
		bo.navigate(baseUrl() + "/communities");
		bo.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Valencia makers")).click();
		bo.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Small groups")).click();
		bo.getByLabel("Join my group on").fill("Ceramics");
		bo.locator("#proposals input[name=mode][value=virtual]").check();
		bo.getByLabel("Seats, you included").fill("5");
		bo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose the group")).click();
		Locator proposal = bo.locator("#proposals .proposal");
		assertThat(proposal).hasCount(1);
		assertThat(proposal).containsText("Ceramics");
		assertThat(proposal).containsText("1 of 5 seats taken");
		String groupsPage = bo.url().replaceFirst("#.*$", "");
		this.page.navigate(groupsPage);
		this.page.locator("#proposals .proposal")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Join"))
			.click();
		assertThat(this.page.locator("#proposals .proposal")).containsText("You are in.");
		assertThat(this.page.locator("#proposals .proposal")).containsText("2 of 5 seats taken");
		screenshot(this.page, "group-proposals");
		bo.navigate(groupsPage + "#proposals");
		screenshot(bo, "group-proposals-phone");
		assertThat(browserErrors()).isEmpty();
	}

	/** From the community's page, the wish form filled and saved. */
	private void wish(Page page, String topics, String mode) {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Small groups")).click();
		assertThat(heading(page, "Small groups")).isVisible();
		page.getByLabel("Topics").fill(topics);
		// the proposal form below has its own "online": the wish's is in #wish
		page.locator("#wish")
			.getByLabel(mode.equals("virtual") ? "online" : "either", new Locator.GetByLabelOptions().setExact(true))
			.check();
		page.getByLabel("Smallest group you like").fill("4");
		page.getByLabel("Largest group you like").fill("6");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my wish")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your wish is saved");
		assertThat(page.locator("#current-wish")).containsText("4 to 6 members");
	}

	private Path screenshot(Page page, String url, String name) {
		page.navigate(url);
		return screenshot(page, name);
	}

	private static Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
	}

}
