package org.tend.depth;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.tend.ledger.ExchangeKind;
import org.tend.people.Circle;

/**
 * The figures of the insights page (and of {@code GET /api/v1/insights}).
 *
 * @param distribution how many people score in each tenth of 0-100
 * @param strongTies for each of the last 24 months, how many people scored at least
 * {@value #STRONG} at its end
 * @param reciprocity help given and received, by kind
 * @param cooling people past their keep-in-touch cadence, deepest first
 * @param calendar meetings that happened on each day of the last 52 weeks (Monday first)
 * @param network the deepest people, their circles and who was met together
 * @param introductions the introductions the member made: asked, accepted, helped
 */
public record Insights(List<Bucket> distribution, List<MonthCount> strongTies, List<KindBalance> reciprocity,
		List<Cooling> cooling, List<DayCount> calendar, Network network, IntroductionFigures introductions) {

	/** The score from which a tie counts as strong. */
	public static final int STRONG = 50;

	public record Bucket(int from, int to, int people) {
	}

	public record MonthCount(YearMonth month, int strong) {
	}

	public record KindBalance(ExchangeKind kind, long given, long received) {
	}

	public record Cooling(UUID personId, String name, LocalDate lastMetOn, LocalDate dueOn, long daysOverdue,
			Double depth) {
	}

	public record DayCount(LocalDate day, int meetings) {
	}

	public record Network(List<Node> nodes, List<Link> links) {
	}

	public record Node(UUID personId, String name, Circle circle, double depth) {
	}

	/**
	 * Two people met together {@code meetings} times, and/or one {@code introduced} the
	 * member to the other.
	 */
	public record Link(UUID from, UUID to, int meetings, boolean introduced) {
	}

}
