package org.tend.community.internal;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tend.community.Community;
import org.tend.community.RoundService;

/**
 * Opens rounds on their cadence: a few days before, the "round on <date> — skip?" notice
 * to everyone taking part; once the opening moment has come, the round itself. One
 * instance at a time (lock {@code community-rounds}), one transaction per community, and
 * exactly once anyway: a period holds one round (a unique key), a notice one mail per
 * member (its dedupe key).
 */
@Component
class CommunityRoundsJob {

	private static final Logger log = LoggerFactory.getLogger(CommunityRoundsJob.class);

	private static final int SLICE = 200;

	private final CommunityRepository communities;

	private final RoundService rounds;

	private final Duration noticeLead;

	CommunityRoundsJob(CommunityRepository communities, RoundService rounds,
			@Value("${tend.community.notice-before:P3D}") Duration noticeLead) {
		this.communities = communities;
		this.rounds = rounds;
		this.noticeLead = noticeLead;
	}

	/** Void: ShedLock cannot lock a method that returns a value it would make up. */
	@Scheduled(fixedDelayString = "${tend.community.check-every:PT5M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "community-rounds", lockAtMostFor = "PT30M",
			lockAtLeastFor = "${tend.jobs.lock-at-least-for:PT20S}")
	public void openDueRounds() {
		UUID after = null;
		List<Community> slice;
		do {
			slice = this.communities.after(after, SLICE);
			for (Community community : slice) {
				try {
					this.rounds.noticeIfDue(community.id(), this.noticeLead);
					if (this.rounds.publishIfDue(community.id())) {
						log.info("Community {}: round published", community.id());
					}
				}
				catch (RuntimeException ex) {
					// one community's trouble must not stop the others' rounds
					log.warn("Community {}: round not opened: {}", community.id(), ex.getMessage());
				}
			}
			after = slice.isEmpty() ? null : slice.get(slice.size() - 1).id();
		}
		while (slice.size() == SLICE);
	}

}
