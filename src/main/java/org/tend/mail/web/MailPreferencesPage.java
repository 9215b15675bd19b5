package org.tend.mail.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tend.accounts.CurrentMember;
import org.tend.mail.MailPreferences;
import org.tend.mail.MailPreferencesService;
import org.tend.shared.web.Notice;

/**
 * Settings › Email: the weekly nudge's day and hour, promise reminders, and introduction
 * requests by mail.
 */
@Controller
@RequestMapping("/settings/email")
class MailPreferencesPage {

	private static final String VIEW = "mail/preferences";

	private final MailPreferencesService preferences;

	MailPreferencesPage(MailPreferencesService preferences) {
		this.preferences = preferences;
	}

	@GetMapping
	String show(CurrentMember member, Model model) {
		model.addAttribute("emailForm", PreferencesForm.of(this.preferences.of(member.id())));
		return render(member, model);
	}

	@PostMapping
	String save(CurrentMember member, @Valid @ModelAttribute("emailForm") PreferencesForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return render(member, model);
		}
		this.preferences.update(member.id(), form.toPreferences());
		redirect.addFlashAttribute("notice", new Notice("mail.settings.saved"));
		return "redirect:/settings/email";
	}

	private String render(CurrentMember member, Model model) {
		model.addAttribute("zone", member.zone().getId());
		model.addAttribute("days",
				Arrays.stream(DayOfWeek.values())
					.map((day) -> new Choice(day.name(), day.getDisplayName(TextStyle.FULL, Locale.ENGLISH)))
					.toList());
		model.addAttribute("hours",
				IntStream.range(0, 24)
					.mapToObj((hour) -> new Choice(Integer.toString(hour), "%02d:00".formatted(hour)))
					.toList());
		model.addAttribute("daysBefore",
				IntStream.rangeClosed(0, MailPreferences.MAX_DAYS_BEFORE)
					.mapToObj((days) -> new Choice(Integer.toString(days), Integer.toString(days)))
					.toList());
		return VIEW;
	}

	/** An option of a select: its value and what the member reads. */
	record Choice(String value, String label) {
	}

}
