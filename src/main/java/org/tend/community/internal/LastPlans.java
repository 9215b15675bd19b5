package org.tend.community.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.tend.community.matching.PlannedRound;
import org.tend.community.matching.RoundInput;

/**
 * The last plan of each of the few most recently planned communities, keyed by the whole
 * input it was planned from. An organizer previews a round and then publishes it: for
 * 10,000 members planning is most of either request, and the planner is deterministic, so
 * a publish whose input equals the preview's (same members, profiles, lists, history)
 * takes the preview's plan instead of planning again. Any change to the input (a member
 * joins, edits a profile, another round is published) misses and plans afresh: the key is
 * the input itself, never a version counter that could be forgotten somewhere.
 * <p>
 * Per JVM: with several instances a publish on another instance simply plans again.
 */
@Component
class LastPlans {

	/** Communities whose last plan is kept; an input of 10,000 members is a few MB. */
	static final int COMMUNITIES = 4;

	private final Map<UUID, Kept> last = new LinkedHashMap<>(8, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<UUID, Kept> eldest) {
			return size() > COMMUNITIES;
		}
	};

	/**
	 * The plan for this input: the kept one when the community's last plan was made from
	 * an equal input, else a new one (kept in its place).
	 */
	PlannedRound plan(UUID communityId, RoundInput input, Function<RoundInput, PlannedRound> planner) {
		synchronized (this.last) {
			Kept kept = this.last.get(communityId);
			if (kept != null && kept.input().equals(input)) {
				return kept.plan();
			}
		}
		// planned outside the lock: another community's preview need not wait for this
		// one
		PlannedRound plan = planner.apply(input);
		synchronized (this.last) {
			this.last.put(communityId, new Kept(input, plan));
		}
		return plan;
	}

	private record Kept(RoundInput input, PlannedRound plan) {
	}

}
