package org.tend.sampledata.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tend.accounts.Account;
import org.tend.accounts.SessionSignIn;
import org.tend.sampledata.SampleData;

/**
 * "Explore with sample data": one click makes a demo account, signs the browser in, and
 * shows today.
 */
@Controller
class DemoPage {

	private final SampleData sampleData;

	private final SessionSignIn sessionSignIn;

	DemoPage(SampleData sampleData, SessionSignIn sessionSignIn) {
		this.sampleData = sampleData;
		this.sessionSignIn = sessionSignIn;
	}

	@PostMapping("/demo")
	String explore(@RequestParam(required = false) String zone, HttpServletRequest request,
			HttpServletResponse response) {
		Account account = this.sampleData.createDemoAccount(zone);
		this.sessionSignIn.signIn(account, request, response);
		return "redirect:/today";
	}

}
