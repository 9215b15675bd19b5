package org.tend.depth.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tend.accounts.CurrentMember;
import org.tend.depth.Insights;
import org.tend.depth.InsightsService;

/** The insights page: the journal's depth as pictures, each with its words. */
@Controller
class InsightsPage {

	private final InsightsService insights;

	InsightsPage(InsightsService insights) {
		this.insights = insights;
	}

	@GetMapping("/insights")
	String insights(CurrentMember member, Model model) {
		Insights insights = this.insights.insights(member.id(), member.zone());
		model.addAttribute("insights", insights);
		model.addAttribute("charts", Charts.of(insights));
		model.addAttribute("empty", EmptyCharts.of(insights));
		return "depth/insights";
	}

}
