package org.tend.depth;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Recency and frequency fade with time alone, so every score is recomputed once a day, on
 * one instance only (ShedLock), with the injected clock.
 */
@Component
class DepthDecayJob {

	private static final Logger log = LoggerFactory.getLogger(DepthDecayJob.class);

	private final DepthService depth;

	DepthDecayJob(DepthService depth) {
		this.depth = depth;
	}

	@Scheduled(cron = "${tend.depth.decay-cron:0 17 3 * * *}", zone = "UTC")
	@SchedulerLock(name = "depth-decay", lockAtMostFor = "PT2H")
	public void decay() {
		int scored = this.depth.recomputeAll();
		log.info("Depth recomputed for {} people", scored);
	}

}
