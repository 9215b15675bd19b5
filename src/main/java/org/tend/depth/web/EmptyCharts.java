package org.tend.depth.web;

import org.tend.depth.Insights;
import org.tend.depth.Insights.Bucket;
import org.tend.depth.Insights.DayCount;
import org.tend.depth.Insights.MonthCount;

/**
 * Which of the insights' pictures have nothing to draw yet: those show, instead of empty
 * axes and rows of zeros, what will appear there and the first step towards it.
 */
record EmptyCharts(boolean distribution, boolean strongTies, boolean reciprocity, boolean calendar, boolean network) {

	static EmptyCharts of(Insights insights) {
		return new EmptyCharts(insights.distribution().stream().mapToInt(Bucket::people).sum() == 0,
				insights.strongTies().stream().mapToInt(MonthCount::strong).sum() == 0,
				insights.reciprocity().stream().allMatch((kind) -> kind.given() == 0 && kind.received() == 0),
				insights.calendar().stream().mapToInt(DayCount::meetings).sum() == 0,
				insights.network().nodes().isEmpty());
	}

	/** Nothing at all to draw: a journal without people. */
	boolean all() {
		return this.distribution && this.strongTies && this.reciprocity && this.calendar && this.network;
	}

}
