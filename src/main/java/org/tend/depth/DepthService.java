package org.tend.depth;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tend.depth.internal.CircleSuggestions;
import org.tend.depth.internal.DepthInputsReader;
import org.tend.depth.internal.DepthRepository;
import org.tend.people.PeopleService;

/**
 * The depth module's facade: each person's score with its parts, kept fresh by
 * {@link DepthListener} on every change and by the daily {@link DepthDecayJob}.
 */
@Service
public class DepthService {

	/** People recomputed per transaction by a full recompute. */
	static final int BATCH = 500;

	private final DepthInputsReader inputs;

	private final DepthRepository scores;

	private final PeopleService people;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DepthService(DepthInputsReader inputs, DepthRepository scores, PeopleService people,
			TransactionTemplate transactions, Clock clock) {
		this.inputs = inputs;
		this.scores = scores;
		this.people = people;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * The person's depth, computed now if it never was.
	 * @throws org.tend.people.PersonNotFound unless the person is in the member's journal
	 */
	@Transactional(readOnly = true)
	public DepthScore score(UUID ownerId, UUID personId) {
		this.people.requireOwned(ownerId, Set.of(personId));
		// computed, not stored: a page view never writes (two views of one person at
		// once would race to store it); the events and the daily job store scores
		return this.scores.find(ownerId, personId).orElseGet(() -> compute(ownerId, Set.of(personId)).get(0));
	}

	/** Every scored person of the member with their score, deepest first. */
	@Transactional(readOnly = true)
	public Map<UUID, Double> scores(UUID ownerId) {
		return this.scores.scores(ownerId);
	}

	/**
	 * Computes and stores the scores of the member's people named (others are skipped).
	 */
	@Transactional
	public List<DepthScore> recompute(UUID ownerId, Collection<UUID> personIds) {
		List<DepthScore> computed = compute(ownerId, personIds);
		this.scores.save(ownerId, computed);
		Map<UUID, Double> values = new HashMap<>();
		computed.forEach((score) -> values.put(score.personId(), score.score()));
		this.people.recordDepths(ownerId, values);
		return computed;
	}

	private List<DepthScore> compute(UUID ownerId, Collection<UUID> personIds) {
		LocalDate today = today();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		return this.inputs.read(ownerId, Set.copyOf(personIds), today)
			.entrySet()
			.stream()
			.map((entry) -> DepthModel.score(entry.getKey(), entry.getValue(), now))
			.toList();
	}

	/**
	 * Recomputes every journal, {@value #BATCH} people per transaction so a long run
	 * holds no lock for long; returns how many people were scored.
	 */
	public int recomputeAll() {
		int scored = 0;
		for (UUID ownerId : this.people.journalOwners()) {
			scored += recomputeJournal(ownerId);
		}
		return scored;
	}

	/**
	 * Recomputes one member's journal in batches; returns how many people were scored.
	 */
	public int recomputeJournal(UUID ownerId) {
		List<UUID> ids = this.people.personIds(ownerId);
		int scored = 0;
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			Integer done = this.transactions.execute((status) -> recompute(ownerId, batch).size());
			scored += (done != null) ? done : 0;
		}
		return scored;
	}

	/** A circle for every person of the member, from depth, deepest first. */
	@Transactional(readOnly = true)
	public List<CircleSuggestion> circleSuggestions(UUID ownerId) {
		return CircleSuggestions.suggest(this.people.allSummaries(ownerId), this.scores.scores(ownerId));
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
	}

}
