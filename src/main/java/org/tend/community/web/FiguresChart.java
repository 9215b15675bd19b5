package org.tend.community.web;

import java.util.ArrayList;
import java.util.List;

import org.tend.community.RoundFigures;

/**
 * The last rounds' participation, meet rate, repeat rate and share of groups meeting
 * again because both asked, as bars in an SVG viewBox (integer coordinates; classes
 * colour them, so the CSP stays strict).
 */
record FiguresChart(List<Bar> bars, List<Label> labels, int width) {

	static final int SHOWN = 12;

	static final int PLOT = 100;

	record Bar(int x, int y, int height, String kind, int percent, int round) {
	}

	record Label(int x, String text) {
	}

	static FiguresChart of(List<RoundFigures> figures) {
		List<RoundFigures> shown = figures.subList(Math.max(0, figures.size() - SHOWN), figures.size());
		List<Bar> bars = new ArrayList<>();
		List<Label> labels = new ArrayList<>();
		for (int i = 0; i < shown.size(); i++) {
			RoundFigures f = shown.get(i);
			int x = 10 + i * 40;
			bars.add(bar(x, "participation", f.participationPercent(), f.round()));
			bars.add(bar(x + 10, "met", f.meetRatePercent(), f.round()));
			bars.add(bar(x + 20, "repeat", f.repeatRatePercent(), f.round()));
			bars.add(bar(x + 30, "again", f.againRatePercent(), f.round()));
			labels.add(new Label(x + 19, "#" + f.round()));
		}
		return new FiguresChart(bars, labels, Math.max(300, 20 + shown.size() * 40));
	}

	private static Bar bar(int x, String kind, int percent, int round) {
		int height = percent * PLOT / 100;
		return new Bar(x, 10 + PLOT - height, height, kind, percent, round);
	}

}
