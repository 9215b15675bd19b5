package org.tend.depth.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tend.accounts.CurrentMember;
import org.tend.depth.Insights;
import org.tend.depth.InsightsService;

/** The insights page's figures as JSON. */
@RestController
class InsightsApi {

	private final InsightsService insights;

	InsightsApi(InsightsService insights) {
		this.insights = insights;
	}

	/**
	 * Depth distribution, strong ties by month, reciprocity by kind, cooling ties,
	 * calendar, network.
	 */
	@GetMapping("/api/v1/insights")
	Insights insights(CurrentMember member) {
		return this.insights.insights(member.id(), member.zone());
	}

}
