package org.tend.introductions.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tend.depth.IntroductionFigures;
import org.tend.depth.IntroductionFiguresSource;
import org.tend.introductions.IntroductionStatus;
import org.tend.ledger.LedgerService;
import org.tend.ledger.Promise;
import org.tend.ledger.PromiseFilter;
import org.tend.ledger.PromiseOwner;
import org.tend.ledger.PromiseStatus;
import org.tend.shared.PageOf;
import org.tend.shared.PageRequest;

/**
 * The introductions the member made, for depth's insights page. "Helped" is read from the
 * ledger, where the answer goes: an accepted introduction helped once the member marks
 * its 30-day follow-up promise ("Ask A and B whether the introduction helped") kept.
 * Dropping it, deleting it or leaving it open does not count (decision 0028).
 */
@Component
class IntroductionInsights implements IntroductionFiguresSource {

	private final IntroductionRepository introductions;

	private final LedgerService ledger;

	IntroductionInsights(IntroductionRepository introductions, LedgerService ledger) {
		this.introductions = introductions;
		this.ledger = ledger;
	}

	@Override
	@Transactional(readOnly = true)
	public IntroductionFigures introductionFigures(UUID ownerId) {
		int made = 0;
		int accepted = 0;
		for (IntroductionRepository.StatusCount count : this.introductions.countsByStatus(ownerId)) {
			made += count.count();
			accepted += (count.status() == IntroductionStatus.ACCEPTED) ? count.count() : 0;
		}
		List<UUID> followUps = this.introductions.followUpPromises(ownerId);
		int helped = followUps.isEmpty() ? 0 : (int) followUps.stream().filter(keptPromises(ownerId)::contains).count();
		return new IntroductionFigures(made, accepted, helped);
	}

	/**
	 * The ids of the member's kept promises, read page by page rather than one lookup per
	 * follow-up: a deleted promise would throw inside the insights page's transaction.
	 */
	private Set<UUID> keptPromises(UUID ownerId) {
		PromiseFilter kept = new PromiseFilter(PromiseStatus.KEPT, null, PromiseOwner.ME, null);
		Set<UUID> ids = new HashSet<>();
		PageOf<Promise> page;
		int number = 0;
		do {
			page = this.ledger.promises(ownerId, kept, new PageRequest(number++, PageOf.MAX_SIZE));
			page.items().forEach((promise) -> ids.add(promise.id()));
		}
		while (page.hasNext());
		return ids;
	}

}
