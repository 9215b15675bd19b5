package org.tend.depth;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tend.depth.Insights.Bucket;
import org.tend.depth.Insights.Cooling;
import org.tend.depth.Insights.DayCount;
import org.tend.depth.Insights.KindBalance;
import org.tend.depth.Insights.Link;
import org.tend.depth.Insights.MonthCount;
import org.tend.depth.Insights.Network;
import org.tend.depth.Insights.Node;
import org.tend.depth.internal.DepthInputsReader;
import org.tend.ledger.Direction;
import org.tend.ledger.ExchangeCount;
import org.tend.ledger.ExchangeKind;
import org.tend.ledger.LedgerService;
import org.tend.meetings.HappenedMeeting;
import org.tend.meetings.MeetingsService;
import org.tend.people.PeopleService;
import org.tend.people.PersonListItem;
import org.tend.people.IntroductionLink;
import org.tend.people.PersonSummary;

/** Builds the insights of one member's journal from depth and the facades below. */
@Service
public class InsightsService {

	/** The network shows the deepest people only: a graph of hundreds is unreadable. */
	static final int NETWORK_SIZE = 30;

	static final int COOLING_SIZE = 10;

	private final DepthService depth;

	private final DepthInputsReader inputs;

	private final PeopleService people;

	private final MeetingsService meetings;

	private final LedgerService ledger;

	private final Clock clock;

	private final ObjectProvider<IntroductionFiguresSource> introductions;

	InsightsService(DepthService depth, DepthInputsReader inputs, PeopleService people, MeetingsService meetings,
			LedgerService ledger, Clock clock, ObjectProvider<IntroductionFiguresSource> introductions) {
		this.depth = depth;
		this.inputs = inputs;
		this.people = people;
		this.meetings = meetings;
		this.ledger = ledger;
		this.clock = clock;
		this.introductions = introductions;
	}

	/** The member's insights, days counted in their time zone. */
	@Transactional(readOnly = true)
	public Insights insights(UUID ownerId, ZoneId zone) {
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		Map<UUID, Double> scores = this.depth.scores(ownerId);
		List<PersonSummary> everyone = this.people.allSummaries(ownerId);
		List<UUID> ids = everyone.stream().map(PersonSummary::id).toList();
		List<HappenedMeeting> happened = this.meetings.happenedWith(ownerId, ids);
		return new Insights(distribution(scores), strongTies(ownerId, ids, today), reciprocity(ownerId),
				cooling(ownerId, zone, today), calendar(happened, zone, today),
				network(everyone, scores, happened, this.people.introductionLinks(ownerId, ids)),
				introductions(ownerId));
	}

	private IntroductionFigures introductions(UUID ownerId) {
		return this.introductions.orderedStream()
			.map((source) -> source.introductionFigures(ownerId))
			.reduce(IntroductionFigures.NONE, IntroductionFigures::plus);
	}

	static List<Bucket> distribution(Map<UUID, Double> scores) {
		int[] counts = new int[10];
		scores.values().forEach((score) -> counts[Math.min(9, (int) (score / 10))]++);
		List<Bucket> buckets = new ArrayList<>(10);
		for (int i = 0; i < 10; i++) {
			buckets.add(new Bucket(i * 10, i * 10 + 10, counts[i]));
		}
		return buckets;
	}

	/**
	 * Replays the model at each month's end with the meetings known by then (notes, help
	 * and promises as they are today: their history is not kept).
	 */
	private List<MonthCount> strongTies(UUID ownerId, List<UUID> ids, LocalDate today) {
		YearMonth first = YearMonth.from(today).minusMonths(23);
		int[] counts = new int[24];
		for (int from = 0; from < ids.size(); from += DepthService.BATCH) {
			List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + DepthService.BATCH));
			for (DepthInputs in : this.inputs.read(ownerId, batch, today).values()) {
				for (int m = 0; m < 24; m++) {
					LocalDate end = (m == 23) ? today : first.plusMonths(m).atEndOfMonth();
					counts[m] += (DepthModel.sum(DepthModel.components(in.on(end))) >= Insights.STRONG) ? 1 : 0;
				}
			}
		}
		List<MonthCount> months = new ArrayList<>(24);
		for (int m = 0; m < 24; m++) {
			months.add(new MonthCount(first.plusMonths(m), counts[m]));
		}
		return months;
	}

	private List<KindBalance> reciprocity(UUID ownerId) {
		Map<ExchangeKind, long[]> totals = new EnumMap<>(ExchangeKind.class);
		for (ExchangeKind kind : ExchangeKind.values()) {
			totals.put(kind, new long[2]);
		}
		for (ExchangeCount count : this.ledger.exchangeCounts(ownerId)) {
			totals.get(count.kind())[(count.direction() == Direction.GIVEN) ? 0 : 1] += count.count();
		}
		return totals.entrySet()
			.stream()
			.map((entry) -> new KindBalance(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
			.toList();
	}

	private List<Cooling> cooling(UUID ownerId, ZoneId zone, LocalDate today) {
		return this.people.dueToReconnect(ownerId, zone, PeopleService.MAX_DUE)
			.stream()
			.filter((person) -> person.dueOn().isBefore(today))
			.sorted(Comparator.comparingDouble((PersonListItem p) -> (p.depth() != null) ? -p.depth() : 0)
				.thenComparing(PersonListItem::dueOn))
			.limit(COOLING_SIZE)
			.map((person) -> new Cooling(person.id(), person.name(), person.lastMetOn(), person.dueOn(),
					ChronoUnit.DAYS.between(person.dueOn(), today), person.depth()))
			.toList();
	}

	static List<DayCount> calendar(List<HappenedMeeting> happened, ZoneId zone, LocalDate today) {
		LocalDate start = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(51);
		Map<LocalDate, Integer> perDay = new HashMap<>();
		for (HappenedMeeting meeting : happened) {
			perDay.merge(meeting.startsAt().atZone(zone).toLocalDate(), 1, Integer::sum);
		}
		List<DayCount> days = new ArrayList<>();
		for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
			days.add(new DayCount(day, perDay.getOrDefault(day, 0)));
		}
		return days;
	}

	static Network network(List<PersonSummary> everyone, Map<UUID, Double> scores, List<HappenedMeeting> happened,
			List<IntroductionLink> introductions) {
		List<Node> nodes = everyone.stream()
			.map((p) -> new Node(p.id(), p.name(), p.circle(), scores.getOrDefault(p.id(), 0.0)))
			.sorted(Comparator.comparingDouble((Node n) -> -n.depth()).thenComparing(Node::name))
			.limit(NETWORK_SIZE)
			.toList();
		Set<UUID> shown = new HashSet<>();
		nodes.forEach((node) -> shown.add(node.personId()));
		Map<List<UUID>, Integer> pairs = new HashMap<>();
		for (HappenedMeeting meeting : happened) {
			List<UUID> present = meeting.personIds().stream().filter(shown::contains).sorted().toList();
			for (int i = 0; i < present.size(); i++) {
				for (int j = i + 1; j < present.size(); j++) {
					pairs.merge(List.of(present.get(i), present.get(j)), 1, Integer::sum);
				}
			}
		}
		Set<List<UUID>> introduced = new HashSet<>();
		for (IntroductionLink link : introductions) {
			if (shown.contains(link.personId()) && shown.contains(link.introducedBy())) {
				List<UUID> pair = Stream.of(link.personId(), link.introducedBy()).sorted().toList();
				introduced.add(pair);
				pairs.putIfAbsent(pair, 0);
			}
		}
		List<Link> links = pairs.entrySet()
			.stream()
			.map((entry) -> new Link(entry.getKey().get(0), entry.getKey().get(1), entry.getValue(),
					introduced.contains(entry.getKey())))
			.sorted(Comparator.comparing(Link::from).thenComparing(Link::to))
			.toList();
		return new Network(nodes, links);
	}

}
