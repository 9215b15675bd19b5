package org.tend.depth.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tend.depth.DepthService;

/**
 * Recency and frequency fade with time alone, so every score is recomputed once a day, on
 * one instance only (ShedLock), with the injected clock.
 */
@Component
public class DepthDecayJob {

	private static final Logger log = LoggerFactory.getLogger(DepthDecayJob.class);

	private final DepthService depth;

	DepthDecayJob(DepthService depth) {
		this.depth = depth;
	}

	/**
	 * Once, a minute after the application starts: a journal written before depth existed
	 * (or while the instance was down over the daily run) is scored without waiting for
	 * the night.
	 */
	@Scheduled(initialDelayString = "${tend.depth.catch-up-delay:PT1M}")
	@SchedulerLock(name = "depth-catch-up", lockAtMostFor = "PT2H",
			lockAtLeastFor = "${tend.jobs.lock-at-least-for:PT20S}")
	public void catchUp() {
		decay();
	}

	@Scheduled(cron = "${tend.depth.decay-cron:0 17 3 * * *}", zone = "UTC")
	@SchedulerLock(name = "depth-decay", lockAtMostFor = "PT2H",
			lockAtLeastFor = "${tend.jobs.lock-at-least-for:PT20S}")
	public void decay() {
		int scored = this.depth.recomputeAll();
		log.info("Depth recomputed for {} people", scored);
	}

}
