package org.tend.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.tend.support.Smtp;

import static org.assertj.core.api.Assertions.assertThat;

/** What the introduction tests read in an introduction's mail. */
final class IntroductionMail {

	// the path only: the mail's links name tend.base-url, not this test's random port
	private static final Pattern YES_LINK = Pattern.compile("/introductions/answer/[A-Za-z0-9_-]+/yes");

	private IntroductionMail() {
	}

	/** The path of the mail's "yes" link; fails the test when the mail has none. */
	static String yesLink(MimeMessage mail) {
		Matcher link = YES_LINK.matcher(Smtp.text(mail));
		assertThat(link.find()).as("a yes link in " + Smtp.subject(mail)).isTrue();
		return link.group();
	}

}
