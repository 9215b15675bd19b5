package org.tend.meetings.web;

import jakarta.validation.constraints.Size;

import org.tend.meetings.Reflection;

/** The reflection as the API reads and writes it; each part at most 4000 characters. */
record ReflectionJson(@Size(max = Reflection.MAX_LENGTH) String learned,
		@Size(max = Reflection.MAX_LENGTH) String shared, @Size(max = Reflection.MAX_LENGTH) String adviceOffered,
		@Size(max = Reflection.MAX_LENGTH) String helpAsked, @Size(max = Reflection.MAX_LENGTH) String nextStep) {

	static ReflectionJson of(Reflection reflection) {
		return new ReflectionJson(reflection.learned(), reflection.shared(), reflection.adviceOffered(),
				reflection.helpAsked(), reflection.nextStep());
	}

	static Reflection toReflection(ReflectionJson json) {
		return (json != null)
				? new Reflection(json.learned, json.shared, json.adviceOffered, json.helpAsked, json.nextStep) : null;
	}

}
