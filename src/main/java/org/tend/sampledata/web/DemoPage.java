package org.tend.sampledata.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.tend.accounts.Account;
import org.tend.accounts.AccountsService;
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

	private final AccountsService accounts;

	private final DemoLimit limit;

	DemoPage(SampleData sampleData, SessionSignIn sessionSignIn, AccountsService accounts, DemoLimit limit) {
		this.sampleData = sampleData;
		this.sessionSignIn = sessionSignIn;
		this.accounts = accounts;
		this.limit = limit;
	}

	@PostMapping("/demo")
	String explore(@RequestParam(required = false) String zone, HttpServletRequest request,
			HttpServletResponse response) {
		if (!this.accounts.demoAllowed()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		// the client's address: behind a trusted proxy, the one it forwarded
		if (!this.limit.tryAcquire(request.getRemoteAddr(), this.accounts.demoPerHour())) {
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS,
					"Enough sample journals from this address for now: try again in an hour.");
		}
		Account account = this.sampleData.createDemoAccount(zone);
		this.sessionSignIn.signIn(account, request, response);
		return "redirect:/today";
	}

}
