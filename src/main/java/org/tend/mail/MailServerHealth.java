package org.tend.mail;

import jakarta.mail.MessagingException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The SMTP server's state as its own health indicator, {@code smtp}, alone in the health
 * group {@code /actuator/health/mail} (Spring Boot's own mail indicator is switched off).
 * An outage is {@link #WARNING}, not DOWN: every page works and mail waits safely in the
 * outbox, so a load balancer or container check probing the aggregate status must not
 * restart or drop the instance for it. The status order in application.yml ranks WARNING
 * below UP, so the aggregate stays UP.
 */
@Component("smtpHealthIndicator")
class MailServerHealth implements HealthIndicator {

	static final Status WARNING = new Status("WARNING", "mail is queued in the outbox until the server answers");

	private final ObjectProvider<JavaMailSenderImpl> sender;

	MailServerHealth(ObjectProvider<JavaMailSenderImpl> sender) {
		this.sender = sender;
	}

	@Override
	public Health health() {
		JavaMailSenderImpl mail = this.sender.getIfAvailable();
		if (mail == null) {
			return Health.unknown().withDetail("server", "none configured: mail stays queued").build();
		}
		String server = mail.getHost() + ":" + mail.getPort();
		try {
			mail.testConnection();
			return Health.up().withDetail("server", server).build();
		}
		catch (MessagingException ex) {
			return Health.status(WARNING).withDetail("server", server).build();
		}
	}

}
