package org.tend.introductions.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tend.introductions.NewIntroduction;

/** The introduction form: two people, a reason for each, and a note to both. */
record IntroductionForm(UUID first, UUID second, String reasonFirst, String reasonSecond, String message) {

	static IntroductionForm startingWith(UUID first) {
		return new IntroductionForm(first, null, "", "", "");
	}

	NewIntroduction toCommand() {
		// a missing person stands as null: the facade names "personIds" for it
		List<UUID> ids = java.util.Arrays.asList(this.first, this.second);
		Map<UUID, String> reasons = new java.util.HashMap<>();
		if (this.first != null) {
			reasons.put(this.first, this.reasonFirst);
		}
		if (this.second != null && !this.second.equals(this.first)) {
			reasons.put(this.second, this.reasonSecond);
		}
		return new NewIntroduction(ids, reasons, this.message);
	}

	/** The form field an error of the facade belongs to. */
	String fieldOf(String facadeField) {
		if (facadeField.equals("reasons." + this.second)) {
			return "reasonSecond";
		}
		if (facadeField.startsWith("reasons.")) {
			return "reasonFirst";
		}
		return facadeField.equals("message") ? "message" : "second";
	}

}
