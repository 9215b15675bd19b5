package org.tend.introductions.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tend.introductions.IntroductionsService;

/**
 * Writes down the expiry of requests nobody finished answering in time. Every read
 * already treats them as expired (and asking a pair again expires the member's own
 * first), so this job only keeps the stored status true for whoever reads the table.
 */
@Component
public class IntroductionExpiryJob {

	private static final Logger log = LoggerFactory.getLogger(IntroductionExpiryJob.class);

	private final IntroductionsService introductions;

	IntroductionExpiryJob(IntroductionsService introductions) {
		this.introductions = introductions;
	}

	@Scheduled(fixedDelayString = "${tend.introductions.expire-every:PT1H}", initialDelayString = "PT5M")
	@SchedulerLock(name = "introductions-expiry", lockAtMostFor = "PT30M",
			lockAtLeastFor = "${tend.jobs.lock-at-least-for:PT20S}")
	public void expire() {
		int expired = this.introductions.expireAll();
		if (expired > 0) {
			log.info("Introductions: {} requests expired unanswered", expired);
		}
	}

}
