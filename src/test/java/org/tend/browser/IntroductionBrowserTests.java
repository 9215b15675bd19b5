package org.tend.browser;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tend.mail.OutboxForTests;
import org.tend.support.Smtp;
import org.tend.support.WithSmtp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.tend.support.Smtp.mailsTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An introduction, clicked: the member asks from a person's page, each side follows the
 * yes link of the real mail on a phone (no account, no session), and the person page
 * shows them introduced to each other.
 */
class IntroductionBrowserTests extends BrowserTestCase implements WithSmtp {

	@Autowired
	ApplicationContext context;

	@Test
	void bothSidesSayYesFromTheirPhonesAndAreIntroduced() {
		String zoeEmail = uniqueEmail("zoe");
		String liEmail = uniqueEmail("li");
		signUp(this.page, "Ana Lima", uniqueEmail("ana"), PASSWORD);
		addPerson("李小龍", liEmail);
		addPerson("Zoë Ñúñez", zoeEmail);

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Introduce to…")).click();
		assertThat(heading("Introduce two people")).isVisible();
		this.page.getByLabel("Second person").selectOption(new SelectOption().setLabel("李小龍"));
		this.page.getByLabel("Why the first should meet the second")
			.fill("Li has run the fundraising you are starting.");
		this.page.getByLabel("Why the second should meet the first")
			.fill("Zoë is starting the fundraising you ran last year.");
		this.page.getByLabel("A note to both").fill("You two should talk, I think.");
		screenshot(this.page, "introduction-form");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask both")).click();
		assertThat(heading("Zoë Ñúñez")).isVisible();
		assertThat(this.page.locator(".person-introductions"))
			.containsText("Asked 李小龍 whether they would like to be introduced");

		OutboxForTests.sendDue(this.context);
		Page zoePhone = phonePage();
		zoePhone.navigate(baseUrl() + yesLink(zoeEmail));
		assertThat(zoePhone.getByRole(AriaRole.HEADING)).hasText("Ana Lima would like to introduce you to 李小龍");
		assertThat(zoePhone.locator("form")).hasCount(1);
		screenshot(zoePhone, "introduction-answer-phone");
		zoePhone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes")).click();
		assertThat(zoePhone.getByRole(AriaRole.STATUS)).containsText("Thank you, your answer is noted");

		Page liPhone = phonePage();
		liPhone.navigate(baseUrl() + yesLink(liEmail));
		liPhone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes")).click();
		assertThat(liPhone.getByRole(AriaRole.STATUS)).containsText("Thank you, your answer is noted");

		OutboxForTests.sendDue(this.context);
		assertThat(subjects(zoeEmail)).contains("Zoë Ñúñez, meet 李小龍");
		assertThat(subjects(liEmail)).contains("李小龍, meet Zoë Ñúñez");

		this.page.reload();
		assertThat(this.page.locator(".person-introductions")).containsText("Introduced to each other with 李小龍");
		screenshot(this.page, "person-introductions");
		assertThat(browserErrors()).isEmpty();
	}

	private Locator heading(String name) {
		return this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
	}

	private static String yesLink(String address) {
		return IntroductionMail.yesLink(mailsTo(smtp, address).getFirst());
	}

	private static List<String> subjects(String address) {
		return mailsTo(smtp, address).stream().map(Smtp::subject).toList();
	}

}
