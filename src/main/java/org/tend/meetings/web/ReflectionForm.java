package org.tend.meetings.web;

import jakarta.validation.constraints.Size;

import org.tend.meetings.Reflection;

/** The reflection form on the meeting page; each answer at most 4000 characters. */
record ReflectionForm(@Size(max = Reflection.MAX_LENGTH, message = "{meetings.reflection.tooLong}") String learned,
		@Size(max = Reflection.MAX_LENGTH, message = "{meetings.reflection.tooLong}") String shared,
		@Size(max = Reflection.MAX_LENGTH, message = "{meetings.reflection.tooLong}") String adviceOffered,
		@Size(max = Reflection.MAX_LENGTH, message = "{meetings.reflection.tooLong}") String helpAsked,
		@Size(max = Reflection.MAX_LENGTH, message = "{meetings.reflection.tooLong}") String nextStep) {

	static ReflectionForm of(Reflection reflection) {
		return new ReflectionForm(reflection.learned(), reflection.shared(), reflection.adviceOffered(),
				reflection.helpAsked(), reflection.nextStep());
	}

	Reflection toReflection() {
		return new Reflection(this.learned, this.shared, this.adviceOffered, this.helpAsked, this.nextStep);
	}

}
