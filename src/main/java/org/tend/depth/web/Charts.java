package org.tend.depth.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.tend.depth.Insights;
import org.tend.depth.Insights.Bucket;
import org.tend.depth.Insights.DayCount;
import org.tend.depth.Insights.KindBalance;
import org.tend.depth.Insights.MonthCount;
import org.tend.depth.Insights.Node;
import org.tend.people.Circle;

/**
 * The insights as shapes with integer coordinates in each SVG's own viewBox, so the
 * templates only place them (no inline styles: classes colour them, CSP stays strict).
 */
record Charts(List<Bar> distribution, List<Bar> strongTies, List<Pair> reciprocity, int reciprocityHeight,
		List<Cell> calendar, int calendarWidth, List<Label> calendarMonths, List<Dot> nodes, List<Line> links,
		int maxStrong, int maxPeople) {

	/** Plot height of the bar charts, in viewBox units. */
	static final int PLOT = 100;

	record Bar(int x, int y, int width, int height, String label, long value) {
	}

	record Pair(String kind, int y, int givenWidth, int receivedWidth, long given, long received) {
	}

	record Cell(int x, int y, String level, String day, int meetings) {
	}

	record Label(int x, String text) {
	}

	record Dot(UUID personId, int x, int y, int r, String circle, String name, double depth, boolean named) {
	}

	record Line(int x1, int y1, int x2, int y2, int meetings, boolean introduced) {
	}

	static Charts of(Insights insights) {
		int maxPeople = Math.max(1, insights.distribution().stream().mapToInt(Bucket::people).max().orElse(0));
		List<Bar> distribution = new ArrayList<>();
		for (int i = 0; i < insights.distribution().size(); i++) {
			Bucket bucket = insights.distribution().get(i);
			int height = bucket.people() * PLOT / maxPeople;
			distribution.add(new Bar(10 + i * 29, 10 + PLOT - height, 24, height, bucket.from() + "–" + bucket.to(),
					bucket.people()));
		}
		int maxStrong = Math.max(1, insights.strongTies().stream().mapToInt(MonthCount::strong).max().orElse(0));
		List<Bar> strong = new ArrayList<>();
		for (int i = 0; i < insights.strongTies().size(); i++) {
			MonthCount month = insights.strongTies().get(i);
			int height = month.strong() * PLOT / maxStrong;
			strong.add(new Bar(6 + i * 12, 10 + PLOT - height, 10, height,
					month.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
							+ month.month().getYear(),
					month.strong()));
		}
		long maxHelp = Math.max(1,
				insights.reciprocity().stream().mapToLong((k) -> Math.max(k.given(), k.received())).max().orElse(0));
		List<Pair> pairs = new ArrayList<>();
		for (int i = 0; i < insights.reciprocity().size(); i++) {
			KindBalance kind = insights.reciprocity().get(i);
			pairs.add(new Pair(kind.kind().code(), 4 + i * 26, (int) (kind.given() * 160 / maxHelp),
					(int) (kind.received() * 160 / maxHelp), kind.given(), kind.received()));
		}
		return new Charts(distribution, strong, pairs, 8 + pairs.size() * 26, cells(insights.calendar()),
				weeks(insights.calendar()) * 8, months(insights.calendar()), dots(insights.network().nodes()),
				List.of(), maxStrong, maxPeople)
			.withLinks(insights);
	}

	private static int weeks(List<DayCount> days) {
		return (days.size() + 6) / 7;
	}

	private static List<Cell> cells(List<DayCount> days) {
		List<Cell> cells = new ArrayList<>(days.size());
		for (int i = 0; i < days.size(); i++) {
			DayCount day = days.get(i);
			String level = "cal-" + Math.min(3, day.meetings());
			cells.add(new Cell((i / 7) * 8, 12 + (i % 7) * 8, level, day.day().toString(), day.meetings()));
		}
		return cells;
	}

	private static List<Label> months(List<DayCount> days) {
		List<Label> labels = new ArrayList<>();
		for (int i = 0; i < days.size(); i += 7) {
			if (days.get(i).day().getDayOfMonth() <= 7 && days.get(i).day().getDayOfWeek() == DayOfWeek.MONDAY
					&& days.get(i).day().getMonthValue() % 3 == 1) {
				labels.add(new Label((i / 7) * 8,
						days.get(i).day().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)));
			}
		}
		return labels;
	}

	/** Rings by circle: inner nearest "you" at the centre, wider (or none) outermost. */
	private static List<Dot> dots(List<Node> nodes) {
		Map<Circle, List<Node>> rings = new EnumMap<>(Circle.class);
		for (Node node : nodes) {
			rings.computeIfAbsent((node.circle() != null) ? node.circle() : Circle.WIDER, (c) -> new ArrayList<>())
				.add(node);
		}
		List<Dot> dots = new ArrayList<>();
		rings.forEach((circle, members) -> {
			int radius = switch (circle) {
				case INNER -> 50;
				case CLOSE -> 90;
				case ACTIVE -> 125;
				case WIDER -> 150;
			};
			for (int i = 0; i < members.size(); i++) {
				Node node = members.get(i);
				double angle = 2 * Math.PI * i / members.size() - Math.PI / 2 + circle.ordinal() * 0.4;
				dots.add(new Dot(node.personId(), (int) Math.round(radius * Math.cos(angle)),
						(int) Math.round(radius * Math.sin(angle)), 3 + (int) Math.round(node.depth() / 20),
						circle.code(), node.name(), node.depth(), circle == Circle.INNER));
			}
		});
		return dots;
	}

	private Charts withLinks(Insights insights) {
		Map<UUID, Dot> at = new HashMap<>();
		this.nodes.forEach((dot) -> at.put(dot.personId(), dot));
		List<Line> lines = insights.network()
			.links()
			.stream()
			.filter((link) -> at.containsKey(link.from()) && at.containsKey(link.to()))
			.map((link) -> new Line(at.get(link.from()).x(), at.get(link.from()).y(), at.get(link.to()).x(),
					at.get(link.to()).y(), link.meetings(), link.introduced()))
			.toList();
		return new Charts(this.distribution, this.strongTies, this.reciprocity, this.reciprocityHeight, this.calendar,
				this.calendarWidth, this.calendarMonths, this.nodes, lines, this.maxStrong, this.maxPeople);
	}

}
