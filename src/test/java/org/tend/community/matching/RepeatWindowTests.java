package org.tend.community.matching;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.tend.community.matching.RepeatWindow.PairHistory;
import org.tend.community.matching.RepeatWindow.Rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RepeatWindowTests {

	private final MemberPair pair = MemberPair.of(UUID.randomUUID(), UUID.randomUUID());

	@Test
	void aPairInsideTheWindowIsForbiddenWhenNobodyAsked() {
		Rules rules = RepeatWindow.rules(Map.of(this.pair, new PairHistory(1, 10, false)), 10, 6, 2);

		assertThat(rules.forbidden()).containsExactly(this.pair);
		assertThat(rules.again()).isEmpty();
	}

	@Test
	void aPairOutsideTheWindowMayMeetWithoutAsking() {
		Rules rules = RepeatWindow.rules(Map.of(this.pair, new PairHistory(1, 4, false)), 10, 6, 2);

		assertThat(rules.forbidden()).isEmpty();
		assertThat(rules.again()).isEmpty();
	}

	@Test
	void aPairWhoBothAskedMayMeetAgainInsideTheWindow() {
		Rules rules = RepeatWindow.rules(Map.of(this.pair, new PairHistory(1, 10, true)), 10, 6, 2);

		assertThat(rules.forbidden()).isEmpty();
		assertThat(rules.again()).containsExactly(Map.entry(this.pair, 2));
	}

	@Test
	void meetingAgainStopsAtTheLimitOfExtraCoffees() {
		// a limit of 2: a second and a third coffee, never a fourth inside the window
		assertThat(RepeatWindow.rules(Map.of(this.pair, new PairHistory(2, 10, true)), 10, 6, 2).again())
			.containsExactly(Map.entry(this.pair, 3));
		Rules past = RepeatWindow.rules(Map.of(this.pair, new PairHistory(3, 10, true)), 10, 6, 2);
		assertThat(past.again()).isEmpty();
		assertThat(past.forbidden()).containsExactly(this.pair);
	}

	@Test
	void aLimitOfZeroTurnsMeetingAgainOff() {
		Rules rules = RepeatWindow.rules(Map.of(this.pair, new PairHistory(1, 10, true)), 10, 6, 0);

		assertThat(rules.again()).isEmpty();
		assertThat(rules.forbidden()).containsExactly(this.pair);
	}

	@Test
	void aPairPastTheLimitMayStillMeetOnceTheWindowHasPassed() {
		Rules rules = RepeatWindow.rules(Map.of(this.pair, new PairHistory(3, 3, true)), 10, 6, 2);

		assertThat(rules.forbidden()).isEmpty();
		assertThat(rules.again()).isEmpty();
	}

	@Test
	void negativeSettingsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> RepeatWindow.rules(Map.of(), 1, -1, 2));
		assertThatIllegalArgumentException().isThrownBy(() -> RepeatWindow.rules(Map.of(), 1, 6, -1));
	}

}
